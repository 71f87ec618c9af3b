using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>CREATE TABLE and ALTER TABLE map onto the same nodes PostgreSQL's do.</summary>
public sealed class TSqlTableStatementTests
{
    [Fact]
    public void Create_table_reads_columns_defaults_identity_computed_columns_and_constraints()
    {
        var marked = MarkedSql.Parse("""
            [|CREATE TABLE [dbo].[Orders] (
                [|Id int IDENTITY(1, 1) NOT NULL CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED|],
                CustomerId int [|NOT NULL|],
                CreatedAt datetime2(7) NOT NULL CONSTRAINT DF_Orders_CreatedAt DEFAULT [|(SYSUTCDATETIME())|],
                RowGuid uniqueidentifier NOT NULL DEFAULT [|NEWID()|],
                Total AS [|(Qty * Price)|] PERSISTED,
                Qty int NULL,
                Price decimal(18, 2) NULL DEFAULT [|((0))|],
                CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id) ON DELETE CASCADE,
                CONSTRAINT CK_Orders_Qty CHECK ([|Qty > 0|])
            )|]
            """);
        var table = Single<CreateTableStatement>(marked.Text);

        Assert.Equal(marked.Spans[0], table.Span);
        Assert.Equal("CREATE TABLE", table.Keywords);
        Assert.Equal("dbo.Orders", table.Name.ToString());
        Assert.False(table.IsTemporary);
        Assert.Equal(["id", "customerid", "createdat", "rowguid", "total", "qty", "price"], table.Columns.Select(column => column.Name.Normalized));

        var id = table.Columns[0];
        Assert.Equal(marked.Spans[1], id.Span);
        Assert.Equal("int", id.DataType!.Name);
        Assert.Equal(GeneratedColumnKind.IdentityAlways, id.Generated);
        Assert.True(id.IsPrimaryKey);
        Assert.True(id.IsNotNull);
        Assert.Equal("pk_orders", Assert.Single(id.Constraints).Name!.Normalized);

        Assert.Equal(marked.Spans[2], table.Columns[1].NotNullSpan);
        Assert.Equal((marked.Spans[3], Volatility.Stable), (table.Columns[2].Default!.Span, table.Columns[2].Default!.Volatility));
        Assert.Equal(["7"], table.Columns[2].DataType!.Modifiers);
        Assert.Equal((marked.Spans[4], Volatility.Volatile), (table.Columns[3].Default!.Span, table.Columns[3].Default!.Volatility));

        var total = table.Columns[4];
        Assert.Null(total.DataType);
        Assert.Equal(GeneratedColumnKind.StoredExpression, total.Generated);
        Assert.Equal(marked.Spans[5], total.GeneratedExpression!.Span);

        Assert.False(table.Columns[5].IsNotNull);
        Assert.Equal(["18", "2"], table.Columns[6].DataType!.Modifiers);
        Assert.Equal((marked.Spans[6], Volatility.Constant), (table.Columns[6].Default!.Span, table.Columns[6].Default!.Volatility));

        Assert.Equal([ConstraintType.ForeignKey, ConstraintType.Check], table.Constraints.Select(constraint => constraint.ConstraintType));
        var foreignKey = table.Constraints[0];
        Assert.Equal("fk_orders_customers", foreignKey.Name!.Normalized);
        Assert.Equal(["customerid"], foreignKey.Columns.Select(column => column.Normalized));
        Assert.Equal("dbo.Customers", foreignKey.References!.ToString());
        Assert.Equal(["id"], foreignKey.ReferencedColumns.Select(column => column.Normalized));
        Assert.Equal(marked.Spans[7], table.Constraints[1].Expression!.Span);
    }

    [Theory]
    [InlineData("CREATE TABLE #work (a int)", true)]
    [InlineData("CREATE TABLE ##shared (a int)", true)]
    [InlineData("CREATE TABLE [tempdb]..[t] (a int)", false)]
    public void Temporary_tables_start_with_a_hash(string sql, bool isTemporary) =>
        Assert.Equal(isTemporary, Single<CreateTableStatement>(sql).IsTemporary);

