using Migrations.Lint.Rules;

namespace Migrations.Lint.Tests.Rules;

public sealed class AddingNotNullWithoutDefaultTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|ADD COLUMN tenant_id bigint NOT NULL|];")]
    [InlineData("ALTER TABLE users [|ADD tenant_id bigint NOT NULL REFERENCES tenants (id)|];")]
    [InlineData("ALTER TABLE users ADD COLUMN a int, [|ADD COLUMN b int NOT NULL|], ADD COLUMN c int NOT NULL DEFAULT 0;")]
    [InlineData("ALTER TABLE IF EXISTS ONLY app.users [|ADD COLUMN IF NOT EXISTS x text NOT NULL|];")]
    public void Reports_not_null_column_without_default(string sql) => RuleAssert.Reports<AddingNotNullWithoutDefault>(sql);

    [Theory]
    [InlineData("ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0;")]
    [InlineData("ALTER TABLE users ADD COLUMN tenant_id bigint;")]
    [InlineData("ALTER TABLE users ADD COLUMN id bigint NOT NULL GENERATED ALWAYS AS IDENTITY;")]
    [InlineData("ALTER TABLE users ADD COLUMN total numeric NOT NULL GENERATED ALWAYS AS (price * qty) STORED;")]
    [InlineData("CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;")]
    public void Silent_with_default_generated_or_new_table(string sql) => RuleAssert.Silent<AddingNotNullWithoutDefault>(sql);
}
