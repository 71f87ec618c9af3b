using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlIndexStatementTests
{
    [Fact]
    public void Create_index_reads_every_clause()
    {
        var marked = MarkedSql.Parse("""
            CREATE UNIQUE NONCLUSTERED INDEX [IX_Users_Email] ON [dbo].[Users] [|([Email] ASC, TenantId DESC)|]
                INCLUDE ([Name], Phone)
                WHERE [|[Email] IS NOT NULL AND Deleted = 0|]
                WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 1 MINUTES, ABORT_AFTER_WAIT = SELF)), MAXDOP = 4, RESUMABLE = ON)
                ON [PRIMARY]
            """);
        var index = Single<CreateIndexStatement>(marked.Text);

        Assert.Equal("CREATE UNIQUE NONCLUSTERED INDEX", index.Keywords);
        Assert.Equal(("ix_users_email", "dbo.Users"), (index.Name!.Normalized, index.Table.ToString()));
        Assert.True(index.IsUnique);
        Assert.False(index.IsClustered);
        Assert.Null(index.Method);
        Assert.Equal(marked.Spans[0], index.ColumnsSpan);
        Assert.Equal(["email", "tenantid"], index.Columns.Select(column => column.Normalized));
        Assert.Equal(["name", "phone"], index.Include.Select(column => column.Normalized));
        Assert.Equal(marked.Spans[1], index.WhereSpan);
        Assert.True(index.IsOnline);
        Assert.True(index.IsResumable);
        Assert.False(index.IsConcurrently);
    }

    [Theory]
    [InlineData("CREATE INDEX ix ON t (a)", false, false, null)]
    [InlineData("CREATE CLUSTERED INDEX ix ON t (a) WITH (DROP_EXISTING = ON, ONLINE = OFF)", true, false, null)]
    [InlineData("CREATE INDEX ix ON t (a) WITH FILLFACTOR = 80, PAD_INDEX", false, false, null)]
    [InlineData("CREATE NONCLUSTERED INDEX ix ON t (a) WITH (ONLINE = ON) ON ps_date (CreatedAt)", false, true, null)]
    [InlineData("CREATE CLUSTERED COLUMNSTORE INDEX cci ON dbo.Facts WITH (MAXDOP = 2)", true, false, "columnstore")]
    [InlineData("CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON dbo.Facts (a, b)", false, false, "columnstore")]
    [InlineData("CREATE PRIMARY XML INDEX px ON dbo.Docs (Body)", false, false, "xml")]
    [InlineData("CREATE SPATIAL INDEX sx ON dbo.Places (Location)", false, false, "spatial")]
    public void Create_index_variants(string sql, bool isClustered, bool isOnline, string? method)
    {
        var index = Single<CreateIndexStatement>(sql);

        Assert.Equal((isClustered, isOnline, method), (index.IsClustered, index.IsOnline, index.Method));
    }

    [Theory]
    [InlineData("ALTER INDEX IX_a ON dbo.t REBUILD", ReindexTarget.Index, "IX_a", false)]
    [InlineData("ALTER INDEX IX_a ON dbo.t REBUILD PARTITION = 3 WITH (ONLINE = ON)", ReindexTarget.Index, "IX_a", true)]
    [InlineData("ALTER INDEX ALL ON dbo.t REBUILD WITH (ONLINE = ON, MAXDOP = 2)", ReindexTarget.Table, "dbo.t", true)]
    public void Alter_index_rebuild_is_a_reindex(string sql, ReindexTarget target, string name, bool isOnline)
    {
        var reindex = Single<ReindexStatement>(sql);

        Assert.Equal(StatementKind.Reindex, reindex.Kind);
        Assert.Equal((target, name, "dbo.t", isOnline), (reindex.Target, reindex.Name!.ToString(), reindex.Table!.ToString(), reindex.IsOnline));
    }

    [Theory]
    [InlineData("ALTER INDEX IX_a ON dbo.t REORGANIZE WITH (LOB_COMPACTION = ON)", "ix_a", "REORGANIZE")]
    [InlineData("ALTER INDEX IX_a ON dbo.t DISABLE", "ix_a", "DISABLE")]
    [InlineData("ALTER INDEX ALL ON dbo.t SET (ALLOW_PAGE_LOCKS = OFF)", null, "SET")]
    [InlineData("ALTER INDEX IX_a ON dbo.t RESUME", "ix_a", "RESUME")]
    public void Other_alter_index_actions_alter_the_index(string sql, string? index, string keywords)
    {
        var alter = Single<AlterTableStatement>(sql);

        Assert.Equal(StatementKind.AlterIndex, alter.Kind);
        Assert.Equal((index, "dbo.t"), (alter.Index?.Normalized, alter.Table.ToString()));
        Assert.Equal(keywords, Assert.IsType<OtherAlterTableAction>(Assert.Single(alter.Actions)).Keywords);
    }

    [Fact]
    public void Drop_index_names_the_index_and_its_table()
    {
        var drop = Single<DropStatement>("DROP INDEX IF EXISTS IX_a ON dbo.t WITH (ONLINE = ON, MAXDOP = 1)");

        Assert.Equal(DropObjectType.Index, drop.ObjectType);
        Assert.Equal("IX_a", Assert.Single(drop.Names).ToString());
        Assert.Equal(("dbo.t", true, true), (drop.Table!.ToString(), drop.IfExists, drop.IsOnline));
    }

    [Fact]
    public void Drop_index_reads_the_legacy_table_dot_index_form()
    {
        var drop = Single<DropStatement>("DROP INDEX dbo.Users.IX_Email, Orders.IX_Date");

        Assert.Equal(["IX_Email", "IX_Date"], drop.Names.Select(name => name.ToString()));
        Assert.Equal("dbo.Users", drop.Table!.ToString());
        Assert.False(drop.IsOnline);
    }
}