    [Fact]
    public void Create_table_accepts_inline_indexes_periods_and_a_trailing_comma()
    {
        var table = Single<CreateTableStatement>("""
            CREATE TABLE dbo.History (
                Id int NOT NULL PRIMARY KEY NONCLUSTERED WITH (FILLFACTOR = 90) ON [PRIMARY],
                ValidFrom datetime2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
                ValidTo datetime2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL,
                PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo),
                INDEX IX_History_ValidTo NONCLUSTERED (ValidTo),
            ) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.HistoryArchive))
            """);

        Assert.Equal(["id", "validfrom", "validto"], table.Columns.Select(column => column.Name.Normalized));
        Assert.True(table.Columns[0].IsPrimaryKey);
        Assert.True(table.Columns[2].IsNotNull);
        Assert.Empty(table.Constraints);
    }

    [Fact]
    public void Create_table_as_select_creates_a_table()
    {
        var created = Single<CreateTableAsStatement>("CREATE TABLE dbo.Totals WITH (DISTRIBUTION = ROUND_ROBIN) AS SELECT CustomerId, SUM(Total) AS Total FROM dbo.Orders GROUP BY CustomerId");

        Assert.Equal(("dbo.Totals", "CREATE TABLE"), (created.Name.ToString(), created.Keywords));
    }

    [Fact]
    public void Select_into_creates_a_table()
    {
        var created = Single<CreateTableAsStatement>("SELECT Id, Name INTO #active FROM dbo.Users WHERE IsActive = 1");

        Assert.Equal("#active", created.Name.ToString());
        Assert.True(created.IsTemporary);
        Assert.Equal("SELECT", created.Keywords);
    }

    [Fact]
    public void Alter_table_add_lists_each_column_as_an_action()
    {
        var marked = MarkedSql.Parse("ALTER TABLE [dbo].[Users] [|ADD Email nvarchar(256) NULL|], [|Status tinyint NOT NULL CONSTRAINT DF_Users_Status DEFAULT 0|], [|CONSTRAINT UQ_Users_Email UNIQUE (Email)|]");
        var alter = Single<AlterTableStatement>(marked.Text);

        Assert.Equal(AlterTableObjectKind.Table, alter.ObjectKind);
        Assert.Equal(StatementKind.AlterTable, alter.Kind);
        Assert.Equal("dbo.Users", alter.Table.ToString());
        Assert.Equal(marked.Spans, alter.Actions.Select(action => action.Span));
        var email = Assert.IsType<AddColumnAction>(alter.Actions[0]).Column;
        Assert.Equal(("email", "nvarchar", false), (email.Name.Normalized, email.DataType!.Name, email.IsNotNull));
        var status = Assert.IsType<AddColumnAction>(alter.Actions[1]).Column;
        Assert.True(status.IsNotNull);
        Assert.Equal(("0", Volatility.Constant), (status.Default!.Text, status.Default.Volatility));
        var unique = Assert.IsType<AddConstraintAction>(alter.Actions[2]).Constraint;
        Assert.Equal((ConstraintType.Unique, "uq_users_email"), (unique.ConstraintType, unique.Name!.Normalized));
    }

