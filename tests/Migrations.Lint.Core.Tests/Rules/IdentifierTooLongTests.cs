using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class IdentifierTooLongTests
{
    /// <summary>64 ASCII characters: one byte too many.</summary>
    private const string Long64 = "customer_subscription_billing_history_monthly_aggregate_snapshot";

    /// <summary>63 ASCII characters: exactly what PostgreSQL keeps.</summary>
    private const string Fits63 = "customer_subscription_billing_history_monthly_aggregate_snapsho";

    [Theory]
    [InlineData($"CREATE TABLE [|{Long64}|] (id bigint);")]
    [InlineData($"CREATE TABLE app.[|{Long64}|] (id bigint);")]
    [InlineData($"CREATE TABLE t (id bigint, [|{Long64}|] text, CONSTRAINT [|{Long64}|] CHECK (id > 0));")]
    [InlineData($"CREATE TABLE t (id bigint CONSTRAINT [|{Long64}|] PRIMARY KEY);")]
    [InlineData($"ALTER TABLE t ADD COLUMN a int, ADD COLUMN [|{Long64}|] int;")]
    [InlineData($"ALTER TABLE t ADD CONSTRAINT [|{Long64}|] UNIQUE (a);")]
    [InlineData($"ALTER TABLE t RENAME COLUMN a TO [|{Long64}|];")]
    [InlineData($"ALTER TABLE t RENAME CONSTRAINT a TO [|{Long64}|];")]
    [InlineData($"ALTER TABLE t RENAME TO [|{Long64}|];")]
    [InlineData($"ALTER INDEX i RENAME TO [|{Long64}|];")]
    [InlineData($"CREATE INDEX CONCURRENTLY [|{Long64}|] ON t (a);")]
    [InlineData($"CREATE VIEW [|{Long64}|] AS SELECT 1;")]
    [InlineData($"CREATE MATERIALIZED VIEW [|{Long64}|] AS SELECT 1;")]
    [InlineData($"CREATE TABLE [|{Long64}|] AS SELECT 1 AS a;")]
    [InlineData($"CREATE SEQUENCE [|{Long64}|];")]
    [InlineData($"CREATE TYPE [|{Long64}|] AS ENUM ('a');")]
    [InlineData($"CREATE DOMAIN [|{Long64}|] AS text;")]
    [InlineData($"CREATE FUNCTION [|{Long64}|]() RETURNS int LANGUAGE sql AS 'SELECT 1';")]
    [InlineData($"CREATE TRIGGER [|{Long64}|] AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();")]
    [InlineData($"CREATE SCHEMA [|{Long64}|];")]
    [InlineData($"CREATE TABLE [|\"{Long64}\"|] (id bigint);")]
    [InlineData("CREATE TABLE [|\"Überweisungen_Kundenkonto_Abrechnungszeitraum_Übersicht_ab_2024\"|] (id bigint);")]
    public void Reports_names_over_63_bytes(string sql) => RuleAssert.Reports<IdentifierTooLong>(sql);

    [Fact]
    public void Reports_a_message_with_the_truncated_name() =>
        Assert.Equal(
            [$"Name '{Long64}' is 64 bytes; PostgreSQL truncates it to '{Fits63}'."],
            RuleAssert.Messages<IdentifierTooLong>($"CREATE INDEX {Long64.ToUpperInvariant()} ON t (a);", LintSettings.Default));

    [Fact]
    public void Reports_truncation_on_a_whole_character() =>
        Assert.Equal(
            [$"Name '{new string('a', 62)}é' is 64 bytes; PostgreSQL truncates it to '{new string('a', 62)}'."],
            RuleAssert.Messages<IdentifierTooLong>($"CREATE TABLE \"{new string('a', 62)}é\" (id int);", LintSettings.Default));

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<IdentifierTooLong>($"ALTER TABLE t RENAME TO [|{Long64}|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData($"CREATE TABLE {Fits63} (id bigint, {Fits63} text);")]
    [InlineData($"CREATE INDEX {Fits63} ON t (a);")]
    [InlineData($"SELECT {Long64} FROM t;")]
    [InlineData($"DROP TABLE {Long64};")]
    [InlineData($"ALTER TABLE {Long64} ADD COLUMN a int;")]
    [InlineData($"CREATE INDEX i ON {Long64} ({Long64});")]
    [InlineData($"COMMENT ON TABLE t IS '{Long64}';")]
    public void Silent_for_short_names_and_references(string sql) => RuleAssert.Silent<IdentifierTooLong>(sql);
}
