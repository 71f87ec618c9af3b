using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests.Inspection;

[Collection(PostgresCollection.Name)]
public sealed class SchemaSnapshotTests(PostgresCluster cluster)
{
    private const string Schema =
        """
        CREATE SCHEMA billing;
        CREATE TYPE user_status AS ENUM ('active', 'locked');
        CREATE TABLE users (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL,
            status user_status NOT NULL DEFAULT 'active',
            CONSTRAINT users_email_check CHECK (email <> '')
        );
        CREATE INDEX users_status_idx ON users (status) WHERE status <> 'active';
        CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';
        CREATE SEQUENCE invoice_numbers START 1000;
        CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;
        """;

    [Fact]
    public async Task Lists_each_kind_of_object_with_its_normalised_definition_in_ordinal_order()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync(Schema);

        var snapshot = await Inspector(database).SnapshotAsync();

        var objects = snapshot.Objects.ToDictionary(item => (item.Kind, item.Name), item => item.Definition);
        Assert.Equal("text not null", objects[("column", "public.users.email")]);
        Assert.Equal("user_status not null default 'active'::user_status", objects[("column", "public.users.status")]);
        Assert.Equal("bigint not null generated always as identity", objects[("column", "public.users.id")]);
        Assert.Equal("CHECK ((email <> ''::text))", objects[("constraint", "public.users.users_email_check")]);
        Assert.Equal("PRIMARY KEY (id)", objects[("constraint", "public.users.users_pkey")]);
        Assert.Equal(
            "CREATE INDEX users_status_idx ON public.users USING btree (status) WHERE (status <> 'active'::user_status)",
            objects[("index", "public.users_status_idx")]);
        Assert.Equal("enum ('active', 'locked')", objects[("type", "public.user_status")]);
        Assert.Contains("SELECT count(*) FROM users", objects[("function", "public.user_count()")], StringComparison.Ordinal);
        Assert.Contains("WHERE users.status = 'active'::user_status", objects[("view", "public.active_users")], StringComparison.Ordinal);
        Assert.Equal("bigint start 1000 increment 1 minvalue 1 maxvalue 9223372036854775807 cache 1", objects[("sequence", "public.invoice_numbers")]);
        Assert.Equal("", objects[("schema", "billing")]);
        Assert.DoesNotContain(("schema", "public"), objects.Keys); // the history table's schema
        Assert.Equal(
            snapshot.Objects.OrderBy(item => item.Kind, StringComparer.Ordinal).ThenBy(item => item.Name, StringComparer.Ordinal),
            snapshot.Objects);
        Assert.Matches("^[0-9a-f]{64}$", snapshot.Checksum);
    }

    [Fact]
    public async Task The_same_schema_built_in_another_order_with_other_oids_has_the_same_checksum()
    {
        var first = await TestDatabase.CreateAsync(cluster);
        var second = await TestDatabase.CreateAsync(cluster);
        await first.ExecuteAsync(Schema);
        await second.ExecuteAsync("CREATE TABLE scratch (id int); CREATE TYPE scratch_kind AS ENUM ('x'); DROP TABLE scratch; DROP TYPE scratch_kind;");
        await second.ExecuteAsync(Schema);

        var expected = await Inspector(first).SnapshotAsync();
        var actual = await Inspector(second).SnapshotAsync();

        Assert.Empty(expected.Compare(actual));
        Assert.Equal(expected.Checksum, actual.Checksum);
    }

    [Fact]
    public async Task The_checksum_is_stable_across_runs_and_changes_when_a_column_is_added()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync(Schema);
        var inspector = Inspector(database);

        var first = await inspector.SnapshotAsync();
        var again = await inspector.SnapshotAsync();
        await database.ExecuteAsync("ALTER TABLE users ADD COLUMN display_name text");
        var changed = await inspector.SnapshotAsync();

        Assert.Equal(first.Checksum, again.Checksum);
        Assert.NotEqual(first.Checksum, changed.Checksum);
        var added = Assert.Single(first.Compare(changed));
        Assert.Equal(("column", "public.users.display_name", SchemaChange.Added, "text"), (added.Kind, added.Name, added.Change, added.Actual));
    }

    [Fact]
    public async Task The_history_table_and_its_key_index_and_sequence_are_left_out()
    {
        var migrated = await TestDatabase.CreateAsync(cluster);
        var handMade = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__schema.sql", Schema);
        Assert.True((await migrated.Runner().ApplyAsync(files.Discover(), new ApplyRequest())).Succeeded);
        await handMade.ExecuteAsync(Schema);

        var withHistory = await Inspector(migrated).SnapshotAsync();

        Assert.DoesNotContain(withHistory.Objects, item => item.Name.Contains("migrate_lint_history", StringComparison.Ordinal));
        Assert.Equal((await Inspector(handMade).SnapshotAsync()).Checksum, withHistory.Checksum);
    }

    [Fact]
    public async Task Compare_names_objects_added_missing_and_changed()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync(Schema);
        var inspector = Inspector(database);
        var before = await inspector.SnapshotAsync();

        await database.ExecuteAsync(
            "DROP INDEX users_status_idx; CREATE INDEX users_email_idx ON users (email); ALTER TABLE users ALTER COLUMN email DROP NOT NULL;");
        var differences = before.Compare(await inspector.SnapshotAsync());

        Assert.Equal(
            ["column public.users.email Changed", "index public.users_email_idx Added", "index public.users_status_idx Missing"],
            differences.Select(difference => $"{difference.Kind} {difference.Name} {difference.Change}"));
    }

    private static DatabaseInspector Inspector(TestDatabase database) => new(database.Settings);
}
