namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Finds where a T-SQL statement ends. T-SQL rarely requires a <c>;</c>, so a statement ends at a <c>;</c>, at
/// <c>END</c> or <c>ELSE</c>, or where a keyword at nesting depth zero can only start the next statement,
/// as SQL Server's own parser decides it: <c>SELECT 1 SELECT 2</c> is two statements, while the <c>SELECT</c>
/// of <c>INSERT t SELECT …</c>, the <c>SET</c> of <c>UPDATE t SET …</c> or of <c>ALTER TABLE t SET (…)</c>, the
/// <c>DELETE</c> of <c>ON DELETE CASCADE</c> and the <c>WITH</c> of a table hint continue the statement.
/// </summary>
/// <remarks>
/// Parentheses and <c>CASE … END</c> nest; nothing inside them ends a statement. <c>THROW</c> is not a
/// reserved word: after an unterminated statement SQL Server reads it as an alias (the reason the statement
/// before THROW needs a <c>;</c>), so it starts a statement only where one is expected.
/// </remarks>
internal sealed class TSqlStatementBoundaries
{
    /// <summary>Reserved words that always start a statement when they stand at depth zero.</summary>
    private static readonly string[] StatementVerbs =
    [
        "BACKUP", "BEGIN", "BREAK", "CHECKPOINT", "CLOSE", "COMMIT", "CONTINUE", "CREATE", "DBCC", "DEALLOCATE",
        "DECLARE", "DENY", "GOTO", "GRANT", "KILL", "OPEN", "PRINT", "RAISERROR", "READTEXT", "RECONFIGURE",
        "RESTORE", "RETURN", "REVERT", "REVOKE", "ROLLBACK", "SAVE", "SETUSER", "SHUTDOWN", "TRUNCATE",
        "UPDATETEXT", "USE", "WAITFOR", "WHILE", "WRITETEXT",
    ];

    /// <summary>Words after which no statement can end, so the word that follows them continues the statement.</summary>
    private static readonly string[] Continuing =
    [
        "FOR", "THEN", "AS", "UNION", "EXCEPT", "INTERSECT", "GRANT", "DENY", "REVOKE", "BULK", "WITH", "AFTER",
        "BEFORE", "OF",
    ];

    /// <summary>What <c>ALTER TABLE t ALTER COLUMN c DROP …</c> drops: not a DROP statement.</summary>
    private static readonly string[] ColumnPropertyWords = ["MASKED", "ROWGUIDCOL", "PERSISTED", "NOT", "SPARSE", "HIDDEN"];

    /// <summary>The END of <c>GENERATED ALWAYS AS ROW END</c> (and its siblings) names a period column; it closes nothing.</summary>
    private static readonly string[] PeriodColumnWords = ["ROW", "TRANSACTION_ID", "SEQUENCE_NUMBER"];

    private readonly TSqlTokenCursor _tokens;
    private readonly bool[] _ignored;

    /// <summary>Token indices of the open parentheses and CASEs, innermost last.</summary>
    private readonly List<int> _open = [];

    private int _end;

    public TSqlStatementBoundaries(TSqlTokenCursor tokens, bool[] ignored)
    {
        _tokens = tokens;
        _ignored = ignored;
    }

    private enum Verb
    {
        Other,
        Select,
        Insert,
        Update,
        Delete,
        Merge,

        /// <summary><c>WITH name AS (…)</c> before the statement it serves.</summary>
        CommonTableExpressions,
        Alter,

        /// <summary>The condition of IF or WHILE.</summary>
        Condition,
    }

    /// <summary>Statements never run past <paramref name="end"/>, the end of the batch.</summary>
    public void StartBatch(int end) => _end = end;

    /// <summary>
    /// The index of the first token after the statement at <paramref name="start"/>: its <c>;</c>, the next
    /// statement, an <c>END</c> or <c>ELSE</c> that closes the enclosing block, or the batch end.
    /// </summary>
    public int FindStatementEnd(int start, out bool isMerge)
    {
        var clause = Begin(start);
        var end = Scan(start, ref clause, isCondition: false);
        isMerge = clause.Verb == Verb.Merge;
        return end;
    }

