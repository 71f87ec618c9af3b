using Migrations.Lint.Runner.Connections;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>One database apply runs against: from a <c>--connection</c>, a config target, or DATABASE_URL.</summary>
/// <param name="Name">The config target's name; for a connection string, its redacted display.</param>
internal sealed record ApplyTarget(string Name, ConnectionSettings Connection);
