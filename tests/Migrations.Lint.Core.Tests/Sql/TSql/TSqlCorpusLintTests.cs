using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Core.Tests.Testing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>
/// Lints every script of the T-SQL corpus as a SQL Server migration with every script rule: none may be a
/// syntax error, and a handful of scripts read by hand must yield exactly the rules listed for them.
/// </summary>
public sealed class TSqlCorpusLintTests
{
    private static readonly string CorpusFolder = RepositoryPaths.Combine("tests", "Migrations.Lint.Core.Tests", "Sql", "TSql", "Corpus");

    /// <summary>Scripts read by hand, each with the rules on by default that it trips (none for the safe ones).</summary>
    private static readonly Dictionary<string, string[]> ExpectedFindings = new(StringComparer.Ordinal)
    {
        // NOT NULL on a column of unknown nullability, then an offline unique index.
        ["dbup/Script0014_MakeEmailRequired.sql"] = ["changing-column-type", "require-concurrent-index"],
        ["dbup/Script0035_ChangePriceToDecimal.sql"] = ["changing-column-type", "constraint-missing-not-valid"],
        ["dbup/Script0030_DropPhone.sql"] = ["ban-drop-column"],
        ["dbup/Script0044_TruncateStaging.sql"] = ["ban-truncate"],
        // sp_rename of a table and a column, then a foreign key re-added WITH CHECK; the index rename is harmless.
        ["efcore/20240603101500_RenameBlogsToSites.sql"] = ["constraint-missing-not-valid", "renaming-column", "renaming-table"],
        // DEFAULT (NEXT VALUE FOR …) on a NOT NULL column is evaluated per row.
        ["efcore/20240801093000_OrderNumberSequence.sql"] = ["volatile-default"],
        // A PERSISTED computed column is written into every row; its index is built offline.
        ["flyway/V23__stock_item_notes.sql"] = ["require-concurrent-index", "volatile-default"],
        // Safe recipes: REBUILD WITH (ONLINE = ON), an online clustered index, WITH NOCHECK then WITH CHECK CHECK CONSTRAINT.
        ["dbup/Script0012_IndexMaintenance.sql"] = [],
        ["dbup/Script0042_HeapToClustered.sql"] = [],
        ["handwritten/2024_05_06_add_fk_untrusted_then_validate.sql"] = [],
    };

    public static TheoryData<string> Scripts => [.. Directory.GetFiles(CorpusFolder, "*.sql", SearchOption.AllDirectories)
        .Select(file => Path.GetRelativePath(CorpusFolder, file).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> ManifestScripts => [.. ExpectedFindings.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void No_corpus_script_is_a_syntax_error(string script) =>
        Assert.DoesNotContain(SyntaxError.Rule.Name, Lint(script));

    [Theory]
    [MemberData(nameof(ManifestScripts))]
    public void Hand_checked_scripts_yield_their_expected_rules(string script) =>
        Assert.Equal(ExpectedFindings[script].Order(StringComparer.Ordinal), Lint(script).Distinct().Order(StringComparer.Ordinal));

    /// <summary>The names of the rules, on by default, that report on <paramref name="script"/>, one per finding.</summary>
    private static List<string> Lint(string script)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, script));
        var migration = InMemoryMigration.Create(text, dialect: Dialect.SqlServer);
        var rules = RuleRegistry.All.OfType<ScriptRule>().ToArray();
        var diagnostics = new Linter(new LintSettings(DefaultDialect: Dialect.SqlServer), rules).Lint(InMemoryMigration.Set(migration));
        return [.. diagnostics.Where(diagnostic => diagnostic.Rule.DefaultSeverity != Severity.Off).Select(diagnostic => diagnostic.Rule.Name)];
    }
}
