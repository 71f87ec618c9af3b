namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Splits one batch into statements and the control flow around them: <c>BEGIN … END</c>,
/// <c>BEGIN TRY … END TRY BEGIN CATCH … END CATCH</c>, <c>IF cond stmt [ELSE stmt]</c> and
/// <c>WHILE cond stmt</c>. Where each plain statement ends is <see cref="TSqlStatementBoundaries"/>' call.
/// Nesting is tracked on an explicit stack, so arbitrarily deep blocks never overflow the call stack.
/// </summary>
/// <remarks>
/// A <c>BEGIN … END</c> that is the whole body of an IF, ELSE or WHILE is folded into that statement; any
/// other one is a block of its own. CREATE PROCEDURE, FUNCTION, TRIGGER and VIEW (and their ALTER forms) take
/// the rest of the batch, as SQL Server reads them, and must be the batch's first statement.
/// </remarks>
internal sealed class TSqlStatementSplitter
{
    private static readonly string[] RoutineTypes = ["PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "VIEW"];

    private static readonly string[] TransactionLikeBegins = ["TRAN", "TRANSACTION", "DISTRIBUTED", "DIALOG", "CONVERSATION"];

    private readonly TSqlTokenCursor _tokens;
    private readonly TSqlStatementBoundaries _boundaries;
    private readonly List<Frame> _frames = [];
    private List<TSqlStatementShape> _shapes = [];
    private int _position;
    private int _end;

    /// <summary>Where the last plain statement ended when no <c>;</c> ended it, else -1.</summary>
    private int _unterminatedEnd = -1;

    public TSqlStatementSplitter(TSqlTokenCursor tokens, TSqlStatementBoundaries boundaries)
    {
        _tokens = tokens;
        _boundaries = boundaries;
    }

    private enum FrameKind
    {
        Batch,
        Block,
        Try,
        Catch,

        /// <summary>The one statement after an IF condition.</summary>
        Then,

        /// <summary>The one statement after ELSE.</summary>
        Else,

        /// <summary>The one statement after a WHILE condition.</summary>
        Loop,
    }

    /// <summary>
    /// Splits the batch of tokens [<paramref name="start"/>, <paramref name="end"/>) and returns every
    /// statement found, outer ones before the ones inside them; the top-level ones go to <paramref name="topLevel"/>.
    /// </summary>
    public List<TSqlStatementShape> Split(int start, int end, List<TSqlStatementShape> topLevel)
    {
        _shapes = [];
        _position = start;
        _end = end;
        _boundaries.StartBatch(end);
        _unterminatedEnd = -1;
        _frames.Clear();
        _frames.Add(new Frame(FrameKind.Batch, null, topLevel, start));
        while (true)
        {
            while (_position < _end && _tokens.TokenAt(_position).Kind == TSqlTokenKind.Semicolon)
            {
                _position++;
            }

            if (_position >= _end)
            {
                CloseAll();
                return _shapes;
            }

            var frame = _frames[^1];
            var isEnd = Is(_position, "END") && !Is(_position + 1, "CONVERSATION");
            if (frame.ExpectsOneStatement && (isEnd || Is(_position, "ELSE")))
            {
                ReportMissingStatement(frame);
                if (frame.Kind == FrameKind.Then && Is(_position, "ELSE"))
                {
                    frame.EnterElse(_position);
                    _position++;
                }
                else
                {
                    _frames.RemoveAt(_frames.Count - 1);
                    Complete(frame.Owner!.End);
                }
            }
            else if (isEnd)
            {
                CloseWithEnd(frame);
            }
            else if (Is(_position, "ELSE"))
            {
                _tokens.Report(_tokens.TokenAt(_position).Span, "ELSE has no matching IF.");
                _position++;
            }
            else
            {
                StartStatement(frame);
            }
        }
    }

    private void StartStatement(Frame frame)
    {
        var start = _position;
        if (Is(start, "BEGIN") && !IsAny(start + 1, TransactionLikeBegins))
        {
            OpenBlock(frame, start);
        }
        else if (Is(start, "IF") || Is(start, "WHILE"))
        {
            OpenCondition(frame, start);
        }
        else
        {
            ReadPlainStatement(frame, start);
        }
    }

    /// <summary>IF or WHILE and its condition; the statement it governs comes next.</summary>
    private void OpenCondition(Frame frame, int start)
    {
        var isIf = Is(start, "IF");
        var shape = Add(frame, new TSqlStatementShape(isIf ? TSqlShapeKind.If : TSqlShapeKind.While, start));
        var conditionEnd = _boundaries.FindConditionEnd(start + 1);
        shape.ConditionStart = start + 1;
        shape.ConditionEnd = conditionEnd;
        shape.End = conditionEnd;
        if (conditionEnd == start + 1)
        {
            _tokens.Report(_tokens.TokenAt(start).Span, $"Expected a condition after {(isIf ? "IF" : "WHILE")}.");
        }

        _frames.Add(new Frame(isIf ? FrameKind.Then : FrameKind.Loop, shape, shape.Body, start));
        _position = conditionEnd;
    }

    private void ReadPlainStatement(Frame frame, int start)
    {
        var statement = Add(frame, new TSqlStatementShape(TSqlShapeKind.Simple, start));
        ReportMisplacedStart(start);
        var end = FindPlainStatementEnd(start, out var isMerge);
        statement.End = end;
        var isTerminated = end < _end && _tokens.TokenAt(end).Kind == TSqlTokenKind.Semicolon;
        if (isMerge && !isTerminated && end > start)
        {
            _tokens.Report(_tokens.TokenAt(end - 1).Span, "A MERGE statement must end with a semicolon.");
        }

        _position = isTerminated ? end + 1 : end;
        _unterminatedEnd = isTerminated ? -1 : end;
        Complete(end);
    }

    private int FindPlainStatementEnd(int start, out bool isMerge)
    {
        isMerge = false;
        if (_tokens.TokenAt(start).Kind == TSqlTokenKind.Identifier && KindAt(start + 1) == TSqlTokenKind.Colon)
        {
            return start + 2; // a label
        }

        if (IsRoutineDefinition(start))
        {
            if (_shapes.Count == 1)
            {
                return _end;
            }

            _tokens.Report(_tokens.TokenAt(start).Span, "CREATE or ALTER of a procedure, function, trigger or view must be the first statement in its batch (end the batch before it with GO).");
        }

        return _boundaries.FindStatementEnd(start, out isMerge);
    }

    /// <summary>Reports statements SQL Server refuses to start where they stand.</summary>
    private void ReportMisplacedStart(int start)
    {
        if (Is(start, "WITH") && start == _unterminatedEnd)
        {
            // Msg 319: the WITH could otherwise belong to the statement before it (a table hint, say).
            _tokens.Report(_tokens.TokenAt(start).Span, "The statement before a WITH common table expression must end with a semicolon.");
        }

        if (Is(start, "GO"))
        {
            _tokens.Report(_tokens.TokenAt(start).Span, "GO ends a batch only alone on its line, optionally with a repeat count and a -- comment.");
        }
    }

    /// <summary>BEGIN TRY, a stray BEGIN CATCH, or a BEGIN … END block (folded into an IF, ELSE or WHILE it is the body of).</summary>
    private void OpenBlock(Frame frame, int start)
    {
        if (Is(start + 1, "TRY") || Is(start + 1, "CATCH"))
        {
            var isTry = Is(start + 1, "TRY");
            if (!isTry)
            {
                _tokens.Report(_tokens.SpanOf(start, start + 2), "BEGIN CATCH must follow the END TRY of a TRY block.");
            }

            var shape = Add(frame, new TSqlStatementShape(isTry ? TSqlShapeKind.TryCatch : TSqlShapeKind.Block, start));
            _frames.Add(new Frame(isTry ? FrameKind.Try : FrameKind.Catch, shape, shape.Body, start));
            _position = start + 2;
            return;
        }

        if (frame.ExpectsOneStatement)
        {
            frame.HasStatement = true;
            _frames.Add(new Frame(FrameKind.Block, frame.Owner, frame.Target, start) { IsFolded = true });
        }
        else
        {
            var shape = Add(frame, new TSqlStatementShape(TSqlShapeKind.Block, start));
            _frames.Add(new Frame(FrameKind.Block, shape, shape.Body, start));
        }

        _position = start + 1;
    }

    private void CloseWithEnd(Frame frame)
    {
        var end = _position;
        var closes = Is(end + 1, "TRY") ? "TRY" : Is(end + 1, "CATCH") ? "CATCH" : null;
        var after = closes is null ? end + 1 : end + 2;
        switch (frame.Kind)
        {
            case FrameKind.Batch:
                _tokens.Report(_tokens.SpanOf(end, after), $"END{(closes is null ? "" : " " + closes)} has no matching BEGIN{(closes is null ? "" : " " + closes)}.");
                _position = after;
                return;
            case FrameKind.Try when closes != "TRY":
            case FrameKind.Catch when closes != "CATCH":
                var expected = frame.Kind == FrameKind.Try ? "END TRY" : "END CATCH";
                _tokens.Report(_tokens.SpanOf(end, after), $"Expected {expected} to close BEGIN {(frame.Kind == FrameKind.Try ? "TRY" : "CATCH")}.");
                break;
            case FrameKind.Block when closes is not null:
                _tokens.Report(_tokens.SpanOf(end, after), $"END {closes} closes a BEGIN that is not BEGIN {closes}.");
                break;
        }

        _position = after;
        if (frame.Kind == FrameKind.Try && Is(after, "BEGIN") && Is(after + 1, "CATCH"))
        {
            frame.EnterCatch(after);
            _position = after + 2;
            return;
        }

        if (frame.Kind == FrameKind.Try)
        {
            _tokens.Report(_tokens.SpanOf(end, after), "END TRY must be followed by BEGIN CATCH.");
        }

        _frames.RemoveAt(_frames.Count - 1);
        if (!frame.IsFolded)
        {
            frame.Owner!.End = after;
        }

        Complete(after);
    }

    /// <summary>
    /// A statement ending before token <paramref name="end"/> is complete in the innermost frame: an IF then
    /// looks for ELSE, and an IF, ELSE or WHILE that got its one statement is complete in turn.
    /// </summary>
    private void Complete(int end)
    {
        while (_frames[^1].ExpectsOneStatement)
        {
            var frame = _frames[^1];
            if (frame.Kind == FrameKind.Then && NextIsElse(out var elseAt))
            {
                frame.EnterElse(elseAt);
                _position = elseAt + 1;
                return;
            }

            frame.Owner!.End = end;
            _frames.RemoveAt(_frames.Count - 1);
        }
    }

    /// <summary>True when ELSE follows, possibly after semicolons (<c>IF c SELECT 1; ELSE SELECT 2</c> is valid).</summary>
    private bool NextIsElse(out int elseAt)
    {
        elseAt = _position;
        while (elseAt < _end && _tokens.TokenAt(elseAt).Kind == TSqlTokenKind.Semicolon)
        {
            elseAt++;
        }

        return Is(elseAt, "ELSE");
    }

    /// <summary>At the end of the batch every open block is unclosed; the statements they hold run to the batch end.</summary>
    private void CloseAll()
    {
        var batchEnd = _end;
        while (_frames.Count > 1)
        {
            var frame = _frames[^1];
            _frames.RemoveAt(_frames.Count - 1);
            switch (frame.Kind)
            {
                case FrameKind.Block:
                    _tokens.Report(_tokens.TokenAt(frame.OpenedAt).Span, "BEGIN has no matching END.");
                    break;
                case FrameKind.Try or FrameKind.Catch:
                    var name = frame.Kind == FrameKind.Try ? "TRY" : "CATCH";
                    _tokens.Report(_tokens.SpanOf(frame.OpenedAt, frame.OpenedAt + 2), $"BEGIN {name} has no matching END {name}.");
                    break;
                default:
                    if (!frame.HasStatement)
                    {
                        ReportMissingStatement(frame);
                    }

                    break;
            }

            if (frame.Owner is { } owner && owner.End < batchEnd && (frame.HasStatement || !frame.ExpectsOneStatement))
            {
                owner.End = batchEnd;
            }
        }
    }

    private void ReportMissingStatement(Frame frame)
    {
        var after = frame.Kind switch
        {
            FrameKind.Then => "the IF condition",
            FrameKind.Loop => "the WHILE condition",
            _ => "ELSE",
        };
        var at = _position < _end ? _tokens.TokenAt(_position).Span : _tokens.TokenAt(_end - 1).Span;
        _tokens.Report(at, $"Expected a statement after {after}.");
    }

    private TSqlStatementShape Add(Frame frame, TSqlStatementShape shape)
    {
        frame.HasStatement = true;
        frame.Target.Add(shape);
        _shapes.Add(shape);
        return shape;
    }

    private bool IsRoutineDefinition(int start)
    {
        if (Is(start, "ALTER"))
        {
            return IsAny(start + 1, RoutineTypes);
        }

        return Is(start, "CREATE")
            && (IsAny(start + 1, RoutineTypes) || (Is(start + 1, "OR") && Is(start + 2, "ALTER") && IsAny(start + 3, RoutineTypes)));
    }

    private bool Is(int index, string word) => index < _end && _tokens.IsWordToken(_tokens.TokenAt(index), word);

    private bool IsAny(int index, string[] words) => index < _end && _tokens.IsAnyWordToken(_tokens.TokenAt(index), words);

    private TSqlTokenKind? KindAt(int index) => index < _end ? _tokens.TokenAt(index).Kind : null;

    /// <summary>One open level of nesting and the list its statements go to.</summary>
    private sealed class Frame(FrameKind kind, TSqlStatementShape? owner, List<TSqlStatementShape> target, int openedAt)
    {
        public FrameKind Kind { get; private set; } = kind;

        /// <summary>The statement this frame fills: the IF, WHILE, block or TRY; null for the batch.</summary>
        public TSqlStatementShape? Owner { get; } = owner;

        public List<TSqlStatementShape> Target { get; private set; } = target;

        /// <summary>The BEGIN, IF, WHILE or ELSE token that opened the frame.</summary>
        public int OpenedAt { get; private set; } = openedAt;

        /// <summary>A BEGIN … END that is the body of an IF, ELSE or WHILE: its statements belong to that owner.</summary>
        public bool IsFolded { get; init; }

        public bool HasStatement { get; set; }

        public bool ExpectsOneStatement => Kind is FrameKind.Then or FrameKind.Else or FrameKind.Loop;

        public void EnterElse(int elseAt)
        {
            Kind = FrameKind.Else;
            Target = Owner!.Alternative;
            OpenedAt = elseAt;
            HasStatement = false;
        }

        public void EnterCatch(int beginAt)
        {
            Kind = FrameKind.Catch;
            Target = Owner!.Alternative;
            OpenedAt = beginAt;
        }
    }
}