    /// <summary>The index of the first token after the condition of IF or WHILE that starts at <paramref name="start"/>.</summary>
    public int FindConditionEnd(int start)
    {
        var clause = new Clause { Verb = Verb.Condition, ActionStart = -1 };
        return Scan(start, ref clause, isCondition: true);
    }

    private int Scan(int start, ref Clause clause, bool isCondition)
    {
        _open.Clear();
        for (var i = start; i < _end; i++)
        {
            if (_ignored[i])
            {
                continue;
            }

            var token = _tokens.TokenAt(i);
            switch (token.Kind)
            {
                case TSqlTokenKind.OpenParen:
                    _open.Add(i);
                    continue;
                case TSqlTokenKind.CloseParen:
                    CloseParenthesis();
                    continue;
                case TSqlTokenKind.Semicolon when _open.Count == 0:
                    return i;
                case TSqlTokenKind.Identifier when i > start || isCondition:
                    break;
                default:
                    continue;
            }

            if (_tokens.IsWordToken(token, "CASE"))
            {
                _open.Add(i);
            }
            else if (_tokens.IsWordToken(token, "END") && !IsAny(i - 1, PeriodColumnWords))
            {
                if (_open.Count == 0)
                {
                    return i;
                }

                if (IsCase(_open[^1]))
                {
                    _open.RemoveAt(_open.Count - 1);
                }
            }
            else if (_open.Count == 0 && (_tokens.IsWordToken(token, "ELSE") || StartsStatement(i, ref clause)))
            {
                return i;
            }
        }

        ReportUnclosedCase();
        return _end;
    }

    /// <summary>Closes the innermost open parenthesis, and any CASE left open inside it.</summary>
    private void CloseParenthesis()
    {
        while (_open.Count > 0)
        {
            var open = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (!IsCase(open))
            {
                return;
            }

            _tokens.Report(_tokens.TokenAt(open).Span, "CASE has no matching END.");
        }
    }

    private void ReportUnclosedCase()
    {
        foreach (var open in _open)
        {
            if (IsCase(open))
            {
                _tokens.Report(_tokens.TokenAt(open).Span, "CASE has no matching END.");
                return;
            }
        }
    }

    private bool IsCase(int index) => _tokens.TokenAt(index).Kind == TSqlTokenKind.Identifier;

    private Clause Begin(int start)
    {
        var clause = new Clause { ActionStart = -1 };
        if (KindAt(start) == TSqlTokenKind.OpenParen || Is(start, "SELECT"))
        {
            clause.Verb = Verb.Select;
        }
        else if (Is(start, "INSERT"))
        {
            clause.Verb = Verb.Insert;
            clause.AwaitingSource = true;
        }
        else if (Is(start, "UPDATE"))
        {
            clause.Verb = Is(start + 1, "STATISTICS") ? Verb.Other : Verb.Update;
        }
        else if (Is(start, "DELETE"))
        {
            clause.Verb = Verb.Delete;
        }
        else if (Is(start, "MERGE"))
        {
            clause.Verb = Verb.Merge;
        }
        else if (Is(start, "WITH"))
        {
            clause.Verb = Verb.CommonTableExpressions;
        }
        else if (Is(start, "ALTER"))
        {
            clause.Verb = Verb.Alter;
            clause.ActionStart = FindActionStart(start);
        }

        return clause;
    }

