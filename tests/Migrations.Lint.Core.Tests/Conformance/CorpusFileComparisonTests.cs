using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>The harness must catch each kind of disagreement, or the conformance test could pass vacuously.</summary>
public sealed class CorpusFileComparisonTests
{
    private const string Text = "CREATE INDEX i ON t (a);\nGRANT SELECT ON t TO r;\n";

    private static readonly SourceText Source = new(Text, "test.sql");

    private static readonly OracleFile Oracle = new("test.sql", Ok: true, Error: null,
    [
        new OracleStatement(0, 23, "IndexStmt", null),
        new OracleStatement(25, 47, "GrantStmt", "OBJECT_TABLE"),
    ]);

    private static FrontEndOutline Ours(params FrontEndOutline.Statement[] statements) => new(statements, []);

    private static FrontEndOutline.Statement Statement(StatementKind kind, int start, int end) => new(kind, TextSpan.FromBounds(start, end));

    [Fact]
    public void Same_statements_spans_and_kinds_agree()
    {
        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle,
            Ours(Statement(StatementKind.CreateIndex, 0, 23), Statement(StatementKind.Other, 25, 47)));

        Assert.True(result.Agrees, string.Join('\n', result.Mismatches));
        Assert.Equal(2, result.AgreedStatements);
    }

    [Fact]
    public void A_boundary_off_by_one_is_reported_with_position_and_both_texts()
    {
        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle,
            Ours(Statement(StatementKind.CreateIndex, 0, 24), Statement(StatementKind.Other, 25, 47)));

        var mismatch = Assert.Single(result.Mismatches);
        Assert.Contains("statement 1 at 1:1", mismatch, StringComparison.Ordinal);
        Assert.Contains("[0..23) IndexStmt", mismatch, StringComparison.Ordinal);
        Assert.Contains("[0..24) CreateIndex  \"CREATE INDEX i ON t (a);\"", mismatch, StringComparison.Ordinal);
        Assert.Equal(1, result.AgreedStatements);
    }

    [Fact]
    public void A_modeled_statement_reported_as_Other_is_a_mismatch()
    {
        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle,
            Ours(Statement(StatementKind.Other, 0, 23), Statement(StatementKind.Other, 25, 47)));

        Assert.Contains("expects CreateIndex", Assert.Single(result.Mismatches), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unmodeled_statement_reported_as_a_modeled_kind_is_a_mismatch()
    {
        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle,
            Ours(Statement(StatementKind.CreateIndex, 0, 23), Statement(StatementKind.AlterTable, 25, 47)));

        Assert.Contains("statement 2 at 2:1", Assert.Single(result.Mismatches), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_split_reports_the_count_and_costs_only_the_statements_involved()
    {
        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle, Ours(Statement(StatementKind.CreateIndex, 0, 47)));

        Assert.Contains("PostgreSQL finds 2 statements, we find 1", result.Mismatches);
        Assert.Contains(result.Mismatches, mismatch => mismatch.Contains("ours:       (none)", StringComparison.Ordinal));
        Assert.Equal(0, result.AgreedStatements);
    }

    [Fact]
    public void A_syntax_error_on_a_file_PostgreSQL_accepts_is_a_mismatch()
    {
        var ours = new FrontEndOutline(
            [Statement(StatementKind.CreateIndex, 0, 23), Statement(StatementKind.Other, 25, 47)],
            [new FrontEndOutline.Error(new TextSpan(25, 5), "unexpected GRANT")]);

        var result = CorpusFileComparison.Accepted("test.sql", Source, Oracle, ours);

        Assert.Equal("2:1: we report \"unexpected GRANT\" but PostgreSQL accepts the file", Assert.Single(result.Mismatches));
    }

    [Fact]
    public void An_invalid_file_must_be_rejected_by_both()
    {
        var rejectedByPostgres = Oracle with { Ok = false, Error = new OracleError("syntax error at or near \"GRANT\"", 25), Statements = [] };
        var withError = new FrontEndOutline([], [new FrontEndOutline.Error(new TextSpan(25, 5), "unexpected GRANT")]);

        Assert.True(CorpusFileComparison.Rejected("test.sql", Source, rejectedByPostgres, withError).Agrees);
        Assert.Equal(
            "we report no syntax error; PostgreSQL says 2:1: syntax error at or near \"GRANT\"",
            Assert.Single(CorpusFileComparison.Rejected("test.sql", Source, rejectedByPostgres, Ours()).Mismatches));
        Assert.StartsWith(
            "PostgreSQL accepts this file",
            Assert.Single(CorpusFileComparison.Rejected("test.sql", Source, Oracle, withError).Mismatches),
            StringComparison.Ordinal);
    }
}
