using System.Globalization;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>Compares our reading of one corpus file with PostgreSQL's, statement by statement.</summary>
public static class CorpusFileComparison
{
    /// <summary>Past this many differences a file's report stops: the first ones explain the rest.</summary>
    private const int MaxReportedPerFile = 5;

    private const int ExcerptLength = 60;

    /// <summary>A file PostgreSQL accepts: we must report no error and the same statements, spans and kinds.</summary>
    public static FileComparison Accepted(string file, SourceText source, OracleFile oracle, FrontEndOutline ours)
    {
        var mismatches = new List<string>();
        foreach (var error in ours.Errors.Take(MaxReportedPerFile))
        {
            mismatches.Add($"{Position(source, error.Span.Start)}: we report \"{error.Message}\" but PostgreSQL accepts the file");
        }

        var theirs = oracle.Statements;
        if (theirs.Count != ours.Statements.Count)
        {
            mismatches.Add($"PostgreSQL finds {theirs.Count} statements, we find {ours.Statements.Count}");
        }

        var differing = 0;
        for (var i = 0; i < Math.Max(theirs.Count, ours.Statements.Count); i++)
        {
            var their = i < theirs.Count ? theirs[i] : null;
            var our = i < ours.Statements.Count ? ours.Statements[i] : null;
            if (their is not null && our is not null && Agree(their, our))
            {
                continue;
            }

            if (++differing <= MaxReportedPerFile)
            {
                mismatches.Add(Describe(source, i, their, our));
            }
        }

        if (differing > MaxReportedPerFile)
        {
            mismatches.Add($"… and {differing - MaxReportedPerFile} more differing statements");
        }

        return new FileComparison(file, theirs.Count, CountAgreed(theirs, ours.Statements), mismatches);
    }

    /// <summary>A file that must not parse: PostgreSQL and we must both reject it.</summary>
    public static FileComparison Rejected(string file, SourceText source, OracleFile oracle, FrontEndOutline ours)
    {
        var mismatches = new List<string>();
        if (oracle.Ok)
        {
            mismatches.Add("PostgreSQL accepts this file, so it does not belong under invalid/");
        }

        if (ours.Errors.Count == 0)
        {
            var why = oracle.Error is { } error ? $"{Position(source, error.Position)}: {OneLine(error.Message)}" : "no reason given";
            mismatches.Add($"we report no syntax error; PostgreSQL says {why}");
        }

        return new FileComparison(file, 0, 0, mismatches);
    }

    private static bool Agree(OracleStatement theirs, FrontEndOutline.Statement ours) =>
        theirs.Start == ours.Span.Start && theirs.End == ours.Span.End && StatementKindMapping.Accepts(ours.Kind, theirs);

    /// <summary>Matched by span rather than position in the list, so one missed split costs one statement, not the rest of the file.</summary>
    private static int CountAgreed(IReadOnlyList<OracleStatement> theirs, IReadOnlyList<FrontEndOutline.Statement> ours)
    {
        var bySpan = new Dictionary<TextSpan, FrontEndOutline.Statement>();
        foreach (var statement in ours)
        {
            bySpan.TryAdd(statement.Span, statement);
        }

        return theirs.Count(their => bySpan.TryGetValue(TextSpan.FromBounds(their.Start, their.End), out var our) && Agree(their, our));
    }

    private static string Describe(SourceText source, int index, OracleStatement? theirs, FrontEndOutline.Statement? ours)
    {
        var start = Math.Min(theirs?.Start ?? int.MaxValue, ours?.Span.Start ?? int.MaxValue);
        var theirLine = theirs is null
            ? "(none)"
            : $"{Range(theirs.Start, theirs.End)} {theirs} → expects {string.Join(" or ", StatementKindMapping.KindsFor(theirs))}  {Excerpt(source, theirs.Start, theirs.End)}";
        var ourLine = ours is null
            ? "(none)"
            : $"{Range(ours.Span.Start, ours.Span.End)} {ours.Kind}  {Excerpt(source, ours.Span.Start, ours.Span.End)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"statement {index + 1} at {Position(source, start)}\n      PostgreSQL: {theirLine}\n      ours:       {ourLine}");
    }

    private static string Range(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"[{start}..{end})");

    private static string Position(SourceText source, int offset) => source.GetPosition(Math.Min(offset, source.Length)).ToString();

    /// <summary>The statement's text on one line, shortened in the middle so both ends stay visible.</summary>
    private static string Excerpt(SourceText source, int start, int end)
    {
        start = Math.Clamp(start, 0, source.Length);
        end = Math.Clamp(end, start, source.Length);
        var text = OneLine(source.Text[start..end]);
        if (text.Length > ExcerptLength)
        {
            var half = (ExcerptLength / 2) - 1;
            text = string.Concat(text.AsSpan(0, half), " … ", text.AsSpan(text.Length - half));
        }

        return $"\"{text}\"";
    }

    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
