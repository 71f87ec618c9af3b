using System.Text.Json;
using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// The <c>runner</c> object, kept as JSON for the migration runner to read: the linter only checks that
/// it is an object. <see cref="Position"/> lets the runner point its own errors into the config file.
/// </summary>
public sealed record RunnerSection(JsonElement Settings, string ConfigPath, LinePosition Position);
