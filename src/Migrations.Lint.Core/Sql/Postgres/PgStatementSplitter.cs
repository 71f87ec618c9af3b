using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// Splits a token stream into statements the way psql does: at <c>;</c> outside parentheses and
/// outside the <c>BEGIN ATOMIC … END</c> body of a SQL-standard routine. Comments and psql
/// meta-commands are moved out of the stream; malformed tokens and unbalanced parentheses are reported.
/// </summary>
internal static class PgStatementSplitter
{
    /// <summary>
    /// Compacts <paramref name="tokens"/> in place to the significant ones (statement ranges index them),
    /// filling <paramref name="statements"/>, <paramref name="comments"/> and <paramref name="errors"/>.
    /// </summary>
    public static void Split(
        string text,
        PgToken[] tokens,
        List<PgStatementRange> statements,
        List<TextSpan> comments,
        List<SyntaxError> errors)
    {
        var count = Compact(text, tokens, comments, errors);
        var unbalanced = FindUnbalancedParentheses(tokens, count, errors);
        var resumeAt = SplitFrom(0, trackRoutineBodies: true, text, tokens, count, unbalanced, statements, errors);
        if (resumeAt >= 0)
        {
            // Recovery never tracks bodies again, so a file full of unclosed bodies still splits in linear time.
            SplitFrom(resumeAt, trackRoutineBodies: false, text, tokens, count, unbalanced, statements, errors);
        }
    }

