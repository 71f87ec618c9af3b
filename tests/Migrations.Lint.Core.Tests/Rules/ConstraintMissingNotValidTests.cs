using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class ConstraintMissingNotValidTests
{
    private static readonly LintSettings InTransaction = new(AssumeInTransaction: true);

    [Theory]
    [InlineData("ALTER TABLE orders [|ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)|];")]
    [InlineData("ALTER TABLE orders [|ADD FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE|];")]
    [InlineData("ALTER TABLE orders [|ADD CONSTRAINT positive_total CHECK (total >= 0)|];")]
    [InlineData("alter table only app.\"Orders\" [|add check (total >= 0) no inherit|]")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT a CHECK (x > 0) NOT VALID, [|ADD CONSTRAINT b CHECK (y > 0)|];")]
    public void Reports_constraints_added_without_not_valid(string sql) => RuleAssert.Reports<ConstraintMissingNotValid>(sql);

    [Theory]
    [InlineData("ALTER TABLE orders ADD COLUMN quantity int [|CHECK (quantity > 0)|];")]
    [InlineData("ALTER TABLE orders ADD COLUMN quantity int NOT NULL DEFAULT 1 [|CONSTRAINT q_positive CHECK (quantity > 0)|];")]
    [InlineData("ALTER TABLE orders ADD COLUMN user_id bigint DEFAULT 0 [|REFERENCES users (id)|];")]
    [InlineData("ALTER TABLE orders ADD COLUMN user_id bigint [|REFERENCES users (id)|] DEFAULT NULL;")]
    [InlineData("ALTER TABLE orders ADD COLUMN owner_id bigint GENERATED ALWAYS AS (user_id) STORED [|REFERENCES users (id)|];")]
    public void Reports_inline_constraints_of_new_columns_that_postgres_validates(string sql) =>
        RuleAssert.Reports<ConstraintMissingNotValid>(sql);

    [Theory]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total >= 0) NOT VALID;")]
    [InlineData("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;")]
    // A new column without a value has nothing to validate.
    [InlineData("ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);")]
    [InlineData("ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id), ADD COLUMN note text DEFAULT '';")]
    // Other constraint kinds belong to other rules.
    [InlineData("ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT n NOT NULL total;")]
    [InlineData("CREATE TABLE orders (id int, user_id int);\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);")]
    [InlineData("CREATE TABLE Orders (id int);\nALTER TABLE public.orders ADD COLUMN q int CHECK (q > 0);")]
    public void Silent_for_not_valid_constraints_and_new_tables(string sql) => RuleAssert.Silent<ConstraintMissingNotValid>(sql);

    [Theory]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nALTER TABLE orders [|VALIDATE CONSTRAINT fk|];")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\nSELECT 1;\nALTER TABLE public.orders [|VALIDATE CONSTRAINT \"c\"|];")]
    public void Reports_validate_in_the_transaction_the_runner_wraps_around_the_script(string sql) =>
        RuleAssert.Reports<ConstraintMissingNotValid>(sql, InTransaction);

    [Theory]
    [InlineData("BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nALTER TABLE orders [|VALIDATE CONSTRAINT fk|];\nCOMMIT;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID, [|VALIDATE CONSTRAINT c|];")]
    [InlineData("BEGIN;\nALTER TABLE orders ADD CONSTRAINT n NOT NULL total NOT VALID;\nALTER TABLE orders [|VALIDATE CONSTRAINT n|];\nCOMMIT;")]
    public void Reports_validate_in_the_same_explicit_transaction_or_statement(string sql) =>
        RuleAssert.Reports<ConstraintMissingNotValid>(sql);

    [Theory]
    // Without a transaction every statement commits on its own.
    [InlineData("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;")]
    [InlineData("BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nCOMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT fk;")]
    [InlineData("BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nCOMMIT;\nBEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT fk;\nCOMMIT;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nALTER TABLE invoices VALIDATE CONSTRAINT fk;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT other_fk;")]
    public void Silent_when_a_commit_separates_add_and_validate(string sql) => RuleAssert.Silent<ConstraintMissingNotValid>(sql);

    [Fact]
    public void Silent_when_the_runner_wraps_but_the_add_is_in_an_earlier_migration() =>
        RuleAssert.SilentAfter<ConstraintMissingNotValid>(
            ["ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;"],
            "ALTER TABLE orders VALIDATE CONSTRAINT fk;",
            InTransaction);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<ConstraintMissingNotValid>(
            "ALTER TABLE orders [|ADD CONSTRAINT c CHECK (total >= 0)|];", direction: MigrationDirection.Down);

    [Fact]
    public void Messages_name_the_constraint_the_tables_and_the_lock()
    {
        Assert.Equal(
            ["Adding foreign key 'fk' to 'orders' without NOT VALID scans the whole table while holding SHARE ROW EXCLUSIVE locks on 'orders' and 'app.users', blocking writes."],
            RuleAssert.Messages<ConstraintMissingNotValid>("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES app.users (id);"));
        Assert.Equal(
            ["Adding CHECK constraint to 'orders' without NOT VALID scans the whole table under an ACCESS EXCLUSIVE lock."],
            RuleAssert.Messages<ConstraintMissingNotValid>("ALTER TABLE orders ADD CHECK (total > 0);"));
        Assert.Equal(
            ["Validating constraint 'c' in the transaction that added it keeps the ACCESS EXCLUSIVE lock on 'orders' for the whole scan."],
            RuleAssert.Messages<ConstraintMissingNotValid>("ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID, VALIDATE CONSTRAINT c;"));
        Assert.Equal(
            ["The REFERENCES on new column 'user_id' of 'orders' is validated against every row because the column has a DEFAULT."],
            RuleAssert.Messages<ConstraintMissingNotValid>("ALTER TABLE orders ADD COLUMN user_id int DEFAULT 1 REFERENCES users;"));
    }

    [Theory]
    [InlineData("ALTER TABLE dbo.Orders [|ADD CONSTRAINT FK_Orders_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (Id)|];")]
    [InlineData("ALTER TABLE dbo.Orders [|WITH CHECK ADD CONSTRAINT CK_Orders_Total CHECK (Total >= 0)|]\nGO")]
    [InlineData("ALTER TABLE dbo.Orders ADD Qty int NULL [|CONSTRAINT CK_Orders_Qty CHECK (Qty > 0)|];")]
    [InlineData("ALTER TABLE dbo.Orders WITH CHECK ADD Qty int NOT NULL DEFAULT 1 [|CHECK (Qty > 0)|];")]
    [InlineData("ALTER TABLE dbo.Orders ADD UserId int NOT NULL DEFAULT 1 [|REFERENCES dbo.Users (Id)|];")]
    [InlineData("ALTER TABLE dbo.Orders ADD UserId int NULL CONSTRAINT DF_Orders_UserId DEFAULT 1 WITH VALUES [|CONSTRAINT FK_Orders_Users FOREIGN KEY REFERENCES dbo.Users (Id)|];")]
    public void Reports_tsql_constraint_added_with_check(string sql) => RuleAssert.ReportsTSql<ConstraintMissingNotValid>(sql);

    [Theory]
    [InlineData("ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (Id);")]
    [InlineData("ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT FK_Orders_Users;")]
    [InlineData("ALTER TABLE dbo.Orders ADD CONSTRAINT PK_Orders PRIMARY KEY (Id);")]
    [InlineData("CREATE TABLE dbo.Orders (Id int, Total int);\nALTER TABLE Orders ADD CONSTRAINT CK_Total CHECK (Total >= 0);")]
    [InlineData("ALTER TABLE dbo.Orders ADD UserId int NULL REFERENCES dbo.Users (Id);")]
    [InlineData("ALTER TABLE dbo.Orders ADD UserId int NULL DEFAULT 1 REFERENCES dbo.Users (Id);")]
    [InlineData("ALTER TABLE dbo.Orders WITH NOCHECK ADD Qty int NOT NULL DEFAULT 1 CHECK (Qty > 0), UserId int NOT NULL DEFAULT 1 REFERENCES dbo.Users (Id);")]
    [InlineData("CREATE TABLE dbo.Orders (Id int);\nALTER TABLE Orders ADD Qty int NULL CHECK (Qty > 0);")]
    public void Silent_tsql_with_nocheck_validation_or_new_table(string sql) => RuleAssert.SilentTSql<ConstraintMissingNotValid>(sql);

    [Fact]
    public void Tsql_help_suggests_nocheck_then_check_constraint() =>
        Assert.Contains(
            "WITH CHECK CHECK CONSTRAINT",
            RuleAssert.Helps<ConstraintMissingNotValid>("ALTER TABLE dbo.Orders ADD CONSTRAINT CK CHECK (Total >= 0);", dialect: Dialect.SqlServer).Single(),
            StringComparison.Ordinal);
}
