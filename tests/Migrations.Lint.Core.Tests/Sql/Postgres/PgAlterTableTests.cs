using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgAlterTableTests
{
    [Fact]
    public void Each_comma_separated_action_is_its_own_node_with_its_own_span()
    {
        var sql = MarkedSql.Parse("""
            ALTER TABLE IF EXISTS ONLY public.users
                [|ADD COLUMN age int NOT NULL DEFAULT 0|],
                [|DROP COLUMN legacy CASCADE|],
                [|ALTER COLUMN id TYPE bigint USING id::bigint|],
                [|ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID|],
                [|ALTER COLUMN score SET DEFAULT random()|];
            """);
        var alter = PgTestParsing.Single<AlterTableStatement>(sql.Text);

        Assert.Equal(StatementKind.AlterTable, alter.Kind);
        Assert.Equal(AlterTableObjectKind.Table, alter.ObjectKind);
        Assert.True(alter.IfExists);
        Assert.True(alter.IsOnly);
        Assert.Equal("public.users", alter.Table.ToString());
        Assert.Equal(sql.Spans, alter.Actions.Select(action => action.Span));
        Assert.Collection(
            alter.Actions,
            action => Assert.IsType<AddColumnAction>(action),
            action => Assert.IsType<DropColumnAction>(action),
            action => Assert.IsType<AlterColumnTypeAction>(action),
            action => Assert.IsType<AddConstraintAction>(action),
            action => Assert.IsType<SetDefaultAction>(action));
    }

    [Fact]
    public void Add_column()
    {
        var add = SingleAction<AddColumnAction>("ALTER TABLE t ADD IF NOT EXISTS email varchar(320) NOT NULL DEFAULT ''");
        Assert.True(add.IfNotExists);
        Assert.Equal("email", add.Column.Name.Normalized);
        Assert.Equal("varchar", add.Column.DataType!.Name);
        Assert.True(add.Column.IsNotNull);
        Assert.Equal("''", add.Column.Default!.Text);
        Assert.False(SingleAction<AddColumnAction>("ALTER TABLE t ADD COLUMN b int").IfNotExists);
    }

    [Fact]
    public void Drop_column_and_constraint()
    {
        var column = SingleAction<DropColumnAction>("ALTER TABLE t DROP IF EXISTS a RESTRICT");
        Assert.Equal("a", column.Column.Normalized);
        Assert.True(column.IfExists);
        Assert.Equal(DropBehavior.Restrict, column.Behavior);

        var constraint = SingleAction<DropConstraintAction>("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_check CASCADE");
        Assert.Equal("t_check", constraint.Name.Normalized);
        Assert.True(constraint.IfExists);
        Assert.Equal(DropBehavior.Cascade, constraint.Behavior);
    }

    [Fact]
    public void Alter_column_type()
    {
        var sql = MarkedSql.Parse("ALTER TABLE t ALTER a SET DATA TYPE [|numeric(12, 4)|] COLLATE \"C\" USING [|a::numeric|]");
        var type = SingleAction<AlterColumnTypeAction>(sql.Text);
        Assert.Equal("a", type.Column.Normalized);
        Assert.Equal("numeric", type.DataType.Name);
        Assert.Equal(sql.Spans[0], type.DataType.Span);
        Assert.Equal(sql.Spans[1], type.Using!.Span);
        Assert.Null(SingleAction<AlterColumnTypeAction>("ALTER TABLE t ALTER COLUMN a TYPE text").Using);
    }

    [Fact]
    public void Column_nullability_and_defaults()
    {
        Assert.Equal("a", SingleAction<SetNotNullAction>("ALTER TABLE t ALTER COLUMN a SET NOT NULL").Column.Normalized);
        Assert.Equal("a", SingleAction<DropNotNullAction>("ALTER TABLE t ALTER a DROP NOT NULL").Column.Normalized);
        Assert.Equal("a", SingleAction<DropDefaultAction>("ALTER TABLE t ALTER COLUMN a DROP DEFAULT").Column.Normalized);
        var setDefault = SingleAction<SetDefaultAction>("ALTER TABLE t ALTER COLUMN a SET DEFAULT gen_random_uuid()");
        Assert.Equal("gen_random_uuid()", setDefault.Default.Text);
        Assert.Equal(Volatility.Volatile, setDefault.Default.Volatility);
    }

    [Theory]
    [InlineData("ADD CONSTRAINT t_pk PRIMARY KEY (id)", "t_pk", ConstraintType.PrimaryKey, false, null)]
    [InlineData("ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_idx", "t_pk", ConstraintType.PrimaryKey, false, "t_idx")]
    [InlineData("ADD UNIQUE (email)", null, ConstraintType.Unique, false, null)]
    [InlineData("ADD CONSTRAINT u UNIQUE USING INDEX u_idx DEFERRABLE INITIALLY DEFERRED", "u", ConstraintType.Unique, false, "u_idx")]
    [InlineData("ADD CONSTRAINT c CHECK (a > 0) NOT VALID", "c", ConstraintType.Check, true, null)]
    [InlineData("ADD FOREIGN KEY (a) REFERENCES b ON DELETE SET NULL (a) NOT VALID", null, ConstraintType.ForeignKey, true, null)]
    [InlineData("ADD CONSTRAINT x EXCLUDE USING gist (r WITH &&)", "x", ConstraintType.Exclude, false, null)]
    [InlineData("ADD CONSTRAINT nn NOT NULL a", "nn", ConstraintType.NotNull, false, null)]
    public void Add_constraint(string action, string? name, ConstraintType type, bool notValid, string? usingIndex)
    {
        var sql = MarkedSql.Parse($"ALTER TABLE t [|{action}|]");
        var add = SingleAction<AddConstraintAction>(sql.Text);
        Assert.Equal(name, add.Constraint.Name?.Normalized);
        Assert.Equal(type, add.Constraint.ConstraintType);
        Assert.Equal(notValid, add.Constraint.IsNotValid);
        Assert.Equal(usingIndex, add.Constraint.UsingIndex?.Normalized);
        Assert.Equal(sql.Span, add.Span);
        Assert.Equal(sql.Span.End, add.Constraint.Span.End);
    }

    [Fact]
    public void Validate_constraint()
    {
        Assert.Equal("c", SingleAction<ValidateConstraintAction>("ALTER TABLE t VALIDATE CONSTRAINT c").Name.Normalized);
    }

    [Fact]
    public void Renames()
    {
        var column = SingleAction<RenameColumnAction>("ALTER TABLE t RENAME COLUMN a TO b");
        Assert.Equal(("a", "b"), (column.From.Normalized, column.To.Normalized));
        var bare = SingleAction<RenameColumnAction>("ALTER TABLE t RENAME a TO \"B\"");
        Assert.Equal(("a", "B"), (bare.From.Normalized, bare.To.Normalized));
        Assert.Equal("u", SingleAction<RenameTableAction>("ALTER TABLE t RENAME TO u").NewName.Normalized);
        var constraint = SingleAction<RenameConstraintAction>("ALTER TABLE t RENAME CONSTRAINT c TO d");
        Assert.Equal(("c", "d"), (constraint.From.Normalized, constraint.To.Normalized));
    }

    [Fact]
    public void Partitions_and_schema()
    {
        Assert.Equal("s.p", SingleAction<AttachPartitionAction>("ALTER TABLE t ATTACH PARTITION s.p FOR VALUES IN (1, 2)").Partition.ToString());
        var detach = SingleAction<DetachPartitionAction>("ALTER TABLE t DETACH PARTITION p CONCURRENTLY");
        Assert.Equal("p", detach.Partition.ToString());
        Assert.True(detach.IsConcurrently);
        Assert.False(detach.IsFinalize);
        Assert.True(SingleAction<DetachPartitionAction>("ALTER TABLE t DETACH PARTITION p FINALIZE").IsFinalize);
        Assert.Equal("archive", SingleAction<SetSchemaAction>("ALTER TABLE t SET SCHEMA archive").Schema.Normalized);
    }

    [Theory]
    [InlineData("ALTER TABLE t SET TABLESPACE fast", "SET TABLESPACE", null)]
    [InlineData("ALTER TABLE t SET LOGGED", "SET LOGGED", null)]
    [InlineData("ALTER TABLE t OWNER TO app_owner", "OWNER TO", null)]
    [InlineData("ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ENABLE ROW LEVEL SECURITY", null)]
    [InlineData("ALTER TABLE t INHERIT parent", "INHERIT", null)]
    [InlineData("ALTER TABLE t ALTER COLUMN c SET STATISTICS 500", "ALTER COLUMN SET STATISTICS", "c")]
    [InlineData("ALTER TABLE t ALTER c DROP IDENTITY IF EXISTS", "ALTER COLUMN DROP IDENTITY IF EXISTS", "c")]
    [InlineData("ALTER TABLE t ALTER CONSTRAINT fk DEFERRABLE", "ALTER CONSTRAINT", null)]
    [InlineData("ALTER TABLE t SET (fillfactor = 70)", "SET", null)]
    public void Other_actions_are_named_by_their_keywords(string sql, string keywords, string? column)
    {
        var other = SingleAction<OtherAlterTableAction>(sql);
        Assert.Equal(keywords, other.Keywords);
        Assert.Equal(column, other.Column?.Normalized);
    }

    [Theory]
    [InlineData("ALTER INDEX i RENAME TO j", AlterTableObjectKind.Index, StatementKind.AlterIndex)]
    [InlineData("ALTER FOREIGN TABLE f RENAME TO g", AlterTableObjectKind.ForeignTable, StatementKind.AlterTable)]
    [InlineData("ALTER VIEW v RENAME TO w", AlterTableObjectKind.View, StatementKind.AlterTable)]
    [InlineData("ALTER MATERIALIZED VIEW m RENAME TO n", AlterTableObjectKind.MaterializedView, StatementKind.AlterTable)]
    public void Alter_index_and_views_share_the_actions(string sql, AlterTableObjectKind objectKind, StatementKind kind)
    {
        var alter = PgTestParsing.Single<AlterTableStatement>(sql);
        Assert.Equal(objectKind, alter.ObjectKind);
        Assert.Equal(kind, alter.Kind);
        Assert.IsType<RenameTableAction>(Assert.Single(alter.Actions));
    }

    private static T SingleAction<T>(string sql)
        where T : AlterTableAction =>
        Assert.IsType<T>(Assert.Single(PgTestParsing.Single<AlterTableStatement>(sql).Actions));
}
