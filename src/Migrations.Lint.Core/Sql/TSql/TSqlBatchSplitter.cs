using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Splits a script into batches where SSMS and sqlcmd would: at <c>GO</c> lines, never inside a string,
/// a quoted or bracketed identifier or a block comment, even when one of those spans a line holding GO.
/// </summary>
/// <remarks>
/// <para>
/// A <c>GO</c> line is, case-insensitively: blanks, <c>GO</c>, then optionally blanks and a count that fits
/// an Int32 (<c>GO 5</c>; <c>GO 0</c> is valid and means the batch never runs), then optionally blanks and a
/// <c>-- comment</c>. Anything else on the line keeps it T-SQL: <c>GO;</c> (SSMS sends it to the server,
/// which rejects it), <c>GO 5x</c>, <c>GO -1</c>, <c>GO /* c */</c>, <c>x GO</c>, <c>/* c */ GO</c>,
/// <c>GOTO</c>, <c>go_live</c>. This follows sqltoolsservice's batch parser (SSMS, Azure Data Studio)
/// and go-sqlcmd; the later T-SQL parser reports the malformed cases.
/// </para>
/// <para>
/// Stretches that hold no token at all (two <c>GO</c> lines in a row, a leading or trailing <c>GO</c>)
/// yield no batch: the clients send nothing for them either. A <c>-- comment</c> after <c>GO</c> on the
/// same line belongs to the separator line, not to the next batch. sqlcmd command lines
/// (<see cref="TSqlTokenKind.SqlCmdCommand"/>) stay inside their batch for later stages to skip.
/// </para>
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
