using Migrations.Lint.Migrations;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Text;

namespace Migrations.Lint.Runner.Execution;

// INTERIM: stands in for ScriptPlan.cs (parser-based) until PgParser lands in main; splits with the lexer.
internal sealed class ScriptPlan
{
    private const int AddEnumValueInTransactionSince = 12;

    private ScriptPlan(MigrationScript script, IReadOnlyList<ScriptStatement> statements, ExecutionMode mode, string? modeReason)
    {
        Script = script;
        Statements = statements;
        Mode = mode;
        ModeReason = modeReason;
    }

    public MigrationScript Script { get; }

    public IReadOnlyList<ScriptStatement> Statements { get; }

    public ExecutionMode Mode { get; }

    public string? ModeReason { get; }

    public static ScriptPlan Create(MigrationScript script, int serverMajorVersion)
    {
        var text = script.Source.Text;
        var tokens = PgLexer.Tokenize(text, script.Section);
        if (Array.Find(tokens, token => token.IsUnterminated || token.Kind is PgTokenKind.PsqlMetaCommand or PgTokenKind.Invalid) is { Length: > 0 } bad)
        {
            var reason = bad.Kind == PgTokenKind.PsqlMetaCommand
                ? $"'{script.Source.Slice(bad.Span).Trim()}' is a psql meta-command, which only psql can run"
                : "unterminated or invalid token";
            throw new RunnerException(RunnerErrorKind.Configuration, $"{script.Path}:{script.Source.GetPosition(bad.Start).Line}: cannot run this script: {reason}");
        }

        var statements = new List<ScriptStatement>();
        var start = -1;
        var depth = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].IsTrivia)
            {
                continue;
            }

            var end = i == tokens.Length || (tokens[i].Kind == PgTokenKind.Semicolon && depth == 0);
            if (!end)
            {
                depth += tokens[i].Kind == PgTokenKind.OpenParen ? 1 : tokens[i].Kind == PgTokenKind.CloseParen ? -1 : 0;
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var last = i - 1;
                while (tokens[last].IsTrivia)
                {
                    last--;
                }

                var span = TextSpan.FromBounds(tokens[start].Start, tokens[last].End);
                var words = tokens[start..(last + 1)]
                    .Where(token => token.Kind == PgTokenKind.Identifier)
                    .Select(token => text.Substring(token.Start, token.Length).ToUpperInvariant())
                    .ToList();
                var reason = Reason(words, serverMajorVersion);
                statements.Add(new ScriptStatement(
                    statements.Count,
                    span,
                    script.Source.Slice(span),
                    script.Source.GetPosition(span.Start).Line,
                    string.Join(' ', words.Take(3)),
                    reason,
                    reason is "CREATE INDEX CONCURRENTLY" or "REINDEX CONCURRENTLY",
                    words.Count > 0 && words[0] is "BEGIN" or "START" or "COMMIT" or "END" or "ROLLBACK" or "ABORT" or "SAVEPOINT" or "RELEASE"));
            }

            start = -1;
            depth = 0;
        }

        if (statements.Find(statement => statement.ControlsTransaction) is { } control)
        {
            return new ScriptPlan(script, statements, ExecutionMode.AsWritten, $"{control.Keywords} at line {control.Line}");
        }

        if (statements.Find(statement => statement.NonTransactionalReason is not null) is { } first)
        {
            return new ScriptPlan(script, statements, ExecutionMode.Autocommit, $"{first.NonTransactionalReason} at line {first.Line}");
        }

        return (script.Options & MigrationScriptOptions.NoTransaction) != 0
            ? new ScriptPlan(script, statements, ExecutionMode.Autocommit, "marked to run without a transaction")
            : new ScriptPlan(script, statements, ExecutionMode.Transaction, null);
    }

    public ScriptPlan InAutocommit(string reason) =>
        Mode == ExecutionMode.Transaction ? new ScriptPlan(Script, Statements, ExecutionMode.Autocommit, reason) : this;

    private static string? Reason(List<string> words, int serverMajorVersion)
    {
        string At(int index) => index < words.Count ? words[index] : "";
        var concurrently = words.Take(6).Contains("CONCURRENTLY");
        return (At(0), At(1)) switch
        {
            ("CREATE", "INDEX" or "UNIQUE") when concurrently => "CREATE INDEX CONCURRENTLY",
            ("DROP", "INDEX") when concurrently => "DROP INDEX CONCURRENTLY",
            ("REINDEX", _) when concurrently => "REINDEX CONCURRENTLY",
            ("VACUUM", _) => "VACUUM",
            ("ALTER", "SYSTEM") => "ALTER SYSTEM",
            ("CREATE", "DATABASE") => "CREATE DATABASE",
            ("DROP", "DATABASE") => "DROP DATABASE",
            ("ALTER", "TYPE") when words.Contains("ADD") && words.Contains("VALUE") && serverMajorVersion < AddEnumValueInTransactionSince =>
                $"ALTER TYPE … ADD VALUE (PostgreSQL {serverMajorVersion})",
            ("ALTER", "TABLE") when words.Contains("DETACH") && words.Contains("CONCURRENTLY") => "DETACH PARTITION CONCURRENTLY",
            _ => null,
        };
    }
}