    /// <summary>Decides whether the word at <paramref name="i"/> (depth zero, not the first) starts the next statement.</summary>
    private bool StartsStatement(int i, ref Clause clause)
    {
        if (KindAt(i + 1) == TSqlTokenKind.Colon)
        {
            return true; // a label
        }

        var previous = _tokens.TokenAt(i - 1);
        if (previous.Kind is TSqlTokenKind.Comma or TSqlTokenKind.Operator or TSqlTokenKind.Dot or TSqlTokenKind.DoubleColon
            || IsAny(i - 1, Continuing)
            || (Is(i - 1, "ALL") && Is(i - 2, "UNION")))
        {
            return false;
        }

        if (Is(i, "SELECT"))
        {
            return !ContinuesWith(ref clause, Verb.Select);
        }

        if (Is(i, "INSERT") || Is(i, "UPDATE") || Is(i, "DELETE") || Is(i, "MERGE"))
        {
            return StartsDataChange(i, ref clause);
        }

        if (Is(i, "EXEC") || Is(i, "EXECUTE"))
        {
            return !ContinuesWith(ref clause, Verb.Insert);
        }

        if (Is(i, "VALUES") || Is(i, "DEFAULT"))
        {
            clause.AwaitingSource = false;
            return false;
        }

        if (Is(i, "REFERENCES"))
        {
            clause.HasReferences = true;
            return false;
        }

        if (i == clause.ActionStart && (Is(i, "SET") || Is(i, "DROP") || Is(i, "ALTER") || Is(i, "ENABLE") || Is(i, "DISABLE")))
        {
            return false;
        }

        if (Is(i, "SET"))
        {
            return StartsSet(i, ref clause);
        }

        return Is(i, "ALTER") ? !Is(i + 1, "COLUMN")
            : Is(i, "DROP") ? !IsAny(i + 1, ColumnPropertyWords)
            : Is(i, "ENABLE") || Is(i, "DISABLE") ? Is(i + 1, "TRIGGER")
            : Is(i, "IF") ? !Is(i + 1, "EXISTS") || KindAt(i + 2) == TSqlTokenKind.OpenParen
            : Is(i, "FETCH") ? !Is(i - 1, "ROWS") && !Is(i - 1, "ROW")
            : Is(i, "THROW") ? clause.Verb == Verb.Condition
            : Is(i, "WITH") ? IsCommonTableExpressionStart(i)
            : IsAny(i, StatementVerbs);
    }

    /// <summary>
    /// True when <paramref name="verb"/>'s keyword continues the statement: the main statement after a
    /// WITH list, or the SELECT or EXEC that supplies an INSERT's rows.
    /// </summary>
    private static bool ContinuesWith(ref Clause clause, Verb verb)
    {
        if (clause.Verb == Verb.CommonTableExpressions)
        {
            clause.Verb = verb;
            return true;
        }

        if (clause.Verb == Verb.Insert && clause.AwaitingSource)
        {
            clause.AwaitingSource = false;
            return true;
        }

        return false;
    }

    private bool StartsDataChange(int i, ref Clause clause)
    {
        var isUpdate = Is(i, "UPDATE");
        if ((isUpdate && KindAt(i + 1) == TSqlTokenKind.OpenParen)
            || (Is(i, "MERGE") && (Is(i + 1, "JOIN") || Is(i + 1, "RANGE")))
            || ((isUpdate || Is(i, "DELETE")) && Is(i - 1, "ON") && clause.HasReferences))
        {
            return false; // UPDATE(column), a MERGE join hint, ALTER PARTITION FUNCTION's MERGE RANGE, ON DELETE|UPDATE of a foreign key
        }

        if (clause.Verb != Verb.CommonTableExpressions)
        {
            return true;
        }

        clause.Verb = isUpdate ? Verb.Update : Is(i, "DELETE") ? Verb.Delete : Is(i, "MERGE") ? Verb.Merge : Verb.Insert;
        clause.AwaitingSource = clause.Verb == Verb.Insert;
        return false;
    }

    private bool StartsSet(int i, ref Clause clause)
    {
        // MERGE's THEN UPDATE SET, a foreign key's ON DELETE SET NULL, UPDATE's own SET.
        if (Is(i - 1, "UPDATE") || Is(i - 1, "DELETE"))
        {
            return false;
        }

        if (clause.Verb == Verb.Update && !clause.HasSet)
        {
            clause.HasSet = true;
            return false;
        }

        return true;
    }

