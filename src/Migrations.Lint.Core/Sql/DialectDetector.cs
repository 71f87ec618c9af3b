using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql;

/// <summary>
/// Tells SQL Server from PostgreSQL by syntax only one of them has, for scripts whose dialect neither their
/// name nor the configuration gives. Each dialect's tokens are read with its own lexer (so strings and
/// comments never count), and the dialect showing more kinds of signal wins; a tie, including no signal at
/// all, decides nothing.
/// </summary>
/// <remarks>
/// SQL Server: <c>GO</c> lines, <c>[bracketed]</c> names, <c>N'…'</c> strings, <c>dbo.</c>, its own types
/// (<c>NVARCHAR</c>, <c>UNIQUEIDENTIFIER</c>, …), <c>IDENTITY(1, 1)</c>, <c>@variables</c>, <c>sp_rename</c> and
/// <c>sp_executesql</c>, <c>SET NOCOUNT</c>. PostgreSQL: <c>$$</c> bodies, <c>::type</c> casts, <c>SERIAL</c> types,
/// <c>CONCURRENTLY</c>, <c>CREATE EXTENSION</c>, <c>E'…'</c> strings, <c>RETURNING</c>, <c>jsonb</c>, <c>timestamptz</c>, <c>plpgsql</c>.
/// </remarks>
public static class DialectDetector
{
    private static readonly string[] SqlServerTypes = ["NVARCHAR", "NCHAR", "NTEXT", "DATETIME2", "UNIQUEIDENTIFIER", "SYSNAME", "TINYINT"];

    private static readonly string[] PostgresTypes =
    [
        "int", "int2", "int4", "int8", "integer", "bigint", "smallint", "text", "varchar", "numeric", "date", "timestamp",
        "timestamptz", "interval", "json", "jsonb", "uuid", "boolean", "bool", "bytea", "regclass", "float8", "real",
    ];

    public static DialectDetection Detect(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sqlServer = FindSqlServerSignals(source);
        var postgres = FindPostgresSignals(source);
        if (sqlServer.Count > postgres.Count)
        {
            return new DialectDetection(Dialect.SqlServer, "SQL Server syntax: " + sqlServer.Describe(source));
        }

        if (postgres.Count > sqlServer.Count)
        {
            return new DialectDetection(Dialect.Postgres, "PostgreSQL syntax: " + postgres.Describe(source));
        }

        return sqlServer.Count == 0
            ? new DialectDetection(null, "No syntax particular to SQL Server or PostgreSQL.")
            : new DialectDetection(
                null, $"As much SQL Server syntax ({sqlServer.Describe(source)}) as PostgreSQL syntax ({postgres.Describe(source)}).", IsConflicting: true);
    }

