using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tests.Rules;

/// <summary>What <see cref="ScriptContext.EarlierScripts"/> and <see cref="ScriptContext.StatementsBefore"/> show a rule.</summary>
public sealed class EarlierScriptsTests
{
    [Fact]
    public void Up_scripts_see_earlier_ups_and_down_scripts_also_their_own_up()
    {
        var seen = Run(
            Migration(1, "CREATE TABLE a (id int);", "DROP TABLE a;"),
            Migration(2, "CREATE TABLE b (id int);", "DROP TABLE b;"));

        Assert.Equal(
            [
                "V1 up: ",
                "V1 down: CREATE TABLE",
                "V2 up: CREATE TABLE",
                "V2 down: CREATE TABLE,CREATE TABLE",
            ],
            seen);
    }

    [Fact]
    public void Statements_before_list_earlier_scripts_then_this_script_up_to_the_statement()
    {
        var seen = Run(Migration(1, "CREATE TABLE a (id int);", null), Migration(2, "SELECT 1;\nTRUNCATE a;\nVACUUM a;", null));

        Assert.Equal(
            ["V1 up: ", "V2 up: CREATE TABLE,CREATE TABLE,SELECT,CREATE TABLE,SELECT,TRUNCATE"],
            seen);
    }

    [Fact]
    public void Scripts_in_other_dialects_are_not_earlier_scripts()
    {
        var seen = Run(Migration(1, "CREATE TABLE a (id int);", null, Dialect.SqlServer), Migration(2, "SELECT 1;", null));

        Assert.Equal(["V2 up: "], seen);
    }

    private static List<string> Run(params Migration[] migrations)
    {
        var probe = new EarlierStatementsProbe();
        new Linter(LintSettings.Default, [probe]).Lint(new MigrationSet(migrations, []));
        return probe.Seen;
    }

    private static Migration Migration(int version, string up, string? down, Dialect dialect = Dialect.Postgres) => new(
        $"V{version}",
        MigrationVersion.Parse(version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        "test",
        MigrationKind.Versioned,
        MigrationConvention.Flyway,
        dialect,
        Script($"V{version}__up.sql", MigrationDirection.Up, up, dialect),
        down is null ? null : Script($"U{version}__down.sql", MigrationDirection.Down, down, dialect));

    private static MigrationScript Script(string path, MigrationDirection direction, string sql, Dialect dialect) =>
        new(path, direction, new SourceText(sql, path), new TextSpan(0, sql.Length), MigrationScriptOptions.None, dialect);

    /// <summary>
    /// Records, per script, the kinds of the earlier scripts' statements and then of what
    /// <see cref="ScriptContext.StatementsBefore"/> returns for each of the script's own statements after the first.
    /// </summary>
    private sealed class EarlierStatementsProbe : ScriptRule
    {
        public List<string> Seen { get; } = [];

        public override Diagnostics.RuleDescriptor Descriptor { get; } = new(
            "MIG999", "probe", "Probe", Diagnostics.Severity.Note, Diagnostics.RuleCategory.Style, [Dialect.Postgres], "Records what it sees.");

        public override void Check(ScriptContext context)
        {
            var kinds = context.EarlierScripts.SelectMany(script => script.Statements).Select(Keywords).ToList();
            foreach (var statement in context.Statements.Skip(1))
            {
                kinds.AddRange(context.StatementsBefore(statement).Select(Keywords));
            }

            Seen.Add($"{context.Migration.Id} {context.Direction.ToString().ToLowerInvariant()}: {string.Join(',', kinds)}");
        }

        private static string Keywords(SqlStatement statement) => statement.Keywords;
    }
}
