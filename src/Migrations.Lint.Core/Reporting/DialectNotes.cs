using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The sentence saying which dialect a file was read in when its syntax decided something the user may not
/// expect (<see cref="DialectChoice.IsNoteworthy"/>); files whose dialect was given get none.
/// </summary>
public static class DialectNotes
{
    public static IEnumerable<(FileDialect File, string Text)> Of(LintReport report, ReportContext context) =>
        report.Dialects
            .Where(file => file.Choice.IsNoteworthy)
            .Select(file => (file, Describe(file, context)));

    private static string Describe(FileDialect file, ReportContext context)
    {
        var choice = file.Choice;
        var path = context.RelativePath(file.Path);
        var title = DialectLabels.Title(choice.Dialect);
        var reason = choice.Reason?.TrimEnd('.');
        return choice.Origin == DialectOrigin.Detected
            ? $"{path} linted as {title} ({reason})"
            : $"{path} linted as {title}, the default ({reason}); name it *.mssql.sql or *.postgres.sql, or set the dialect, to say which";
    }
}
