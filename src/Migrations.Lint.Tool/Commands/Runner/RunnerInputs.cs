using Migrations.Lint.Config;
using Migrations.Lint.Migrations;
using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>What a runner command works on, loaded once however many databases it runs against.</summary>
/// <param name="Paths">The paths as the lint pipeline takes them: empty means the config's "migrations".</param>
/// <param name="Manifest">The <c>--manifest</c> the migrations came from, already checked against its hashes; null when they came from <paramref name="Paths"/>.</param>
internal sealed record RunnerInputs(
    EffectiveConfiguration Config,
    IReadOnlyList<string> Paths,
    IReadOnlyList<Migration> Migrations,
    string? Manifest,
    RunnerOptions Options);
