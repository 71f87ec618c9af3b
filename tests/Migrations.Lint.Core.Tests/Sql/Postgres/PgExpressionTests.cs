using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgExpressionTests
{
    [Theory]
    [InlineData("0", Volatility.Constant)]
    [InlineData("'pending'", Volatility.Constant)]
    [InlineData("-1.5 * 2", Volatility.Constant)]
    [InlineData("NULL", Volatility.Constant)]
    [InlineData("true", Volatility.Constant)]
    [InlineData("'{}'::jsonb", Volatility.Constant)]
    [InlineData("'a'::character varying(10)", Volatility.Constant)]
    [InlineData("CAST('1' AS numeric(10, 2))", Volatility.Constant)]
    [InlineData("ARRAY[]::text[]", Volatility.Constant)]
    [InlineData("interval '1 day'", Volatility.Constant)]
    [InlineData("lower('ABC')", Volatility.Constant)]
    [InlineData("coalesce(NULL, 1)", Volatility.Constant)]
    [InlineData("now()", Volatility.Stable)]
    [InlineData("NOW()", Volatility.Stable)]
    [InlineData("pg_catalog.now()", Volatility.Stable)]
    [InlineData("CURRENT_TIMESTAMP", Volatility.Stable)]
    [InlineData("current_timestamp(3)", Volatility.Stable)]
    [InlineData("CURRENT_DATE", Volatility.Stable)]
    [InlineData("localtimestamp", Volatility.Stable)]
    [InlineData("transaction_timestamp()", Volatility.Stable)]
    [InlineData("statement_timestamp()", Volatility.Stable)]
    [InlineData("now() AT TIME ZONE 'utc'", Volatility.Stable)]
    [InlineData("(now() + interval '1 day')::date", Volatility.Stable)]
    [InlineData("CURRENT_USER", Volatility.Stable)]
    [InlineData("gen_random_uuid()", Volatility.Volatile)]
    [InlineData("uuid_generate_v4()", Volatility.Volatile)]
    [InlineData("public.uuid_generate_v1()", Volatility.Volatile)]
    [InlineData("random()", Volatility.Volatile)]
    [InlineData("clock_timestamp()", Volatility.Volatile)]
    [InlineData("timeofday()", Volatility.Volatile)]
    [InlineData("nextval('users_id_seq'::regclass)", Volatility.Volatile)]
    [InlineData("floor(random() * 10)::int", Volatility.Volatile)]
    [InlineData("my_function()", Volatility.Unknown)]
    [InlineData("now() + my_offset()", Volatility.Unknown)]
    [InlineData("\"now\"()", Volatility.Stable)]
    [InlineData("\"NOW\"()", Volatility.Unknown)]
    public void Classifies_default_volatility(string expression, Volatility volatility)
    {
        var sql = MarkedSql.Parse($"ALTER TABLE t ADD COLUMN c text DEFAULT [|{expression}|] NOT NULL");
        var action = Assert.IsType<AddColumnAction>(Assert.Single(PgTestParsing.Single<AlterTableStatement>(sql.Text).Actions));
        var value = action.Column.Default!;

        Assert.Equal(volatility, value.Volatility);
        Assert.Equal(sql.Span, value.Span);
        Assert.Equal(expression, value.Text);
        Assert.True(action.Column.IsNotNull);
    }
}
