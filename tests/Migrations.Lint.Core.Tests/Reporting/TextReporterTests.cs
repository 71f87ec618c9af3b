using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class TextReporterTests
{
    private static readonly TextReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Full_report_in_color() => Snapshot.Match(Render(Reporter, Full(), Context(color: true)));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));
}