    /// <summary><c>WITH name [(columns)] AS (</c> or <c>WITH XMLNAMESPACES (</c>; every other WITH is a clause.</summary>
    private bool IsCommonTableExpressionStart(int i)
    {
        var next = i + 1;
        if (Is(next, "XMLNAMESPACES"))
        {
            return KindAt(next + 1) == TSqlTokenKind.OpenParen;
        }

        if (next >= _end || !TSqlNames.IsName(_tokens, _tokens.TokenAt(next), allowReserved: false))
        {
            return false;
        }

        var afterName = next + 1;
        if (KindAt(afterName) == TSqlTokenKind.OpenParen)
        {
            afterName = SkipGroup(afterName);
        }

        return Is(afterName, "AS") && KindAt(afterName + 1) == TSqlTokenKind.OpenParen;
    }

    /// <summary>
    /// The index where an ALTER statement's action begins, after <c>ALTER type name [ON table]</c>: there,
    /// SET, DROP, ALTER, ENABLE and DISABLE belong to the statement (<c>ALTER TABLE t DROP COLUMN c</c>,
    /// <c>ALTER DATABASE d SET …</c>); anywhere else they start the next one. -1 for an unknown object type.
    /// </summary>
    private int FindActionStart(int start)
    {
        _tokens.Reset(start, _end);
        if (TSqlObjectType.Match(_tokens, 1) is not { } type)
        {
            return -1;
        }

        var i = start + 1 + type.Words.Length;
        if (type.Naming is TSqlObjectNaming.Named or TSqlObjectNaming.NamedOnTable)
        {
            i = SkipName(i);
        }

        if (type.Naming is TSqlObjectNaming.NamedOnTable or TSqlObjectNaming.OnTable && Is(i, "ON"))
        {
            i = SkipName(i + 1);
        }

        if (type.Naming == TSqlObjectNaming.Unnamed && Is(i, "FOR") && Is(i + 1, "SECONDARY"))
        {
            i += 2;
        }

        return i;
    }

    /// <summary>Skips a dotted name of any words (<c>ALL</c> and <c>CURRENT</c> included).</summary>
    private int SkipName(int i)
    {
        if (!IsNamePart(i))
        {
            return i;
        }

        i++;
        while (KindAt(i) == TSqlTokenKind.Dot)
        {
            i++;
            if (IsNamePart(i))
            {
                i++;
            }
        }

        return i;
    }

    private bool IsNamePart(int i) =>
        i < _end && (TSqlNames.IsName(_tokens, _tokens.TokenAt(i), allowReserved: true) || KindAt(i) == TSqlTokenKind.Variable);

    /// <summary>The index after the parenthesized group opening at <paramref name="open"/>.</summary>
    private int SkipGroup(int open)
    {
        var depth = 0;
        var i = open;
        do
        {
            var kind = _tokens.TokenAt(i).Kind;
            depth += kind == TSqlTokenKind.OpenParen ? 1 : kind == TSqlTokenKind.CloseParen ? -1 : 0;
            i++;
        }
        while (i < _end && depth > 0);
        return i;
    }

    private bool Is(int index, string word) => index >= 0 && index < _end && _tokens.IsWordToken(_tokens.TokenAt(index), word);

    private bool IsAny(int index, string[] words) => index >= 0 && index < _end && _tokens.IsAnyWordToken(_tokens.TokenAt(index), words);

    private TSqlTokenKind? KindAt(int index) => index < _end ? _tokens.TokenAt(index).Kind : null;

    /// <summary>What has been read of the statement so far, as far as its end depends on it.</summary>
    private struct Clause
    {
        public Verb Verb;

        /// <summary>An INSERT whose rows (VALUES, SELECT, EXEC, DEFAULT VALUES) have not started yet.</summary>
        public bool AwaitingSource;

        /// <summary>An UPDATE's SET has been read; another SET starts a statement.</summary>
        public bool HasSet;

        /// <summary>A foreign key's REFERENCES has been read, so ON DELETE and ON UPDATE are its actions.</summary>
        public bool HasReferences;

        /// <summary>The token where an ALTER statement's action starts, or -1.</summary>
        public int ActionStart;
    }
}
