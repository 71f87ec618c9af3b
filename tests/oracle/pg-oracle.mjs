#!/usr/bin/env node
// The conformance oracle: splits SQL files into statements with PostgreSQL's own parser
// (libpg-query) and prints one JSON document on stdout:
//
//   {"parser","files":[{"file","ok","error"?,"statements":[{"start","end","type","subtype"}]}]}
//
// start/end are UTF-16 offsets into the file text as read (BOM included), so they compare
// directly with .NET string offsets. They are normalised to the statement's own tokens:
// start = first token, end = end of the last token before the `;`. Leading and trailing
// whitespace and comments are not part of a statement. The token boundaries come from
// PostgreSQL's scanner too (scanSync), so nothing here re-implements SQL lexing.
//
// Usage: node pg-oracle.mjs <file.sql | directory>...   (directories are searched for *.sql)

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadModule, parseSync, scanSync } from 'libpg-query';

const { version } = createRequire(import.meta.url)('libpg-query/package.json');

const BOM = '\uFEFF';
const COMMENT_TOKENS = new Set(['SQL_COMMENT', 'C_COMMENT']);

// The field that tells apart statements sharing one node type (DROP TABLE vs DROP INDEX, ...).
// Booleans are omitted from libpg-query's JSON when false, hence the explicit defaults.
const SUBTYPE_OF = {
  DropStmt: (n) => n.removeType,
  TransactionStmt: (n) => n.kind,
  VariableSetStmt: (n) => n.kind,
  CreateTableAsStmt: (n) => n.objtype,
  // A column rename says which kind of relation it targets: ALTER VIEW v RENAME COLUMN is no table change.
  RenameStmt: (n) => (n.renameType === 'OBJECT_COLUMN' ? `OBJECT_COLUMN/${n.relationType}` : n.renameType),
  AlterObjectSchemaStmt: (n) => n.objectType,
  AlterOwnerStmt: (n) => n.objectType,
  AlterTableStmt: (n) => n.objtype,
  AlterTableMoveAllStmt: (n) => n.objtype,
  AlterObjectDependsStmt: (n) => n.objectType,
  // SELECT … INTO creates a table, like CREATE TABLE … AS.
  SelectStmt: (n) => (n.intoClause ? 'INTO' : null),
  CommentStmt: (n) => n.objtype,
  DefineStmt: (n) => n.kind,
  GrantStmt: (n) => n.objtype,
  ReindexStmt: (n) => n.kind,
  AlterFunctionStmt: (n) => n.objtype,
  CreateFunctionStmt: (n) => (n.is_procedure ? 'PROCEDURE' : 'FUNCTION'),
  VacuumStmt: (n) => (n.is_vacuumcmd ? 'VACUUM' : 'ANALYZE'),
  AlterDomainStmt: (n) => n.subtype,
};

function collectSqlFiles(target, into) {
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) {
      const child = join(target, entry);
      if (statSync(child).isDirectory() || entry.endsWith('.sql')) collectSqlFiles(child, into);
    }
  } else {
    into.push(target);
  }
  return into;
}

// libpg-query counts UTF-8 bytes (statement and token offsets) and code points (error
// positions); .NET counts UTF-16 code units. One pass builds both conversion tables.
function offsetTables(text) {
  const byteCount = Buffer.byteLength(text, 'utf8');
  const fromByte = new Int32Array(byteCount + 1);
  const fromCodePoint = [];
  let byte = 0;
  let unit = 0;
  for (const ch of text) {
    const width = Buffer.byteLength(ch, 'utf8');
    fromCodePoint.push(unit);
    for (let i = 0; i < width; i++) fromByte[byte + i] = unit;
    byte += width;
    unit += ch.length;
  }
  fromByte[byte] = unit;
  fromCodePoint.push(unit);
  return { byteCount, fromByte, fromCodePoint };
}

function subtypeOf(type, node) {
  const pick = SUBTYPE_OF[type];
  return pick ? (pick(node) ?? null) : null;
}

function splitStatements(sql, tables, shift) {
  const parsed = parseSync(sql);
  const tokens = scanSync(sql).tokens.filter((t) => !COMMENT_TOKENS.has(t.tokenName));
  const statements = [];
  let next = 0;
  for (const raw of parsed.stmts ?? []) {
    const from = raw.stmt_location ?? 0;
    const to = raw.stmt_len ? from + raw.stmt_len : tables.byteCount;
    while (next < tokens.length && tokens[next].start < from) next++;
    const first = next;
    while (next < tokens.length && tokens[next].end <= to) next++;
    if (next === first) throw new Error(`statement at byte ${from} has no tokens`);
    const [type] = Object.keys(raw.stmt);
    statements.push({
      start: tables.fromByte[tokens[first].start] + shift,
      end: tables.fromByte[tokens[next - 1].end] + shift,
      type,
      subtype: subtypeOf(type, raw.stmt[type]),
    });
  }
  return statements;
}

function examine(file) {
  const text = readFileSync(file, 'utf8');
  const shift = text.startsWith(BOM) ? 1 : 0;
  const sql = text.slice(shift);
  if (sql.length === 0) return { file, ok: true, statements: [] };
  const tables = offsetTables(sql);
  try {
    return { file, ok: true, statements: splitStatements(sql, tables, shift) };
  } catch (error) {
    if (!error.sqlDetails) throw error; // a fault of this script, not a syntax error
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    const position = (tables.fromCodePoint[cursor] ?? sql.length) + shift;
    return { file, ok: false, error: { message: error.message, position }, statements: [] };
  }
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  process.stderr.write('usage: node pg-oracle.mjs <file.sql | directory>...\n');
  process.exit(2);
}

await loadModule();
const parser = `libpg-query ${version} (PostgreSQL ${parseSync('SELECT 1').version})`;
const files = targets.flatMap((target) => collectSqlFiles(target, [])).map(examine);
process.stdout.write(JSON.stringify({ parser, files }));
process.stdout.write('\n');
