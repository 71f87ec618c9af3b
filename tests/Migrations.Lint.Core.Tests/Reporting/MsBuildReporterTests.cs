using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class MsBuildReporterTests
{
    private static readonly MsBuildReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));
}