    private static Signals FindSqlServerSignals(SourceText source)
    {
        var signals = new Signals();
        var text = source.Text;
        var scanner = new TSqlScanner(text);
        var previous = default(TSqlToken);
        var beforePrevious = default(TSqlToken);
        while (scanner.TryNext(out var token))
        {
            if (token.IsTrivia)
            {
                continue;
            }

            var word = token.Kind == TSqlTokenKind.Identifier ? text.AsSpan(token.Start, token.Length) : default;
            switch (token.Kind)
            {
                case TSqlTokenKind.BatchSeparator:
                    signals.Note("GO batch separator", token.Start);
                    break;
                case TSqlTokenKind.BracketedIdentifier when IsBracketedName(text, token):
                    signals.Note("[bracketed] name", token.Start);
                    break;
                case TSqlTokenKind.UnicodeString:
                    signals.Note("N'…' string", token.Start);
                    break;
                case TSqlTokenKind.Variable when token.Length > 1:
                case TSqlTokenKind.GlobalVariable:
                    signals.Note("@variable", token.Start);
                    break;
                case TSqlTokenKind.Dot when IsWord(text, previous, "dbo"):
                    signals.Note("dbo. schema", previous.Start);
                    break;
                case TSqlTokenKind.OpenParen when IsWord(text, previous, "IDENTITY") && !IsWord(text, beforePrevious, "AS"):
                    signals.Note("IDENTITY(seed, increment)", previous.Start);
                    break;
                case TSqlTokenKind.Identifier when IsAny(word, SqlServerTypes):
                    signals.Note(word.ToString().ToUpperInvariant() + " type", token.Start);
                    break;
                case TSqlTokenKind.Identifier when word.Equals("sp_rename", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("sp_executesql", StringComparison.OrdinalIgnoreCase):
                    signals.Note(word.ToString().ToLowerInvariant(), token.Start);
                    break;
                case TSqlTokenKind.Identifier when word.Equals("NOCOUNT", StringComparison.OrdinalIgnoreCase) && IsWord(text, previous, "SET"):
                    signals.Note("SET NOCOUNT", previous.Start);
                    break;
            }

            beforePrevious = previous;
            previous = token;
        }

        return signals;
    }

    private static Signals FindPostgresSignals(SourceText source)
    {
        var signals = new Signals();
        var text = source.Text;
        var tokens = PgLexer.Tokenize(text);
        var previous = default(PgToken);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind is PgTokenKind.LineComment or PgTokenKind.BlockComment)
            {
                continue;
            }

            var word = token.Kind == PgTokenKind.Identifier ? text.AsSpan(token.Start, token.Length) : default;
            switch (token.Kind)
            {
                case PgTokenKind.DollarString:
                    signals.Note("$$ dollar-quoted string", token.Start);
                    break;
                case PgTokenKind.EscapeString:
                    signals.Note("E'…' string", token.Start);
                    break;
                case PgTokenKind.Typecast when i + 1 < tokens.Length && tokens[i + 1].Kind == PgTokenKind.Identifier
                    && IsAny(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length), PostgresTypes):
                    signals.Note(":: cast", token.Start);
                    break;
                case PgTokenKind.Identifier when word.Equals("SERIAL", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("BIGSERIAL", StringComparison.OrdinalIgnoreCase) || word.Equals("SMALLSERIAL", StringComparison.OrdinalIgnoreCase):
                    signals.Note("SERIAL type", token.Start);
                    break;
                case PgTokenKind.Identifier when word.Equals("CONCURRENTLY", StringComparison.OrdinalIgnoreCase):
                case PgTokenKind.Identifier when word.Equals("RETURNING", StringComparison.OrdinalIgnoreCase):
                case PgTokenKind.Identifier when word.Equals("JSONB", StringComparison.OrdinalIgnoreCase):
                case PgTokenKind.Identifier when word.Equals("TIMESTAMPTZ", StringComparison.OrdinalIgnoreCase):
                case PgTokenKind.Identifier when word.Equals("PLPGSQL", StringComparison.OrdinalIgnoreCase):
                    signals.Note(word.ToString().ToUpperInvariant(), token.Start);
                    break;
                case PgTokenKind.Identifier when word.Equals("EXTENSION", StringComparison.OrdinalIgnoreCase)
                    && previous.Kind == PgTokenKind.Identifier && text.AsSpan(previous.Start, previous.Length).Equals("CREATE", StringComparison.OrdinalIgnoreCase):
                    signals.Note("CREATE EXTENSION", previous.Start);
                    break;
            }

            previous = token;
        }

        return signals;
    }

    /// <summary>A bracketed name, not the subscript of an array: <c>[t]</c> after a space or a dot, not <c>arr[i]</c> or <c>int[]</c>.</summary>
    private static bool IsBracketedName(string text, TSqlToken token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var first = token.Length > 2 ? text[token.Start + 1] : ']';
        return !TSqlCharacters.IsIdentifierPart(before) && before is not (']' or ')') && (char.IsLetter(first) || first == '_');
    }

    private static bool IsWord(string text, TSqlToken token, string word) =>
        token.Kind == TSqlTokenKind.Identifier && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kinds of signal found, each with where it first appears.</summary>
    private sealed class Signals
    {
        private readonly Dictionary<string, int> _firstOffsets = new(StringComparer.Ordinal);

        public int Count => _firstOffsets.Count;

        public void Note(string signal, int offset) => _firstOffsets.TryAdd(signal, offset);

        /// <summary>Up to three signals in source order, each with its line.</summary>
        /// <remarks>Sorting the names rather than the entries spares start-up compiling a sort of key-value structs.</remarks>
        public string Describe(SourceText source) => string.Join(", ", _firstOffsets.Keys
            .OrderBy(signal => _firstOffsets[signal])
            .Take(3)
            .Select(signal => $"{signal} on line {source.GetPosition(_firstOffsets[signal]).Line}"));
    }
}
