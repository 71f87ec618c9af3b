using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class UniqueConstraintWithoutIndexTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|ADD CONSTRAINT users_email_key UNIQUE (email)|];")]
    [InlineData("ALTER TABLE users [|ADD UNIQUE NULLS NOT DISTINCT (email) INCLUDE (id)|];")]
    [InlineData("ALTER TABLE users [|ADD PRIMARY KEY (id)|];")]
    [InlineData("alter table only app.\"Users\" [|add constraint \"Users_pkey\" primary key (id) deferrable|]")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT a UNIQUE USING INDEX a_idx, [|ADD CONSTRAINT b UNIQUE (b)|];")]
    [InlineData("ALTER TABLE users ADD COLUMN code text [|UNIQUE|];")]
    [InlineData("ALTER TABLE users ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY [|CONSTRAINT users_pkey PRIMARY KEY|];")]
    public void Reports_constraints_that_build_their_index(string sql) => RuleAssert.Reports<UniqueConstraintWithoutIndex>(sql);

    [Theory]
    [InlineData("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;")]
    [InlineData("CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email <> '');")]
    [InlineData("ALTER TABLE users ADD COLUMN code text;")]
    [InlineData("CREATE TABLE users (id int, email text);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email), ADD PRIMARY KEY (id);")]
    [InlineData("CREATE TABLE \"users\" (id int);\nALTER TABLE public.Users ADD COLUMN code text UNIQUE;")]
    public void Silent_with_using_index_or_new_table(string sql) => RuleAssert.Silent<UniqueConstraintWithoutIndex>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<UniqueConstraintWithoutIndex>("ALTER TABLE users [|ADD UNIQUE (email)|];", direction: MigrationDirection.Down);

    [Fact]
    public void Messages_name_the_constraint_kind_and_table()
    {
        Assert.Equal(
            ["Adding UNIQUE constraint 'users_email_key' to 'users' builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes."],
            RuleAssert.Messages<UniqueConstraintWithoutIndex>("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"));
        Assert.Equal(
            ["CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … PRIMARY KEY USING INDEX."],
            RuleAssert.Helps<UniqueConstraintWithoutIndex>("ALTER TABLE users ADD PRIMARY KEY (id);"));
    }
}
