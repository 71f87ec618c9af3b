namespace Migrations.Lint.Tool.Tests.Runner;

/// <summary>Migration sets the runner tests apply.</summary>
internal static class FlywayFiles
{
    /// <summary>V1 creates users, V2 creates orders, each with its undo; lint-clean.</summary>
    public static TempDirectory SafeSet()
    {
        var files = new TempDirectory();
        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        files.Write("U1__create_users.sql", "DROP TABLE users;\n");
        files.Write("V2__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n");
        files.Write("U2__create_orders.sql", "DROP TABLE orders;\n");
        return files;
    }
}
