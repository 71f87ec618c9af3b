using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>SQL Server compares names case-insensitively but messages show them as written.</summary>
public sealed class TSqlNameDisplayTests
{
    [Theory]
    [InlineData("DROP TABLE dbo.Orders;", "Dropping table 'dbo.Orders'")]
    [InlineData("DROP TABLE [dbo].[Order Details];", "Dropping table 'dbo.[Order Details]'")]
    [InlineData("DROP TABLE [Sales].\"Line Items\";", "Dropping table 'Sales.[Line Items]'")]
    [InlineData("DROP TABLE [dbo].[odd]]name];", "Dropping table 'dbo.[odd]]name]'")]
    [InlineData("DROP TABLE [dbo].[Select];", "Dropping table 'dbo.[Select]'")]
    public void Table_names_are_shown_as_written_and_bracketed_only_when_needed(string sql, string expectedStart) =>
        Assert.StartsWith(expectedStart, RuleAssert.Messages<BanDropTable>(sql, dialect: Dialect.SqlServer).Single(), StringComparison.Ordinal);

    [Fact]
    public void Column_and_table_names_keep_their_case_in_messages() =>
        Assert.Equal(
            ["Renaming column 'Email' of 'dbo.Users' to 'EmailAddress' breaks application versions that still use the old name."],
            RuleAssert.Messages<RenamingColumn>("EXEC sp_rename 'dbo.Users.Email', 'EmailAddress', 'COLUMN';", dialect: Dialect.SqlServer));

    [Fact]
    public void A_table_created_earlier_is_recognised_whatever_the_case() =>
        RuleAssert.SilentTSql<RequireConcurrentIndex>("CREATE TABLE dbo.Orders (Id int NOT NULL);\nCREATE INDEX IX_Orders_Id ON DBO.[ORDERS] (Id);");

    [Fact]
    public void PostgreSQL_names_are_still_shown_folded() =>
        Assert.StartsWith("Dropping table 'orders'", RuleAssert.Messages<BanDropTable>("DROP TABLE Orders;").Single(), StringComparison.Ordinal);
}
