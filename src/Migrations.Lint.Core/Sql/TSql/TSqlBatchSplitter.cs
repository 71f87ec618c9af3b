using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Splits a script into batches where SSMS and sqlcmd would: at <c>GO</c> lines, never inside a string,
/// a quoted or bracketed identifier or a block comment (see <see cref="BatchSeparatorLine"/> for what
/// counts as a <c>GO</c> line).
/// </summary>
/// <remarks>
/// Stretches that hold no token at all (two <c>GO</c> lines in a row, a leading or trailing <c>GO</c>)
/// yield no batch: the clients send nothing for them either. A <c>-- comment</c> after <c>GO</c> on the
/// same line belongs to the separator line, not to the next batch. sqlcmd command lines
/// (<see cref="TSqlTokenKind.SqlCmdCommand"/>) stay inside their batch for later stages to skip.
/// </remarks>
public static class TSqlBatchSplitter
{
    public static TSqlBatch[] Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new TSqlScanner(text);
        var batches = new List<TSqlBatch>();
        var batchStart = -1;
        var batchEnd = -1;
        var separatorEnd = -1;
        while (scanner.TryNext(out var token))
        {
            if (token.Kind == TSqlTokenKind.BatchSeparator)
            {
                if (batchStart >= 0)
                {
                    var repeatCount = BatchSeparatorLine.RepeatCount(text.AsSpan(token.Start, token.Length));
                    batches.Add(new TSqlBatch(TextSpan.FromBounds(batchStart, batchEnd), repeatCount, token.Span));
                    batchStart = -1;
                }

                separatorEnd = token.End;
                continue;
            }

            var endsSeparatorLine = token.Kind == TSqlTokenKind.LineComment && IsOnSameLine(text, separatorEnd, token.Start);
            separatorEnd = -1;
            if (endsSeparatorLine)
            {
                continue;
            }

            if (batchStart < 0)
            {
                batchStart = token.Start;
            }

            batchEnd = token.End;
        }

        if (batchStart >= 0)
        {
            batches.Add(new TSqlBatch(TextSpan.FromBounds(batchStart, batchEnd), 1, null));
        }

        return [.. batches];
    }

    /// <summary>True when no line break lies between a separator's end and <paramref name="position"/>.</summary>
    private static bool IsOnSameLine(string text, int separatorEnd, int position) =>
        separatorEnd >= 0 && text.AsSpan(separatorEnd, position - separatorEnd).IndexOfAny('\n', '\r') < 0;
}
