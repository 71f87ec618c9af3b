namespace Migrations.Lint.MSBuild;

/// <summary>
/// C#'s <c>TreatWarningsAsErrors</c> for findings. MSBuild itself only promotes warnings for
/// <c>MSBuildTreatWarningsAsErrors</c>, yet users expect the C# property to fail the build on a rule warning
/// as it does on a compiler warning, so the task promotes them, minus <c>WarningsNotAsErrors</c> and
/// <c>NoWarn</c> (a silenced warning must not turn into an error).
/// </summary>
internal sealed class TreatWarningsAsErrorsPolicy
{
    private readonly bool _enabled;
    private readonly HashSet<string> _exempt;

    public TreatWarningsAsErrorsPolicy(bool enabled, string? warningsNotAsErrors, string? noWarn)
    {
        _enabled = enabled;
        _exempt = [.. Codes(warningsNotAsErrors), .. Codes(noWarn)];
    }

    public bool Promotes(string code) => _enabled && !_exempt.Contains(code);

    /// <summary>MSBuild and csc accept both separators in these lists.</summary>
    private static IEnumerable<string> Codes(string? list) =>
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code.ToUpperInvariant());
}
