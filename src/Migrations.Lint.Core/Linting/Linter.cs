using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Suppressions;
using Migrations.Lint.Text;

namespace Migrations.Lint.Linting;

/// <summary>
/// Parses every script of a migration set, runs the rules over it and, when given a suppression
/// parser, applies the inline directives of each file. Findings keep the rules' default severities;
/// <see cref="LintPipeline"/> applies the configured ones.
/// </summary>
public sealed class Linter(LintSettings settings, IReadOnlyList<LintRule> rules, SuppressionParser? suppressions = null)
{
    public IReadOnlyList<Diagnostic> Lint(MigrationSet set) => Lint(set, out _);

    /// <param name="dialects">The dialect each linted file was read in, in the order the files apply.</param>
    public IReadOnlyList<Diagnostic> Lint(MigrationSet set, out IReadOnlyList<FileDialect> dialects)
    {
        var linted = set.Migrations.Where(settings.IsLinted).ToArray();
        var (parsed, appliedUps) = Parse(set.Migrations);
        var lintedScripts = parsed.Where(script => script.IsLinted).ToArray();
        dialects = [.. lintedScripts
            .DistinctBy(script => script.Script.Path, StringComparer.Ordinal)
            .Select(script => new FileDialect(script.Script.Path, script.Dialect))];
        var syntax = new Dictionary<MigrationScript, SqlScript>();
        foreach (var script in lintedScripts)
        {
            syntax[script.Script] = script.Syntax;
        }

        var scriptRules = rules.OfType<ScriptRule>().ToArray();

        // Script rules read only their script and the earlier ones, so scripts are checked in parallel; each
        // collects its own findings, joined in the order the scripts apply to keep the report deterministic.
        var found = new List<Diagnostic>[lintedScripts.Length];
        Parallel.For(0, lintedScripts.Length, i => found[i] = Check(lintedScripts[i], appliedUps, scriptRules));
        var diagnostics = new List<Diagnostic>();
        foreach (var scriptDiagnostics in found)
        {
            diagnostics.AddRange(scriptDiagnostics);
        }

        var setContext = new SetContext(set, linted, syntax, settings, diagnostics);
        foreach (var rule in rules.OfType<SetRule>())
        {
            rule.Check(setContext);
        }

        return suppressions is null ? diagnostics : ApplySuppressions(suppressions, diagnostics, syntax.Values);
    }

    private List<Diagnostic> Check(ParsedScript script, SqlScript[][] appliedUps, ScriptRule[] scriptRules)
    {
        // A script sees the ups applied before it in its dialect (others target another database):
        // earlier migrations', and for a down its own up.
        var diagnostics = new List<Diagnostic>();
        var earlier = new ArraySegment<SqlScript>(appliedUps[(int)script.Syntax.Dialect], 0, script.UpsBefore);
        var context = new ScriptContext(script.Migration, script.Script, script.Syntax, settings, earlier, diagnostics);
        foreach (var rule in scriptRules)
        {
            if (AppliesTo(rule, script.Script, script.Syntax.Dialect))
            {
                rule.Check(context);
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// Parses every script, each in its own dialect, in the order they apply. The up scripts of
    /// migrations before <c>startAfter</c> are parsed too, though not linted: later scripts learn the
    /// schema from them. Scripts parse independently, so they parse in parallel: parsing is most of a
    /// large run's work.
    /// </summary>
    private (List<ParsedScript> Scripts, SqlScript[][] AppliedUps) Parse(IEnumerable<Migration> migrations)
    {
        var pending = new List<PendingScript>();
        foreach (var migration in migrations)
        {
            var isLinted = settings.IsLinted(migration);
            foreach (var script in migration.Scripts)
            {
                if (isLinted || script.Direction == MigrationDirection.Up)
                {
                    pending.Add(new PendingScript(migration, script, settings.ChooseDialect(migration, script), isLinted));
                }
            }
        }

        var syntax = new SqlScript[pending.Count];
        Parallel.For(0, pending.Count, i => syntax[i] = SqlParser.Parse(pending[i].Script.Source, pending[i].Script.Section, pending[i].Choice.Dialect));

        var scripts = new List<ParsedScript>(pending.Count);
        // Indexed by dialect: a dictionary keyed by an enum costs start-up time to compile, as ReadyToRun code has none.
        var appliedUps = Array.ConvertAll(Enum.GetValues<Dialect>(), _ => new List<SqlScript>());
        for (var i = 0; i < pending.Count; i++)
        {
            var (migration, script, choice, isLinted) = pending[i];
            scripts.Add(new ParsedScript(migration, script, syntax[i], choice, appliedUps[(int)choice.Dialect].Count, isLinted));
            if (script.Direction == MigrationDirection.Up)
            {
                appliedUps[(int)choice.Dialect].Add(syntax[i]);
            }
        }

        return (scripts, Array.ConvertAll(appliedUps, ups => ups.ToArray()));
    }

    /// <summary>
    /// A rule reads only the dialects it knows: the same words mean other locks elsewhere. Dropping what the
    /// up script created is exactly a down script's job, so data-loss rules skip downs.
    /// </summary>
    private static bool AppliesTo(LintRule rule, MigrationScript script, Dialect dialect) =>
        rule.Descriptor.Dialects.Contains(dialect)
        && !(rule.Descriptor.Category == RuleCategory.DataLoss && script.Direction == MigrationDirection.Down);

    /// <summary>Directives live in a file's comments; a file holding both directions is read as one.</summary>
    private static List<Diagnostic> ApplySuppressions(SuppressionParser parser, List<Diagnostic> diagnostics, IEnumerable<SqlScript> scripts)
    {
        var byFile = diagnostics.ToLookup(diagnostic => diagnostic.Location.Source);
        var result = new List<Diagnostic>(diagnostics.Count);
        var seen = new HashSet<SourceText>();
        foreach (var file in scripts.GroupBy(script => script.Source))
        {
            seen.Add(file.Key);
            var (comments, statements) = SpansInFileOrder([.. file]);
            result.AddRange(parser.Parse(file.Key, comments, statements).Apply([.. byFile[file.Key]]));
        }

        result.AddRange(diagnostics.Where(diagnostic => !seen.Contains(diagnostic.Location.Source)));
        return result;
    }

    /// <summary>
    /// The comment and statement spans of one file's scripts, in file order. Most files hold one script, whose
    /// spans are in order already: only the halves of a sectioned file are merged, as sorting spans costs start-up
    /// time compiling generic code that ReadyToRun has none of.
    /// </summary>
    private static (IReadOnlyList<TextSpan> Comments, IReadOnlyList<TextSpan> Statements) SpansInFileOrder(SqlScript[] scripts)
    {
        if (scripts is [var only])
        {
            var statements = new TextSpan[only.Statements.Count];
            for (var i = 0; i < statements.Length; i++)
            {
                statements[i] = only.Statements[i].Span;
            }

            return (only.Comments, statements);
        }

        return (
            [.. scripts.SelectMany(script => script.Comments).OrderBy(span => span.Start)],
            [.. scripts.SelectMany(script => script.Statements).Select(statement => statement.Span).OrderBy(span => span.Start)]);
    }

    private sealed record PendingScript(Migration Migration, MigrationScript Script, DialectChoice Choice, bool IsLinted);

    /// <param name="UpsBefore">How many of the set's parsed up scripts in this one's dialect apply before it.</param>
    private sealed record ParsedScript(Migration Migration, MigrationScript Script, SqlScript Syntax, DialectChoice Dialect, int UpsBefore, bool IsLinted);
}
