using Migrations.Lint.Migrations;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// A script split into statements by the PostgreSQL parser, and how it must run: in a transaction the
/// runner opens, statement by statement in autocommit, or as written when it has its own BEGIN/COMMIT.
/// </summary>
internal sealed class ScriptPlan
{
    /// <summary>ALTER TYPE … ADD VALUE runs inside a transaction block from PostgreSQL 12 on.</summary>
    private const int AddEnumValueInTransactionSince = 12;

    private static readonly string[] NonTransactionalKeywords =
        ["CREATE TABLESPACE", "DROP TABLESPACE", "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION"];

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

    /// <summary>Why the script cannot run in the runner's transaction (<c>CREATE INDEX CONCURRENTLY at line 3</c>), or null.</summary>
    public string? ModeReason { get; }

    /// <exception cref="RunnerException">
    /// <see cref="RunnerErrorKind.Configuration"/> when the script cannot be run as written: a syntax error
    /// the server would reject half-way, or a psql meta-command (<c>\i</c>, <c>\set</c>) only psql understands.
    /// </exception>
    public static ScriptPlan Create(MigrationScript script, int serverMajorVersion)
    {
        var parsed = PgParser.Parse(script.Source, script.Section);
        if (parsed.Errors.Count > 0)
        {
            var error = parsed.Errors[0];
            throw Unrunnable(script, error.Span.Start, error.Message.TrimEnd('.'));
        }

        if (Array.Find(PgLexer.Tokenize(script.Source.Text, script.Section), token => token.Kind == PgTokenKind.PsqlMetaCommand) is { Length: > 0 } meta)
        {
            throw Unrunnable(script, meta.Start, $"'{script.Source.Slice(meta.Span).Trim()}' is a psql meta-command, which only psql can run");
        }

        var statements = new List<ScriptStatement>(parsed.Statements.Count);
        foreach (var statement in parsed.Statements)
        {
            var reason = NonTransactionalReason(statement, serverMajorVersion);
            statements.Add(new ScriptStatement(
                statements.Count,
                statement.Span,
                script.Source.Slice(statement.Span),
                script.Source.GetPosition(statement.Span.Start).Line,
                statement.Keywords,
                reason,
                BuildsIndexConcurrently(statement),
                statement is TransactionStatement));
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

    /// <summary>The same statements in autocommit (transaction mode <see cref="TransactionMode.None"/>); scripts with their own BEGIN/COMMIT stay as written.</summary>
    public ScriptPlan InAutocommit(string reason) =>
        Mode == ExecutionMode.Transaction ? new ScriptPlan(Script, Statements, ExecutionMode.Autocommit, reason) : this;

    private static RunnerException Unrunnable(MigrationScript script, int offset, string reason) =>
        new(RunnerErrorKind.Configuration, $"{script.Path}:{script.Source.GetPosition(offset).Line}: cannot run this script: {reason}");

    private static string? NonTransactionalReason(SqlStatement statement, int serverMajorVersion) => statement switch
    {
        CreateIndexStatement { IsConcurrently: true } => "CREATE INDEX CONCURRENTLY",
        DropStatement { IsConcurrently: true } => "DROP INDEX CONCURRENTLY",
        ReindexStatement { IsConcurrently: true } => "REINDEX CONCURRENTLY",
        ReindexStatement { Target: ReindexTarget.Schema or ReindexTarget.Database or ReindexTarget.System } => statement.Keywords,
        VacuumStatement => "VACUUM",
        AlterSystemStatement => "ALTER SYSTEM",
        CreateDatabaseStatement => "CREATE DATABASE",
        DropDatabaseStatement => "DROP DATABASE",
        AlterTypeStatement { Action: AddEnumValueAction } when serverMajorVersion < AddEnumValueInTransactionSince =>
            $"ALTER TYPE … ADD VALUE (PostgreSQL {serverMajorVersion})",
        AlterTableStatement alter when alter.Actions.Any(action => action is DetachPartitionAction { IsConcurrently: true }) =>
            "DETACH PARTITION CONCURRENTLY",
        _ => NonTransactionalKeywords.FirstOrDefault(keywords => statement.Keywords.StartsWith(keywords, StringComparison.Ordinal)),
    };

    private static bool BuildsIndexConcurrently(SqlStatement statement) =>
        statement is CreateIndexStatement { IsConcurrently: true } or ReindexStatement { IsConcurrently: true };
}