    [Theory]
    [InlineData("ALTER TABLE t ADD c datetime NOT NULL DEFAULT GETDATE()", Volatility.Stable)]
    [InlineData("ALTER TABLE t ADD c datetime2 NOT NULL DEFAULT SYSDATETIME()", Volatility.Stable)]
    [InlineData("ALTER TABLE t ADD c datetime NOT NULL DEFAULT CURRENT_TIMESTAMP", Volatility.Stable)]
    [InlineData("ALTER TABLE t ADD c datetime NOT NULL DEFAULT (getutcdate())", Volatility.Stable)]
    [InlineData("ALTER TABLE t ADD c date NOT NULL DEFAULT CAST(GETDATE() AS date)", Volatility.Stable)]
    [InlineData("ALTER TABLE t ADD c uniqueidentifier NOT NULL DEFAULT NEWSEQUENTIALID()", Volatility.Volatile)]
    [InlineData("ALTER TABLE t ADD c float NOT NULL DEFAULT RAND()", Volatility.Volatile)]
    [InlineData("ALTER TABLE t ADD c varbinary(16) NOT NULL DEFAULT CRYPT_GEN_RANDOM(16)", Volatility.Volatile)]
    [InlineData("ALTER TABLE t ADD c int NOT NULL DEFAULT NEXT VALUE FOR dbo.seq", Volatility.Volatile)]
    [InlineData("ALTER TABLE t ADD c nvarchar(10) NOT NULL DEFAULT N''", Volatility.Constant)]
    [InlineData("ALTER TABLE t ADD c int NOT NULL DEFAULT -1", Volatility.Constant)]
    [InlineData("ALTER TABLE t ADD c nvarchar(20) NOT NULL DEFAULT CONVERT(nvarchar(20), 'x')", Volatility.Constant)]
    [InlineData("ALTER TABLE t ADD c int NOT NULL DEFAULT dbo.NextNumber()", Volatility.Unknown)]
    [InlineData("ALTER TABLE t ADD c int NOT NULL DEFAULT ABS(CHECKSUM(NEWID()))", Volatility.Volatile)]
    public void Defaults_are_classified_by_volatility(string sql, Volatility expected)
    {
        var column = Assert.IsType<AddColumnAction>(Assert.Single(Single<AlterTableStatement>(sql).Actions)).Column;

        Assert.Equal(expected, column.Default!.Volatility);
    }

    [Theory]
    [InlineData("ALTER TABLE t WITH NOCHECK ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES r (id)", true)]
    [InlineData("ALTER TABLE t WITH CHECK ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES r (id)", false)]
    [InlineData("ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0)", false)]
    public void With_nocheck_adds_a_constraint_without_validating_existing_rows(string sql, bool isNotValid)
    {
        var marked = MarkedSql.Parse("ALTER TABLE t [|" + sql["ALTER TABLE t ".Length..] + "|]");
        var action = Assert.IsType<AddConstraintAction>(Assert.Single(Single<AlterTableStatement>(marked.Text).Actions));

        Assert.Equal(isNotValid, action.Constraint.IsNotValid);
        Assert.Equal(marked.Spans[0], action.Span);
    }

    [Fact]
    public void A_default_constraint_for_a_column_sets_its_default()
    {
        var action = Assert.IsType<SetDefaultAction>(Assert.Single(Single<AlterTableStatement>("ALTER TABLE dbo.t ADD CONSTRAINT DF_t_c DEFAULT (NEWID()) FOR c").Actions));

        Assert.Equal("c", action.Column.Normalized);
        Assert.Equal(("(NEWID())", Volatility.Volatile), (action.Default.Text, action.Default.Volatility));
    }

    [Theory]
    [InlineData("ALTER TABLE t WITH CHECK CHECK CONSTRAINT fk_a, fk_b", "fk_a", "fk_b")]
    [InlineData("ALTER TABLE t WITH CHECK CHECK CONSTRAINT [FK_Orders]", "fk_orders")]
    public void With_check_check_constraint_validates_each_constraint(string sql, params string[] names) =>
        Assert.Equal(names, Single<AlterTableStatement>(sql).Actions.Select(action => Assert.IsType<ValidateConstraintAction>(action).Name.Normalized));

