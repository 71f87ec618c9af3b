using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Since PostgreSQL 11 ADD COLUMN with a non-volatile DEFAULT stores the value in the catalog and
/// returns at once. A value that differs per row — a volatile default, a sequence, a stored
/// generation expression — still has to be written into every existing row: a full rewrite under
/// ACCESS EXCLUSIVE. Before 11 every non-null default did that.
/// </summary>
public sealed class VolatileDefault : ScriptRule
{
    /// <summary>The first version that keeps a non-volatile default in the catalog instead of rewriting.</summary>
    private const int FastDefaultVersion = 11;

    private const string DefaultHelp = "Add the column without the DEFAULT, then ALTER COLUMN … SET DEFAULT (it applies to new rows only) and backfill existing rows in batches.";
    private const string SequenceHelp = "Add a plain integer column, give it SET DEFAULT nextval(…) from a sequence for new rows, then backfill existing rows in batches.";
    private const string GeneratedHelp = "Add a plain column kept up to date by a trigger and backfill it in batches, or compute the value in queries or a view.";

    private static readonly string[] SerialTypes = ["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"];

    public static RuleDescriptor Rule { get; } = new(
        "MIG209",
        "volatile-default",
        "Add columns without rewriting the table",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Adding a column whose value differs per row (a volatile DEFAULT, a serial or identity sequence, a stored generated expression) rewrites the whole table under an ACCESS EXCLUSIVE lock (SQL Server: a schema modification lock), blocking reads and writes until it is done.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement { ObjectKind: AlterTableObjectKind.Table } alter
                || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            if (context.Dialect == Dialect.SqlServer)
            {
                CheckSqlServerActions(context, alter);
                continue;
            }

            foreach (var action in alter.Actions)
            {
                if (action is AddColumnAction { Column: var column } && Rewrite(column, context.Settings.PgVersion) is { } rewrite)
                {
                    var verb = rewrite.IsCertain ? "rewrites" : "may rewrite";
                    context.Report(
                        Rule,
                        action.Span,
                        $"Adding column '{column.Name}' to '{alter.Table}' {verb} the whole table under an ACCESS EXCLUSIVE lock: {rewrite.Reason}.",
                        rewrite.Help);
                }
            }
        }
    }

    /// <summary>
    /// SQL Server 2012+ (Enterprise) adds a column whose existing rows get a runtime-constant default (NOT NULL, or
    /// nullable <c>WITH VALUES</c>) in the metadata; a value computed per row (NEWID(), an IDENTITY, a PERSISTED
    /// computed column) is written into every row instead, a size-of-data operation under the ALTER TABLE's schema
    /// modification lock. Existing rows of a nullable column without <c>WITH VALUES</c> stay NULL: nothing is written.
    /// </summary>
    private static void CheckSqlServerActions(ScriptContext context, AlterTableStatement alter)
    {
        foreach (var action in alter.Actions)
        {
            if (action is not AddColumnAction { Column: var column } || SqlServerReason(column) is not var (reason, isCertain))
            {
                continue;
            }

            var verb = isCertain ? "writes" : "may write";
            context.Report(
                Rule,
                action.Span,
                $"Adding column '{column.Name}' to '{alter.Table}' {verb} every row of the table under a schema modification lock: {reason}.",
                "Add the column NULL without the per-row default, backfill existing rows in batches, then add the DEFAULT constraint and make it NOT NULL.");
        }
    }

    private static (string Reason, bool IsCertain)? SqlServerReason(ColumnDefinition column)
    {
        switch (column.Generated)
        {
            case GeneratedColumnKind.IdentityAlways or GeneratedColumnKind.IdentityByDefault:
                return ("an IDENTITY column takes a new value for every existing row", true);
            case GeneratedColumnKind.StoredExpression:
                return ("a PERSISTED computed column is computed and stored for every existing row", true);
        }

        if (!SqlServerNewColumn.FillsExistingRows(column))
        {
            return null;
        }

        var withValues = column.IsNotNull ? "" : " WITH VALUES";
        return column.Default switch
        {
            { Volatility: Volatility.Volatile } volatileDefault =>
                ($"DEFAULT {volatileDefault.Text}{withValues} is evaluated for every existing row", true),
            { Volatility: Volatility.Unknown } unknownDefault =>
                ($"DEFAULT {unknownDefault.Text}{withValues} may not be a runtime constant; if not, it is evaluated for every existing row", false),
            _ => null,
        };
    }

    /// <summary>Why adding <paramref name="column"/> to a table with rows rewrites it, or null when it does not.</summary>
    private static TableRewrite? Rewrite(ColumnDefinition column, int pgVersion)
    {
        if (column.DataType is { } type && type.Schema?.Normalized is null or "pg_catalog" && SerialTypes.Contains(type.Name, StringComparer.Ordinal))
        {
            return new TableRewrite($"a {type.Name} column takes a new sequence value for every existing row", SequenceHelp, IsCertain: true);
        }

        switch (column.Generated)
        {
            case GeneratedColumnKind.IdentityAlways or GeneratedColumnKind.IdentityByDefault:
                return new TableRewrite("an identity column takes a new sequence value for every existing row", SequenceHelp, IsCertain: true);
            case GeneratedColumnKind.StoredExpression:
                return new TableRewrite("a stored generated column is computed and written for every existing row", GeneratedHelp, IsCertain: true);
        }

        return column.Default switch
        {
            { Volatility: Volatility.Volatile } volatileDefault =>
                new TableRewrite($"DEFAULT {volatileDefault.Text} is volatile, so it is evaluated for every existing row", DefaultHelp, IsCertain: true),
            { Volatility: Volatility.Unknown } unknownDefault =>
                new TableRewrite($"DEFAULT {unknownDefault.Text} may be volatile; if it is, it is evaluated for every existing row", DefaultHelp, IsCertain: false),
            { } constantDefault when pgVersion < FastDefaultVersion && !IsNull(constantDefault) =>
                new TableRewrite($"before PostgreSQL {FastDefaultVersion} any non-null DEFAULT is written into every existing row", DefaultHelp, IsCertain: true),
            _ => null,
        };
    }

    /// <summary>True for <c>NULL</c>, however parenthesized or cast (<c>(NULL)::text</c>).</summary>
    private static bool IsNull(SqlExpression expression)
    {
        var tokens = PgLexer.Tokenize(expression.Text)
            .Where(token => !token.IsTrivia && token.Kind is not (PgTokenKind.OpenParen or PgTokenKind.CloseParen))
            .ToArray();
        return tokens.Length > 0
            && tokens[0].Kind == PgTokenKind.Identifier
            && expression.Text.AsSpan(tokens[0].Start, tokens[0].Length).Equals("NULL", StringComparison.OrdinalIgnoreCase)
            && (tokens.Length == 1 || tokens[1].Kind == PgTokenKind.Typecast);
    }

    private sealed record TableRewrite(string Reason, string Help, bool IsCertain);
}
