using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Parses the batches of one token stream: splits each into statements (and the control flow around them),
/// then builds the nodes. Parentheses never pair across batches, as the server sees one batch at a time.
/// </summary>
internal sealed class TSqlBatchParser
{
    private readonly TSqlTokenCursor _cursor;
    private readonly bool[] _ignored;
    private readonly TSqlStatementSplitter _splitter;
    private readonly TSqlStatementParser _parser;

    public TSqlBatchParser(string text, TSqlToken[] tokens, int count, List<SyntaxError> errors)
    {
        _cursor = new TSqlTokenCursor(text, tokens, count, errors);

        // Splitting probes tokens with a cursor of its own, so parsing never disturbs it.
        var structure = new TSqlTokenCursor(text, tokens, count, errors);
        _ignored = new bool[count];
        _splitter = new TSqlStatementSplitter(structure, new TSqlStatementBoundaries(structure, _ignored));
        _parser = new TSqlStatementParser(_cursor);
    }

    /// <summary>Parses the batch of tokens [<paramref name="start"/>, <paramref name="end"/>) and adds its top-level statements.</summary>
    public void Parse(int start, int end, List<SqlStatement> topLevel)
    {
        IgnoreUnbalancedParentheses(start, end);
        var top = new List<TSqlStatementShape>();
        var shapes = _splitter.Split(start, end, top);

        // Plain statements first and in order (a ROLLBACK needs the savepoints saved before it), then the
        // blocks from the innermost out, so that each block's statements exist when it is built.
        foreach (var shape in shapes)
        {
            if (shape.Kind == TSqlShapeKind.Simple)
            {
                shape.Node = _parser.Parse(shape.Start, shape.End);
            }
        }

        for (var i = shapes.Count - 1; i >= 0; i--)
        {
            if (shapes[i].Kind != TSqlShapeKind.Simple)
            {
                shapes[i].Node = Block(shapes[i]);
            }
        }

        foreach (var shape in top)
        {
            topLevel.Add(shape.Node!);
        }
    }

    private BlockStatement Block(TSqlStatementShape shape)
    {
        _cursor.Reset(shape.Start, shape.End);
        var (keywords, keywordsSpan) = TSqlStatementKeywords.Read(_cursor);
        var hasCondition = shape.Kind is TSqlShapeKind.If or TSqlShapeKind.While && shape.ConditionEnd > shape.ConditionStart;
        return new BlockStatement
        {
            Span = _cursor.SpanOf(shape.Start, shape.End),
            Keywords = keywords,
            KeywordsSpan = keywordsSpan,
            BlockKind = shape.Kind switch
            {
                TSqlShapeKind.If => BlockKind.If,
                TSqlShapeKind.While => BlockKind.While,
                TSqlShapeKind.TryCatch => BlockKind.TryCatch,
                _ => BlockKind.Block,
            },
            ConditionSpan = hasCondition ? _cursor.SpanOf(shape.ConditionStart, shape.ConditionEnd) : null,
            Body = shape.HasBody ? Nodes(shape.Body) : [],
            Alternative = shape.HasAlternative ? Nodes(shape.Alternative) : [],
        };
    }

    private static SqlStatement[] Nodes(List<TSqlStatementShape> shapes)
    {
        var nodes = new SqlStatement[shapes.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = shapes[i].Node!;
        }

        return nodes;
    }

    /// <summary>
    /// Pairs the batch's parentheses with a stack (linear, no recursion) and reports and ignores those left
    /// unpaired, so one missing <c>)</c> does not swallow the rest of the batch.
    /// </summary>
    private void IgnoreUnbalancedParentheses(int start, int end)
    {
        var open = new List<int>();
        for (var i = start; i < end; i++)
        {
            var kind = _cursor.TokenAt(i).Kind;
            if (kind == TSqlTokenKind.OpenParen)
            {
                open.Add(i);
            }
            else if (kind == TSqlTokenKind.CloseParen)
            {
                if (open.Count > 0)
                {
                    open.RemoveAt(open.Count - 1);
                }
                else
                {
                    _ignored[i] = true;
                    _cursor.Report(_cursor.TokenAt(i).Span, "Unmatched closing parenthesis.");
                }
            }
        }

        foreach (var index in open)
        {
            _ignored[index] = true;
            _cursor.Report(_cursor.TokenAt(index).Span, "Unclosed parenthesis.");
        }
    }
}
