using Migrations.Lint.Runner.Connections;

namespace Migrations.Lint.Runner.Tests;

public sealed class RunnerOptionsTests
{
    private static readonly ConnectionSettings Connection = ConnectionSettings.Parse("Host=localhost;Database=app");

    [Fact]
    public void Negative_values_are_refused_when_the_runner_is_made()
    {
        var error = Assert.Throws<RunnerException>(() => new MigrationRunner(Connection, RunnerOptions.Default with { LockRetries = -1 }));

        Assert.Equal((RunnerErrorKind.Configuration, "lock retries cannot be negative (-1)"), (error.Kind, error.Message));
    }

    [Fact]
    public void An_infinite_lock_wait_is_allowed() =>
        Assert.NotNull(new MigrationRunner(Connection, RunnerOptions.Default with { LockWait = Timeout.InfiniteTimeSpan }));
}
