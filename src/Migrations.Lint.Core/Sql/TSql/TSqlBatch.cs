using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>One batch: the text SSMS or sqlcmd sends to the server as a unit, between two <c>GO</c> lines.</summary>
/// <param name="Span">From the start of the batch's first token to the end of its last (comments count, whitespace does not).</param>
/// <param name="RepeatCount">How often the client runs the batch: the <c>n</c> of <c>GO n</c>, else 1. <c>GO 0</c> means never.</param>
/// <param name="SeparatorSpan">The <c>GO</c> or <c>GO n</c> that ends the batch; null for a last batch without one.</param>
public readonly record struct TSqlBatch(TextSpan Span, int RepeatCount, TextSpan? SeparatorSpan);
