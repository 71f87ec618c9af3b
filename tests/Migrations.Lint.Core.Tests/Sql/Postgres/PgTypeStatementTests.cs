using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgTypeStatementTests
{
    [Theory]
    [InlineData("CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s fine')", CreateTypeKind.Enum)]
    [InlineData("CREATE TYPE mood AS (a int, b text)", CreateTypeKind.Composite)]
    [InlineData("CREATE TYPE mood AS RANGE (subtype = float8)", CreateTypeKind.Range)]
    [InlineData("CREATE TYPE mood (INPUT = in_fn, OUTPUT = out_fn)", CreateTypeKind.Base)]
    [InlineData("CREATE TYPE mood", CreateTypeKind.Shell)]
    public void Create_type(string sql, CreateTypeKind kind)
    {
        var type = PgTestParsing.Single<CreateTypeStatement>(sql);
        Assert.Equal("mood", type.Name.ToString());
        Assert.Equal(kind, type.TypeKind);
        Assert.Equal(kind == CreateTypeKind.Enum ? ["sad", "ok", "it's fine"] : [], type.EnumValues);
    }

    [Fact]
    public void Alter_type_add_value()
    {
        var sql = MarkedSql.Parse("ALTER TYPE s.mood [|ADD VALUE IF NOT EXISTS [|'great'|] AFTER 'ok'|]");
        var alter = PgTestParsing.Single<AlterTypeStatement>(sql.Text);
        var add = Assert.IsType<AddEnumValueAction>(alter.Action);

        Assert.Equal("s.mood", alter.Name.ToString());
        Assert.Equal("great", add.Value);
        Assert.Equal(sql.Spans[0], add.Span);
        Assert.Equal(sql.Spans[1], add.ValueSpan);
        Assert.True(add.IfNotExists);
        Assert.Equal(EnumValuePosition.After, add.Position);
        Assert.Equal("ok", add.Neighbor);

        var plain = Assert.IsType<AddEnumValueAction>(PgTestParsing.Single<AlterTypeStatement>("ALTER TYPE mood ADD VALUE 'x'").Action);
        Assert.Equal(EnumValuePosition.End, plain.Position);
        Assert.False(plain.IfNotExists);
        Assert.Null(plain.Neighbor);
    }

    [Fact]
    public void Alter_type_rename_value_and_others()
    {
        var rename = Assert.IsType<RenameEnumValueAction>(PgTestParsing.Single<AlterTypeStatement>("ALTER TYPE mood RENAME VALUE 'a' TO 'b'").Action);
        Assert.Equal(("a", "b"), (rename.From, rename.To));
        Assert.Equal("RENAME TO", Assert.IsType<OtherAlterTypeAction>(PgTestParsing.Single<AlterTypeStatement>("ALTER TYPE mood RENAME TO feeling").Action).Keywords);
        Assert.Equal("OWNER TO", Assert.IsType<OtherAlterTypeAction>(PgTestParsing.Single<AlterTypeStatement>("ALTER TYPE mood OWNER TO r").Action).Keywords);
    }

    [Fact]
    public void Domains()
    {
        var create = PgTestParsing.Single<CreateDomainStatement>("CREATE DOMAIN email AS citext CHECK (VALUE ~ '@')");
        Assert.Equal("email", create.Name.ToString());
        Assert.Equal("citext", create.DataType!.Name);

        var add = PgTestParsing.Single<AlterDomainStatement>("ALTER DOMAIN email ADD CONSTRAINT has_at CHECK (VALUE ~ '@') NOT VALID");
        Assert.Equal("ADD CONSTRAINT", add.Action);
        Assert.Equal("has_at", add.Constraint!.Name!.Normalized);
        Assert.True(add.Constraint.IsNotValid);

        Assert.Equal("SET NOT NULL", PgTestParsing.Single<AlterDomainStatement>("ALTER DOMAIN email SET NOT NULL").Action);
        Assert.Equal("VALIDATE CONSTRAINT", PgTestParsing.Single<AlterDomainStatement>("ALTER DOMAIN email VALIDATE CONSTRAINT has_at").Action);
        Assert.Null(PgTestParsing.Single<AlterDomainStatement>("ALTER DOMAIN email DROP DEFAULT").Constraint);
    }
}
