using System.Text;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// PostgreSQL keeps only the first 63 bytes of a name and says so in a NOTICE nobody reads: two long
/// names that share those bytes collide, and tools that compare full names never find the object.
/// </summary>
public sealed class IdentifierTooLong : ScriptRule
{
    /// <summary>NAMEDATALEN - 1: the bytes PostgreSQL keeps of an identifier.</summary>
    private const int MaxBytes = 63;

    public static RuleDescriptor Rule { get; } = new(
        "MIG218",
        "identifier-too-long",
        "Keep names within 63 bytes",
        Severity.Warning,
        RuleCategory.Correctness,
        [Dialect.Postgres],
        "PostgreSQL silently truncates names longer than 63 bytes, so two long names can collide and code or tools that use the full name do not find the object.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            foreach (var name in DefinedNames(analyzed.Statement))
            {
                var bytes = Encoding.UTF8.GetByteCount(name.Normalized);
                if (bytes > MaxBytes)
                {
                    context.Report(
                        Rule,
                        name.Span,
                        $"Name '{name.Normalized}' is {bytes} bytes; PostgreSQL truncates it to '{Truncate(name.Normalized)}'.",
                        "Use a name of at most 63 bytes (63 ASCII characters), for example by abbreviating words.");
                }
            }
        }
    }

    /// <summary>The names a statement gives to new objects, columns and constraints, or renames things to.</summary>
    private static IEnumerable<SqlIdentifier> DefinedNames(SqlStatement statement) => statement switch
    {
        CreateTableStatement create => [create.Name.Name, .. create.Columns.SelectMany(ColumnNames), .. ConstraintNames(create.Constraints)],
        CreateTableAsStatement create => [create.Name.Name],
        AlterTableStatement alter => alter.Actions.SelectMany(ActionNames),
        CreateIndexStatement { Name: { } name } => [name],
        CreateViewStatement create => [create.Name.Name],
        CreateSequenceStatement create => [create.Name.Name],
        CreateTypeStatement create => [create.Name.Name],
        CreateDomainStatement create => [create.Name.Name],
        AlterDomainStatement { Constraint: { } constraint } => ConstraintNames([constraint]),
        CreateFunctionStatement create => [create.Name.Name],
        CreateTriggerStatement create => [create.Name],
        CreateSchemaStatement create => [create.Name],
        CreateDatabaseStatement create => [create.Name],
        _ => [],
    };

    private static IEnumerable<SqlIdentifier> ActionNames(AlterTableAction action) => action switch
    {
        AddColumnAction add => ColumnNames(add.Column),
        AddConstraintAction add => ConstraintNames([add.Constraint]),
        RenameColumnAction rename => [rename.To],
        RenameConstraintAction rename => [rename.To],
        RenameTableAction rename => [rename.NewName],
        _ => [],
    };

    private static IEnumerable<SqlIdentifier> ColumnNames(ColumnDefinition column) => [column.Name, .. ConstraintNames(column.Constraints)];

    private static IEnumerable<SqlIdentifier> ConstraintNames(IEnumerable<TableConstraint> constraints) =>
        constraints.Select(constraint => constraint.Name).OfType<SqlIdentifier>();

    /// <summary>What PostgreSQL keeps: whole characters only, up to 63 bytes.</summary>
    private static string Truncate(string name)
    {
        var kept = new StringBuilder(name.Length);
        var bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > MaxBytes)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return kept.ToString();
    }
}
