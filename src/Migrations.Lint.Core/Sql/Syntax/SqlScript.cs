using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// The statements of one script (or one section of it). Every span is an absolute offset into
/// <see cref="Source"/>, so line numbers stay the file's own even when only a section was parsed.
/// </summary>
/// <param name="Range">The part of <see cref="Source"/> that was parsed.</param>
/// <param name="Comments">Every comment's span, in order, for suppression directives.</param>
public sealed record SqlScript(
    SourceText Source,
    Dialect Dialect,
    TextSpan Range,
    IReadOnlyList<SqlStatement> Statements,
    IReadOnlyList<SyntaxError> Errors,
    IReadOnlyList<TextSpan> Comments);