    [Theory]
    [InlineData("ALTER TABLE t NOCHECK CONSTRAINT ALL", "NOCHECK CONSTRAINT ALL")]
    [InlineData("ALTER TABLE t CHECK CONSTRAINT fk", "CHECK CONSTRAINT")]
    [InlineData("ALTER TABLE t WITH CHECK CHECK CONSTRAINT ALL", "WITH CHECK CHECK CONSTRAINT ALL")]
    [InlineData("ALTER TABLE t ENABLE TRIGGER ALL", "ENABLE TRIGGER ALL")]
    [InlineData("ALTER TABLE t SWITCH PARTITION 2 TO dbo.archive", "SWITCH PARTITION")]
    [InlineData("ALTER TABLE t SET (LOCK_ESCALATION = DISABLE)", "SET")]
    [InlineData("ALTER TABLE t REBUILD WITH (ONLINE = ON)", "REBUILD")]
    public void Other_alter_table_actions_keep_their_keywords(string sql, string keywords) =>
        Assert.Equal(keywords, Assert.IsType<OtherAlterTableAction>(Assert.Single(Single<AlterTableStatement>(sql).Actions)).Keywords);

    [Fact]
    public void Drop_lists_each_column_and_constraint()
    {
        var marked = MarkedSql.Parse("ALTER TABLE t [|DROP COLUMN IF EXISTS a|], [|b|], [|CONSTRAINT DF_c|], [|COLUMN c|]");
        var actions = Single<AlterTableStatement>(marked.Text).Actions;

        Assert.Equal(marked.Spans, actions.Select(action => action.Span));
        var first = Assert.IsType<DropColumnAction>(actions[0]);
        Assert.Equal(("a", true), (first.Column.Normalized, first.IfExists));
        Assert.Equal("b", Assert.IsType<DropColumnAction>(actions[1]).Column.Normalized);
        Assert.Equal("df_c", Assert.IsType<DropConstraintAction>(actions[2]).Name.Normalized);
        Assert.Equal("c", Assert.IsType<DropColumnAction>(actions[3]).Column.Normalized);
    }

    [Fact]
    public void Drop_without_a_kind_drops_a_constraint()
    {
        var action = Assert.IsType<DropConstraintAction>(Assert.Single(Single<AlterTableStatement>("ALTER TABLE t DROP PK_t WITH (ONLINE = ON)").Actions));

        Assert.Equal("pk_t", action.Name.Normalized);
    }

    [Theory]
    [InlineData("ALTER TABLE t ALTER COLUMN c nvarchar(200) NOT NULL", true, false)]
    [InlineData("ALTER TABLE t ALTER COLUMN c nvarchar(200) COLLATE Latin1_General_CI_AS NULL", false, false)]
    [InlineData("ALTER TABLE t ALTER COLUMN c nvarchar(200)", null, false)]
    [InlineData("ALTER TABLE t ALTER COLUMN c bigint NOT NULL WITH (ONLINE = ON)", true, true)]
    public void Alter_column_changes_the_type_and_states_nullability(string sql, bool? isNotNull, bool isOnline)
    {
        var action = Assert.IsType<AlterColumnTypeAction>(Assert.Single(Single<AlterTableStatement>(sql).Actions));

        Assert.Equal("c", action.Column.Normalized);
        Assert.Equal((isNotNull, isOnline), (action.IsNotNull, action.IsOnline));
    }

    [Fact]
    public void Alter_column_add_or_drop_of_a_property_is_another_action()
    {
        var action = Assert.IsType<OtherAlterTableAction>(Assert.Single(Single<AlterTableStatement>("ALTER TABLE t ALTER COLUMN c ADD ROWGUIDCOL").Actions));

        Assert.Equal(("ALTER COLUMN ADD ROWGUIDCOL", "c"), (action.Keywords, action.Column!.Normalized));
    }