    private static int Compact(string text, PgToken[] tokens, List<TextSpan> comments, List<SyntaxError> errors)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsUnterminated)
            {
                errors.Add(new SyntaxError(token.Span, UnterminatedMessage(token.Kind)));
            }

            if (token.Kind == PgTokenKind.Invalid && StartsMetaCommand(text, token))
            {
                // psql reads a backslash command anywhere outside quotes, e.g. "SELECT … \gexec";
                // the rest of its line is the command's arguments.
                var lineLength = text.AsSpan(token.Start).IndexOfAny('\n', '\r');
                var lineEnd = lineLength < 0 ? text.Length : token.Start + lineLength;
                while (i + 1 < tokens.Length && tokens[i + 1].Start < lineEnd)
                {
                    i++;
                }

                token = new PgToken(PgTokenKind.PsqlMetaCommand, token.Start, Math.Max(token.Length, tokens[i].End - token.Start));
            }

            switch (token.Kind)
            {
                case PgTokenKind.LineComment or PgTokenKind.BlockComment:
                    comments.Add(token.Span);
                    continue;
                case PgTokenKind.PsqlMetaCommand when !SendsQueryBuffer(text, token):
                    continue;
                case PgTokenKind.Invalid:
                    errors.Add(new SyntaxError(token.Span, "Unexpected character."));
                    break;
                case PgTokenKind.QuotedIdentifier when IsZeroLength(text, token):
                    errors.Add(new SyntaxError(token.Span, "Zero-length quoted identifier."));
                    break;
                case PgTokenKind.Integer or PgTokenKind.Numeric
                    when i + 1 < tokens.Length && tokens[i + 1].Start == token.End && tokens[i + 1].Kind == PgTokenKind.Identifier:
                    // PostgreSQL 15+ rejects "123abc" instead of reading it as "123 AS abc".
                    errors.Add(new SyntaxError(TextSpan.FromBounds(token.Start, tokens[i + 1].End), "Trailing junk after a numeric literal."));
                    break;
            }

            tokens[count++] = token;
        }

        return count;
    }

    private static bool IsZeroLength(string text, PgToken token) =>
        !token.IsUnterminated && text[token.End - 2] == '"' && text[token.End - 1] == '"'
        && (token.Length == 2 || (token.Length == 4 && text[token.Start + 1] == '&'));

    private static bool StartsMetaCommand(string text, PgToken token) =>
        text[token.Start] == '\\' && token.Start + 1 < text.Length && char.IsAsciiLetter(text[token.Start + 1]);

    /// <summary>
    /// Matches parentheses over the whole script with a stack (linear, no recursion) and returns the
    /// indices of those left unmatched, ascending. Splitting ignores them, so one missing <c>)</c>
    /// does not swallow the rest of the file.
    /// </summary>
    private static List<int> FindUnbalancedParentheses(PgToken[] tokens, int count, List<SyntaxError> errors)
    {
        var open = new List<int>();
        var unbalanced = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == PgTokenKind.OpenParen)
            {
                open.Add(i);
            }
            else if (kind == PgTokenKind.CloseParen)
            {
                if (open.Count > 0)
                {
                    open.RemoveAt(open.Count - 1);
                }
                else
                {
                    unbalanced.Add(i);
                    errors.Add(new SyntaxError(tokens[i].Span, "Unmatched closing parenthesis."));
                }
            }
        }

        if (open.Count == 0)
        {
            return unbalanced;
        }

        foreach (var index in open)
        {
            errors.Add(new SyntaxError(tokens[index].Span, "Unclosed parenthesis."));
        }

        unbalanced.AddRange(open);
        unbalanced.Sort();
        return unbalanced;
    }

    /// <summary>Splits from token <paramref name="from"/> on; returns where to resume after cutting an unclosed routine body, or -1.</summary>
    private static int SplitFrom(
        int from,
        bool trackRoutineBodies,
        string text,
        PgToken[] tokens,
        int count,
        List<int> unbalanced,
        List<PgStatementRange> statements,
        List<SyntaxError> errors)
    {
        var start = from;
        var depth = 0;
        var nextUnbalanced = 0;
        while (nextUnbalanced < unbalanced.Count && unbalanced[nextUnbalanced] < from)
        {
            nextUnbalanced++;
        }

        var body = new PgRoutineBodyTracker(text);
        for (var i = from; i < count; i++)
        {
            var token = tokens[i];
            if (nextUnbalanced < unbalanced.Count && unbalanced[nextUnbalanced] == i)
            {
                nextUnbalanced++;
                continue;
            }

            switch (token.Kind)
            {
                case PgTokenKind.OpenParen:
                    depth++;
                    break;
                case PgTokenKind.CloseParen:
                    depth--;
                    break;
                case PgTokenKind.Identifier when trackRoutineBodies:
                    body.Read(token, depth);
                    break;
                case PgTokenKind.Semicolon or PgTokenKind.PsqlMetaCommand when depth == 0:
                    if (body.IsInsideBody)
                    {
                        body.NoteInnerTerminator(i);
                        break;
                    }

                    Add(statements, start, i);
                    start = i + 1;
                    body = new PgRoutineBodyTracker(text);
                    break;
            }
        }

        if (!body.IsInsideBody)
        {
            Add(statements, start, count);
            return -1;
        }

        errors.Add(new SyntaxError(body.BodyStart, "The routine body's BEGIN is not closed by END."));
        if (body.FirstInnerTerminator < 0)
        {
            Add(statements, start, count);
            return -1;
        }

        Add(statements, start, body.FirstInnerTerminator);
        return body.FirstInnerTerminator + 1;
    }

    private static void Add(List<PgStatementRange> statements, int start, int end)
    {
        if (end > start)
        {
            statements.Add(new PgStatementRange(start, end));
        }
    }

    /// <summary>psql sends the statement typed so far at <c>\g</c>, <c>\gx</c>, <c>\gset</c>, <c>\gexec</c>, <c>\gdesc</c>.</summary>
    private static bool SendsQueryBuffer(string text, PgToken token) =>
        token.Length >= 2 && text[token.Start] == '\\' && text[token.Start + 1] == 'g';

    private static string UnterminatedMessage(PgTokenKind kind) => kind switch
    {
        PgTokenKind.QuotedIdentifier => "Unterminated quoted identifier.",
        PgTokenKind.DollarString => "Unterminated dollar-quoted string.",
        PgTokenKind.BlockComment => "Unterminated block comment.",
        _ => "Unterminated string literal.",
    };
}
