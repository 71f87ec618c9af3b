using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// What a <see cref="ScriptRule"/> sees: one parsed script, its migration, the settings,
/// per-statement facts (transaction state, tables created earlier in the same script), and the
/// scripts that ran before it.
/// </summary>
public sealed class ScriptContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlyList<QualifiedName> _createdTables;
    private readonly int[] _createdBefore;

    internal ScriptContext(
        Migration migration,
        MigrationScript script,
        SqlScript syntax,
        LintSettings settings,
        IReadOnlyList<SqlScript> earlierScripts,
        List<Diagnostic> diagnostics)
    {
        Migration = migration;
        Script = script;
        Syntax = syntax;
        Settings = settings;
        EarlierScripts = earlierScripts;
        _diagnostics = diagnostics;
        (Statements, _createdTables, _createdBefore) = ScriptAnalysis.Analyze(syntax, script, settings);
    }

    public Migration Migration { get; }

    public MigrationScript Script { get; }

    public SqlScript Syntax { get; }

    public LintSettings Settings { get; }

    public MigrationDirection Direction => Script.Direction;

    /// <summary>The dialect the script was parsed in; rules that know both word their findings in it.</summary>
    public Dialect Dialect => Syntax.Dialect;

    public SourceText Source => Syntax.Source;

    public IReadOnlyList<AnalyzedStatement> Statements { get; }

    /// <summary>
    /// The parsed up scripts of the migrations that apply before this one, in order; a down script also
    /// sees its own migration's up. They tell what the schema already has (a column's type, a validated
    /// constraint) when this script runs.
    /// </summary>
    public IReadOnlyList<SqlScript> EarlierScripts { get; }

    /// <summary>
    /// True when <paramref name="table"/> was created by a statement before <paramref name="statement"/>
    /// in this script: nobody else can be using it yet, so locking it is harmless.
    /// </summary>
    public bool IsCreatedEarlier(QualifiedName table, AnalyzedStatement statement)
    {
        for (var i = 0; i < _createdBefore[statement.Index]; i++)
        {
            if (_createdTables[i].Matches(table, Dialect))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every statement that runs before <paramref name="statement"/>: the earlier scripts', then this script's.</summary>
    public IEnumerable<SqlStatement> StatementsBefore(AnalyzedStatement statement)
    {
        foreach (var script in EarlierScripts)
        {
            foreach (var earlier in script.Statements)
            {
                yield return earlier;
            }
        }

        for (var i = 0; i < statement.Index; i++)
        {
            yield return Statements[i].Statement;
        }
    }

    public void Report(RuleDescriptor rule, TextSpan span, string message, string? help = null) =>
        _diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, message, new SourceLocation(Source, span), help));
}
