using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>What <see cref="ScriptContext.EarlierScripts"/> and <see cref="ScriptContext.StatementsBefore"/> show a rule.</summary>
public sealed class EarlierScriptsTests
{
    [Fact]
    public void Up_scripts_see_earlier_ups_and_down_scripts_also_their_own_up()
    {
        var seen = Run(
            InMemoryMigration.Create("CREATE TABLE a (id int);", "DROP TABLE a;", version: 1),
            InMemoryMigration.Create("CREATE TABLE b (id int);", "DROP TABLE b;", version: 2));

        Assert.Equal(
            [
                "V1__test up: ",
                "V1__test down: CREATE TABLE",
                "V2__test up: CREATE TABLE",
                "V2__test down: CREATE TABLE,CREATE TABLE",
            ],
            seen);
    }

    [Fact]
    public void Statements_before_list_earlier_scripts_then_this_script_up_to_the_statement()
    {
        var seen = Run(
            InMemoryMigration.Create("CREATE TABLE a (id int);", version: 1),
            InMemoryMigration.Create("SELECT 1;\nTRUNCATE a;\nVACUUM a;", version: 2));

        Assert.Equal(
            ["V1__test up: ", "V2__test up: CREATE TABLE,CREATE TABLE,SELECT,CREATE TABLE,SELECT,TRUNCATE"],
            seen);
    }

    [Fact]
    public void Scripts_in_other_dialects_are_not_earlier_scripts()
    {
        var postgres = InMemoryMigration.Create("CREATE TABLE a (id int);", version: 1);
        var sqlServer = postgres with { Dialect = Dialect.SqlServer, Up = postgres.Up with { Dialect = Dialect.SqlServer } };
        var seen = Run(sqlServer, InMemoryMigration.Create("SELECT 1;", version: 2));

        Assert.Equal(["V2__test up: "], seen);
    }

    [Fact]
    public void Migrations_before_start_after_are_not_linted_but_their_ups_are_earlier_scripts()
    {
        var settings = new LintSettings(StartAfter: MigrationVersion.Parse("1"));
        var seen = Run(
            settings,
            InMemoryMigration.Create("CREATE TABLE a (id int);", "DROP TABLE a;", version: 1),
            InMemoryMigration.Create("SELECT 1;", version: 2));

        Assert.Equal(["V2__test up: CREATE TABLE"], seen);
    }

    private static List<string> Run(params Migration[] migrations) => Run(LintSettings.Default, migrations);

    /// <summary>What the probe saw, per script, in the order the scripts apply (the order of the findings).</summary>
    private static List<string> Run(LintSettings settings, params Migration[] migrations) =>
        [.. new Linter(settings, [new EarlierStatementsProbe()]).Lint(InMemoryMigration.Set(migrations)).Select(diagnostic => diagnostic.Message)];

    /// <summary>
    /// Reports, per script, the kinds of the earlier scripts' statements and then of what
    /// <see cref="ScriptContext.StatementsBefore"/> returns for each of the script's own statements after the first.
    /// Scripts are checked in parallel, so what it sees is a finding, not a list it keeps.
    /// </summary>
    private sealed class EarlierStatementsProbe : ScriptRule
    {
        public override Diagnostics.RuleDescriptor Descriptor { get; } = new(
            "MIG999", "probe", "Probe", Diagnostics.Severity.Note, Diagnostics.RuleCategory.Style, [Dialect.Postgres], "Records what it sees.");

        public override void Check(ScriptContext context)
        {
            var kinds = context.EarlierScripts.SelectMany(script => script.Statements).Select(Keywords).ToList();
            foreach (var statement in context.Statements.Skip(1))
            {
                kinds.AddRange(context.StatementsBefore(statement).Select(Keywords));
            }

            context.Report(
                Descriptor, default, $"{context.Migration.Id} {context.Direction.ToString().ToLowerInvariant()}: {string.Join(',', kinds)}");
        }

        private static string Keywords(SqlStatement statement) => statement.Keywords;
    }
}
