using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class PreferJsonbTests
{
    [Theory]
    [InlineData("CREATE TABLE events (payload [|json|] NOT NULL);")]
    [InlineData("CREATE TABLE events (a [|JSON|], b [|json[]|], c [|pg_catalog.json|]);")]
    [InlineData("ALTER TABLE events ADD COLUMN meta [|json|] DEFAULT '{}';")]
    [InlineData("ALTER TABLE events ADD COLUMN a jsonb, ALTER COLUMN b TYPE [|json|] USING b::json;")]
    public void Reports_json_columns(string sql) => RuleAssert.Reports<PreferJsonb>(sql);

    [Theory]
    [InlineData("CREATE TABLE events (payload jsonb NOT NULL);")]
    [InlineData("ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;")]
    [InlineData("CREATE TABLE t (a app.json, b \"JSON\");")]
    [InlineData("SELECT '{}'::json;")]
    public void Silent_for_jsonb_and_other_types(string sql) => RuleAssert.Silent<PreferJsonb>(sql);

    [Fact]
    public void Silent_in_down_scripts_which_restore_the_old_type() =>
        RuleAssert.Silent<PreferJsonb>("ALTER TABLE events ALTER COLUMN payload TYPE json;", direction: MigrationDirection.Down);
}
