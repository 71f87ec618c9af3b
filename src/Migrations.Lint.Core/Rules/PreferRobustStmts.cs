using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// Outside a transaction each statement commits on its own, so a script that fails part way keeps what
/// already ran, and its re-run fails on those statements unless they are guarded (IF NOT EXISTS,
/// IF EXISTS, OR REPLACE, or a DROP … IF EXISTS of the same name first). The last statement needs no
/// guard: when it fails nothing of it is left — except CREATE INDEX CONCURRENTLY, whose failed build
/// leaves an INVALID index holding the name.
/// </summary>
public sealed class PreferRobustStmts : ScriptRule
{
    private const int CreateOrReplaceTriggerSince = 14;

    public static RuleDescriptor Rule { get; } = new(
        "MIG506",
        "prefer-robust-stmts",
        "Guard statements that run outside a transaction",
        Severity.Off,
        RuleCategory.Style,
        [Dialect.Postgres],
        "Outside a transaction, a script that fails part way keeps the statements that already ran, and re-running it then fails on them unless they say IF NOT EXISTS, IF EXISTS or OR REPLACE.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        var drops = new EarlierDrops();
        var statements = context.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var analyzed = statements[i];
            if (!analyzed.InTransaction)
            {
                var isFollowed = i < statements.Count - 1;
                foreach (var finding in Findings(analyzed.Statement, isFollowed, drops, context.Settings))
                {
                    context.Report(Rule, finding.Span, finding.Message, finding.Help);
                }
            }

            drops.Record(analyzed.Statement);
        }
    }

    private static IEnumerable<Finding> Findings(SqlStatement statement, bool isFollowed, EarlierDrops drops, LintSettings settings)
    {
        switch (statement)
        {
            case CreateIndexStatement { IfNotExists: false } index when index.IsConcurrently || isFollowed:
                if (IndexName.Of(index) is not { } name)
                {
                    yield return new Finding(
                        index.Span,
                        "An unnamed index is built again, under a new name, when the script is re-run after failing part way.",
                        "Name the index and add IF NOT EXISTS.");
                }
                else if (!drops.Clear(name, DropObjectType.Index))
                {
                    yield return index.IsConcurrently
                        ? new Finding(
                            index.Span,
                            $"Creating index '{name}' concurrently without IF NOT EXISTS fails on a re-run: a failed build leaves an INVALID index under that name.",
                            $"Run DROP INDEX CONCURRENTLY IF EXISTS {name} first, or add IF NOT EXISTS and check the index is valid.")
                        : Unguarded(index.Span, $"Creating index '{name}'", "IF NOT EXISTS");
                }

                break;
            case CreateTableStatement { IfNotExists: false, IsTemporary: false } table when isFollowed && !drops.Clear(table.Name, DropObjectType.Table):
                yield return Unguarded(table.Span, $"Creating table '{table.Name}'", "IF NOT EXISTS");
                break;
            case CreateTableAsStatement { IfNotExists: false, IsTemporary: false } table when isFollowed && !drops.Clear(table.Name, DropObjectType.Table):
                yield return Unguarded(table.Span, $"Creating table '{table.Name}'", "IF NOT EXISTS");
                break;
            case CreateSequenceStatement { IfNotExists: false, IsTemporary: false } sequence when isFollowed && !drops.Clear(sequence.Name, DropObjectType.Sequence):
                yield return Unguarded(sequence.Span, $"Creating sequence '{sequence.Name}'", "IF NOT EXISTS");
                break;
            case CreateSchemaStatement { IfNotExists: false } schema when isFollowed && !drops.Clear(new QualifiedName([schema.Name], schema.Name.Span), DropObjectType.Schema):
                yield return Unguarded(schema.Span, $"Creating schema '{schema.Name}'", "IF NOT EXISTS");
                break;
            case CreateExtensionStatement { IfNotExists: false } extension when isFollowed && !drops.Clear(new QualifiedName([extension.Name], extension.Name.Span), DropObjectType.Extension):
                yield return Unguarded(extension.Span, $"Creating extension '{extension.Name}'", "IF NOT EXISTS");
                break;
            case CreateViewStatement { OrReplace: false, IfNotExists: false, IsTemporary: false } view when isFollowed:
                if (view.IsMaterialized && !drops.Clear(view.Name, DropObjectType.MaterializedView))
                {
                    yield return Unguarded(view.Span, $"Creating materialized view '{view.Name}'", "IF NOT EXISTS");
                }
                else if (!view.IsMaterialized && !drops.Clear(view.Name, DropObjectType.View))
                {
                    yield return Unguarded(view.Span, $"Creating view '{view.Name}'", "OR REPLACE");
                }

                break;
            case CreateFunctionStatement { OrReplace: false } function when isFollowed
                && !drops.Clear(function.Name, DropObjectType.Function, DropObjectType.Procedure, DropObjectType.Routine):
                yield return Unguarded(function.Span, $"Creating {(function.IsProcedure ? "procedure" : "function")} '{function.Name}'", "OR REPLACE");
                break;
            case CreateTriggerStatement { OrReplace: false, Table: { } table } trigger when isFollowed && !drops.ClearTrigger(trigger.Name, table):
                yield return settings.PgVersion >= CreateOrReplaceTriggerSince
                    ? Unguarded(trigger.Span, $"Creating trigger '{trigger.Name}' on '{table}'", "OR REPLACE")
                    : new Finding(
                        trigger.Span,
                        $"Creating trigger '{trigger.Name}' on '{table}' fails when the script is re-run after failing part way.",
                        $"Run DROP TRIGGER IF EXISTS {trigger.Name} ON {table} first, or run the script in a transaction.");
                break;
            case DropStatement { IfExists: false } drop when isFollowed && KindOf(drop.ObjectType) is { } kind:
                yield return Unguarded(drop.Span, $"Dropping {kind} '{string.Join("', '", drop.Names)}'", "IF EXISTS", canRunInTransaction: !drop.IsConcurrently);
                break;
            case AlterTableStatement { ObjectKind: AlterTableObjectKind.Table or AlterTableObjectKind.ForeignTable } alter when isFollowed:
                foreach (var action in alter.Actions)
                {
                    if (ActionFinding(alter.Table, action, drops) is { } finding)
                    {
                        yield return finding;
                    }
                }

                break;
        }
    }

    private static Finding? ActionFinding(QualifiedName table, AlterTableAction action, EarlierDrops drops) => action switch
    {
        AddColumnAction { IfNotExists: false, Column.Name: var column } when !drops.ClearColumn(table, column) =>
            Unguarded(action.Span, $"Adding column '{column}' to '{table}'", "IF NOT EXISTS"),
        DropColumnAction { IfExists: false, Column: var column } =>
            Unguarded(action.Span, $"Dropping column '{column}' of '{table}'", "IF EXISTS"),
        DropConstraintAction { IfExists: false, Name: var constraint } =>
            Unguarded(action.Span, $"Dropping constraint '{constraint}' of '{table}'", "IF EXISTS"),

        // ADD CONSTRAINT has no IF NOT EXISTS; dropping the name first is the guard.
        AddConstraintAction { Constraint.Name: { } constraint } when !drops.ClearConstraint(table, constraint) => new Finding(
            action.Span,
            $"Adding constraint '{constraint}' to '{table}' fails when the script is re-run after failing part way.",
            $"Run ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {constraint} first, or run the script in a transaction."),
        _ => null,
    };

    private static Finding Unguarded(TextSpan span, string what, string guard, bool canRunInTransaction = true) => new(
        span,
        $"{what} without {guard} fails when the script is re-run after failing part way.",
        canRunInTransaction ? $"Add {guard}, or run the script in a transaction." : $"Add {guard}.");

    /// <summary>The word for what a DROP removes; null for object types whose DROP may have no IF EXISTS (such as DROP OWNED).</summary>
    private static string? KindOf(DropObjectType type) => type switch
    {
        DropObjectType.Table => "table",
        DropObjectType.Index => "index",
        DropObjectType.View => "view",
        DropObjectType.MaterializedView => "materialized view",
        DropObjectType.Schema => "schema",
        DropObjectType.Type => "type",
        DropObjectType.Domain => "domain",
        DropObjectType.Sequence => "sequence",
        DropObjectType.Function => "function",
        DropObjectType.Procedure => "procedure",
        DropObjectType.Routine => "routine",
        DropObjectType.Aggregate => "aggregate",
        DropObjectType.Trigger => "trigger",
        DropObjectType.Extension => "extension",
        DropObjectType.ForeignTable => "foreign table",
        DropObjectType.Policy => "policy",
        DropObjectType.Rule => "rule",
        DropObjectType.Collation => "collation",
        _ => null,
    };

    private sealed record Finding(TextSpan Span, string Message, string Help);

    /// <summary>
    /// What earlier statements drop with IF EXISTS: on a re-run they clear the way again, so a later
    /// create of the same name cannot fail on leftovers.
    /// </summary>
    private sealed class EarlierDrops
    {
        private readonly List<DropStatement> _objects = [];
        private readonly List<(QualifiedName Table, SqlIdentifier Name, bool IsColumn)> _members = [];

        public void Record(SqlStatement statement)
        {
            if (statement is DropStatement { IfExists: true } drop)
            {
                _objects.Add(drop);
            }
            else if (statement is AlterTableStatement alter)
            {
                foreach (var action in alter.Actions)
                {
                    if (action is DropColumnAction { IfExists: true } column)
                    {
                        _members.Add((alter.Table, column.Column, true));
                    }
                    else if (action is DropConstraintAction { IfExists: true } constraint)
                    {
                        _members.Add((alter.Table, constraint.Name, false));
                    }
                }
            }
        }

        public bool Clear(QualifiedName name, params DropObjectType[] types) =>
            _objects.Any(drop => types.Contains(drop.ObjectType) && drop.Names.Any(dropped => dropped.Matches(name)));

        public bool ClearTrigger(SqlIdentifier trigger, QualifiedName table) =>
            _objects.Any(drop => drop is { ObjectType: DropObjectType.Trigger, Table: { } on }
                && on.Matches(table)
                && drop.Names.Any(name => name.Name.Matches(trigger)));

        public bool ClearColumn(QualifiedName table, SqlIdentifier column) => ClearMember(table, column, isColumn: true);

        public bool ClearConstraint(QualifiedName table, SqlIdentifier constraint) => ClearMember(table, constraint, isColumn: false);

        // Dropping the whole table clears its columns and constraints too.
        private bool ClearMember(QualifiedName table, SqlIdentifier name, bool isColumn) =>
            Clear(table, DropObjectType.Table)
            || _members.Any(member => member.IsColumn == isColumn && member.Table.Matches(table) && member.Name.Matches(name));
    }
}
