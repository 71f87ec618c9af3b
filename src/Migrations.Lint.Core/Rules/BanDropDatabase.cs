using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// DROP DATABASE, and DROP SCHEMA … CASCADE which takes every object in the schema with it,
/// delete whole sets of tables at once; neither belongs in a migration that runs unattended.
/// </summary>
public sealed class BanDropDatabase : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG106",
        "ban-drop-database",
        "Do not drop databases or schemas with CASCADE",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "DROP DATABASE and DROP SCHEMA … CASCADE delete every table in them, with all their data, in a single statement.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            switch (analyzed.Statement)
            {
                case DropDatabaseStatement database:
                    context.Report(
                        Rule,
                        database.Span,
                        database.Name is null
                            ? "Dropping a database deletes every table and row in it permanently."
                            : $"Dropping database '{database.Name}' deletes every table and row in it permanently.",
                        "Drop databases by hand after a backup, not from a migration.");
                    break;
                case DropStatement { ObjectType: DropObjectType.Schema, Behavior: DropBehavior.Cascade } schema:
                    var them = schema.Names.Count == 1 ? "it" : "them";
                    context.Report(
                        Rule,
                        schema.Span,
                        $"Dropping schema '{string.Join("', '", schema.Names)}' with CASCADE deletes every table, view and function in {them} permanently.",
                        "Drop the schema's objects one by one in reviewed migrations, then drop the schema without CASCADE, which fails while anything is left.");
                    break;
            }
        }
    }
}
