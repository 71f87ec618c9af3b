using System.Globalization;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A DDL statement waiting for its lock (behind one long query) makes every later query on the table
/// queue behind it: a few seconds of waiting become an outage. lock_timeout bounds the wait. Off by
/// default, because runners (ours included, with <c>lockTimeout</c>) can set it for every migration.
/// </summary>
public sealed class RequireLockTimeout : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG210",
        "require-lock-timeout",
        "Set a lock_timeout before taking locks",
        Severity.Off,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "A statement that waits for a table lock without lock_timeout makes every later query on that table queue behind it, for as long as the lock holder runs.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        var sessionTimeout = false;
        var transactionTimeout = false;
        foreach (var analyzed in context.Statements)
        {
            switch (analyzed.Statement)
            {
                case SetStatement { Name: "lock_timeout" } set when context.Dialect == Dialect.SqlServer:
                    sessionTimeout = IsSqlServerTimeout(set);
                    break;
                case SetStatement { Name: "lock_timeout" } set when !set.IsLocal:
                    sessionTimeout = IsTimeout(set);
                    break;
                case SetStatement { Name: "lock_timeout" } set:
                    // SET LOCAL outside a transaction does nothing (PostgreSQL only warns).
                    transactionTimeout = analyzed.InTransaction && IsTimeout(set);
                    break;
                case SetStatement { Name: "all", IsReset: true }:
                    sessionTimeout = transactionTimeout = false;
                    break;
                case TransactionStatement { Action: TransactionAction.Commit or TransactionAction.Rollback }:
                    transactionTimeout = false;
                    break;
                default:
                    if (!sessionTimeout && !transactionTimeout && DescribeLockedTables(context, analyzed) is { } locked)
                    {
                        var (setting, fix) = context.Dialect == Dialect.SqlServer
                            ? ("LOCK_TIMEOUT", "Start the script with SET LOCK_TIMEOUT 5000 (milliseconds) and retry the migration when it times out.")
                            : ("lock_timeout", "Start the script with SET lock_timeout = '5s' (or set the runner's lockTimeout) and retry the migration when it times out.");
                        context.Report(
                            Rule,
                            analyzed.Statement.Span,
                            $"{analyzed.Statement.Keywords} locks {locked} with no {setting} set: while it waits for the lock, every later query on it waits too.",
                            fix);

                        // One finding per script: the fix is a single SET at the top.
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// False for <c>0</c> in any unit, and for <c>RESET</c> and <c>DEFAULT</c> (which restore the server
    /// default, normally 0): all of them mean waiting forever.
    /// </summary>
    private static bool IsTimeout(SetStatement set)
    {
        if (set.IsReset || set.Value is not { } value)
        {
            return false;
        }

        var text = value.AsSpan().Trim().Trim('\'').Trim();
        if (text.Equals("DEFAULT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var number = text[..CountNumberPrefix(text)];
        return number.IsEmpty
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount > 0;
    }

    /// <summary>SQL Server's <c>SET LOCK_TIMEOUT</c> takes milliseconds: -1 (the default) waits forever, 0 does not wait at all.</summary>
    private static bool IsSqlServerTimeout(SetStatement set) =>
        set.Value is { } value && !value.AsSpan().Trim().SequenceEqual("-1");

    private static int CountNumberPrefix(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsAsciiDigit(text[length]) || text[length] == '.'))
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// How the message names what <paramref name="analyzed"/> locks, or null when it takes no lock that
    /// matters: no lock-taking statement, or only tables created earlier in this script.
    /// </summary>
    private static string? DescribeLockedTables(ScriptContext context, AnalyzedStatement analyzed)
    {
        IReadOnlyList<QualifiedName> tables = analyzed.Statement switch
        {
            AlterTableStatement alter => [alter.Table],
            CreateIndexStatement { IsConcurrently: false } index => [index.Table],
            CreateTriggerStatement { Table: { } table } => [table],
            TruncateStatement truncate => truncate.Tables,
            DropStatement { ObjectType: DropObjectType.Table or DropObjectType.View or DropObjectType.MaterializedView or DropObjectType.ForeignTable } drop => drop.Names,
            DropStatement { ObjectType: DropObjectType.Index, IsConcurrently: false } drop => drop.Names,
            DropStatement { ObjectType: DropObjectType.Trigger or DropObjectType.Rule or DropObjectType.Policy, Table: { } table } => [table],
            CreateTableStatement create => ReferencedTables(create),
            ClusterStatement { Table: { } table } => [table],
            VacuumStatement { IsFull: true, Tables.Count: > 0 } vacuum => vacuum.Tables,
            ReindexStatement { Table: { } rebuilt } => [rebuilt],
            ReindexStatement { IsConcurrently: false, Target: ReindexTarget.Table or ReindexTarget.Index, Name: { } name } => [name],
            RefreshMaterializedViewStatement { IsConcurrently: false, Name: { } view } => [view],
            AlterTypeStatement alterType when !IsTypeCreatedEarlier(context, analyzed, alterType.Name) => [alterType.Name],
            _ => [],
        };

        var existing = tables.Where(table => !context.IsCreatedEarlier(table, analyzed)).ToArray();
        return existing.Length == 0 ? null : "'" + string.Join("', '", existing.Select(table => table.ToString())) + "'";
    }

    private static bool IsTypeCreatedEarlier(ScriptContext context, AnalyzedStatement analyzed, QualifiedName type) =>
        context.Statements.Take(analyzed.Index).Any(earlier => earlier.Statement is CreateTypeStatement create && create.Name.Matches(type));

    /// <summary>A new table's foreign keys lock the tables they reference (SHARE ROW EXCLUSIVE).</summary>
    private static IReadOnlyList<QualifiedName> ReferencedTables(CreateTableStatement create) =>
        [.. create.Constraints.Concat(create.Columns.SelectMany(column => column.Constraints))
            .Select(constraint => constraint.References)
            .OfType<QualifiedName>()
            .Where(referenced => !referenced.Matches(create.Name))];
}
