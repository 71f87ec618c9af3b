using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// What a <see cref="ScriptRule"/> sees: one parsed script, its migration, the settings, and
/// per-statement facts (transaction state, tables created earlier in the same script).
/// </summary>
public sealed class ScriptContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlyList<QualifiedName> _createdTables;
    private readonly int[] _createdBefore;

    internal ScriptContext(Migration migration, MigrationScript script, SqlScript syntax, LintSettings settings, List<Diagnostic> diagnostics)
    {
        Migration = migration;
        Script = script;
        Syntax = syntax;
        Settings = settings;
        _diagnostics = diagnostics;
        (Statements, _createdTables, _createdBefore) = ScriptAnalysis.Analyze(syntax, script, settings);
    }

    public Migration Migration { get; }

    public MigrationScript Script { get; }

    public SqlScript Syntax { get; }

    public LintSettings Settings { get; }

    public MigrationDirection Direction => Script.Direction;

    public SourceText Source => Syntax.Source;

    public IReadOnlyList<AnalyzedStatement> Statements { get; }

    /// <summary>
    /// True when <paramref name="table"/> was created by a statement before <paramref name="statement"/>
    /// in this script: nobody else can be using it yet, so locking it is harmless.
    /// </summary>
    public bool IsCreatedEarlier(QualifiedName table, AnalyzedStatement statement)
    {
        for (var i = 0; i < _createdBefore[statement.Index]; i++)
        {
            if (_createdTables[i].Matches(table))
            {
                return true;
            }
        }

        return false;
    }

    public void Report(RuleDescriptor rule, TextSpan span, string message, string? help = null) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new SourceLocation(Source, span), help));
}