    [Theory]
    [InlineData("EXEC sp_rename 'dbo.Users.Email', 'EmailAddress', 'COLUMN'")]
    [InlineData("EXEC sys.sp_rename N'[dbo].[Users].[Email]', N'EmailAddress', N'COLUMN'")]
    [InlineData("EXECUTE sp_rename @objname = N'dbo.Users.Email', @newname = N'EmailAddress', @objtype = N'COLUMN'")]
    [InlineData("sp_rename 'dbo.Users.Email', 'EmailAddress', 'column'")]
    public void Sp_rename_of_a_column_is_an_alter_table_rename(string sql)
    {
        var alter = Single<AlterTableStatement>(sql);
        var rename = Assert.IsType<RenameColumnAction>(Assert.Single(alter.Actions));

        Assert.Equal("dbo.Users", alter.Table.ToString());
        Assert.Equal(("email", "emailaddress"), (rename.From.Normalized, rename.To.Normalized));
        Assert.Equal("Email", sql.Substring(rename.From.Span.Start, rename.From.Span.Length).Trim('[', ']'));
    }

    [Fact]
    public void Sp_rename_of_a_table_or_an_index()
    {
        var table = Single<AlterTableStatement>("EXEC sp_rename 'dbo.Users', 'Accounts'");
        var index = Single<AlterTableStatement>("EXEC sp_rename N'dbo.Users.IX_Users_Email', N'IX_Accounts_Email', N'INDEX'");

        Assert.Equal(("dbo.Users", "accounts"), (table.Table.ToString(), Assert.IsType<RenameTableAction>(Assert.Single(table.Actions)).NewName.Normalized));
        Assert.Equal((AlterTableObjectKind.Index, "dbo.Users", "ix_users_email"), (index.ObjectKind, index.Table.ToString(), index.Index!.Normalized));
        Assert.Equal("ix_accounts_email", Assert.IsType<RenameTableAction>(Assert.Single(index.Actions)).NewName.Normalized);
    }

    [Theory]
    [InlineData("EXEC sp_rename @old, @new, 'COLUMN'")]
    [InlineData("EXEC sp_rename 'dbo.MyType', 'YourType', 'USERDATATYPE'")]
    [InlineData("EXEC sp_rename 'dbo..t', 'u'")]
    public void Sp_rename_that_cannot_be_read_stays_an_exec(string sql) =>
        Assert.Equal("EXEC", Single<OtherStatement>(sql).Keywords);

    [Theory]
    [InlineData("ALTER TABLE t ADD c int NULL DEFAULT 0 WITH VALUES", true)]
    [InlineData("ALTER TABLE t ADD c int NULL CONSTRAINT DF_t_c DEFAULT (0) WITH VALUES CHECK (c >= 0)", true)]
    [InlineData("ALTER TABLE t ADD c int NULL DEFAULT 0", false)]
    public void Add_column_records_default_with_values(string sql, bool withValues)
    {
        var column = Assert.IsType<AddColumnAction>(Assert.Single(Single<AlterTableStatement>(sql).Actions)).Column;

        Assert.Equal(("0", withValues), (column.Default!.Text.Trim('(', ')'), column.IsDefaultWithValues));
    }

    [Theory]
    [InlineData("ALTER TABLE t WITH NOCHECK ADD c int NULL CHECK (c > 0) REFERENCES u (id) UNIQUE", true)]
    [InlineData("ALTER TABLE t WITH CHECK ADD c int NULL CHECK (c > 0) REFERENCES u (id) UNIQUE", false)]
    [InlineData("ALTER TABLE t ADD c int NULL CHECK (c > 0) REFERENCES u (id) UNIQUE", false)]
    public void With_nocheck_leaves_inline_check_and_foreign_key_unchecked(string sql, bool isNotChecked)
    {
        var column = Assert.IsType<AddColumnAction>(Assert.Single(Single<AlterTableStatement>(sql).Actions)).Column;

        Assert.Equal(
            [(ConstraintType.Check, isNotChecked), (ConstraintType.ForeignKey, isNotChecked), (ConstraintType.Unique, false)],
            column.Constraints.Select(constraint => (constraint.ConstraintType, constraint.IsNotValid)));
    }
}
