using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>What a <see cref="SetRule"/> sees: the migration set, what discovery noticed, and every parsed script.</summary>
public sealed class SetContext
{
    private readonly IReadOnlyDictionary<MigrationScript, SqlScript> _syntax;
    private readonly List<Diagnostic> _diagnostics;

    internal SetContext(
        MigrationSet set,
        IReadOnlyList<Migration> lintedMigrations,
        IReadOnlyDictionary<MigrationScript, SqlScript> syntax,
        LintSettings settings,
        List<Diagnostic> diagnostics)
    {
        Set = set;
        Migrations = lintedMigrations;
        _syntax = syntax;
        Settings = settings;
        _diagnostics = diagnostics;
    }

    public MigrationSet Set { get; }

    /// <summary>The migrations being linted (those after <c>startAfter</c>, when configured).</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    public LintSettings Settings { get; }

    /// <summary>The parsed script, or null when it was not parsed (another dialect, not linted).</summary>
    public SqlScript? SyntaxOf(MigrationScript script) => _syntax.GetValueOrDefault(script);

    public void Report(RuleDescriptor rule, SourceLocation location, string message, string? help = null) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, location, help));
}
