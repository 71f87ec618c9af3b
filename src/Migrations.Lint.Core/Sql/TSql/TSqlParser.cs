using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Parses SQL Server scripts (as SSMS, sqlcmd and migration runners send them) into statements: the script
/// is split into batches at <c>GO</c> lines, each batch into statements, with or without semicolons. Never
/// throws on any text: malformed input yields <see cref="SqlScript.Errors"/> and still-split statements,
/// and valid T-SQL that is not modelled becomes an <see cref="OtherStatement"/>.
/// </summary>
/// <remarks>
/// <see cref="SqlScript.Statements"/> is flat and in source order: an IF, WHILE, BEGIN … END, TRY … CATCH or
/// dynamic-SQL <see cref="BlockStatement"/> comes first, then every statement inside it, so rules see DDL in
/// <c>IF NOT EXISTS (…) BEGIN … END</c> like any other. sqlcmd commands (<c>:setvar</c>, <c>:r</c>) are skipped.
/// </remarks>
public static class TSqlParser
{
    public static SqlScript Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source, new TextSpan(0, source.Length));
    }

    /// <summary>Parses only <paramref name="range"/> (e.g. one section of a migration file); spans stay absolute.</summary>
    public static SqlScript Parse(SourceText source, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(source);
        var comments = new List<TextSpan>();
        var errors = new List<SyntaxError>();
        var topLevel = ParseBatches(source.Text, range, comments, errors);
        return new SqlScript(source, Dialect.SqlServer, range, Flatten(topLevel), [.. errors.OrderBy(error => error.Span.Start)], comments);
    }

    /// <summary>
    /// The top-level statements of the dynamic SQL in <paramref name="content"/>, the inside of a string literal
    /// holding no doubled quote. Its errors are the server's to find when the string runs, so none are kept.
    /// </summary>
    internal static IReadOnlyList<SqlStatement> ParseDynamicSql(string text, TextSpan content) =>
        ParseBatches(text, content, comments: [], errors: []);

    private static List<SqlStatement> ParseBatches(string text, TextSpan range, List<TextSpan> comments, List<SyntaxError> errors)
    {
        var tokens = TSqlLexer.Tokenize(text, range);
        var batches = new List<(int Start, int End)>();
        var count = Compact(tokens, comments, errors, batches);
        var parser = new TSqlBatchParser(text, tokens, count, errors);
        var topLevel = new List<SqlStatement>();
        foreach (var (start, end) in batches)
        {
            parser.Parse(start, end, topLevel);
        }

        return topLevel;
    }

    /// <summary>
    /// Compacts <paramref name="tokens"/> in place to the significant ones and returns their count: comments go
    /// to <paramref name="comments"/>, sqlcmd commands are dropped, and GO lines become batch boundaries.
    /// </summary>
    private static int Compact(TSqlToken[] tokens, List<TextSpan> comments, List<SyntaxError> errors, List<(int Start, int End)> batches)
    {
        var count = 0;
        var batchStart = 0;
        foreach (var token in tokens)
        {
            if (token.IsUnterminated)
            {
                errors.Add(new SyntaxError(token.Span, UnterminatedMessage(token.Kind)));
            }

            switch (token.Kind)
            {
                case TSqlTokenKind.LineComment or TSqlTokenKind.BlockComment:
                    comments.Add(token.Span);
                    continue;
                case TSqlTokenKind.SqlCmdCommand:
                    continue;
                case TSqlTokenKind.BatchSeparator:
                    AddBatch(batches, batchStart, count);
                    batchStart = count;
                    continue;
                case TSqlTokenKind.Invalid:
                    errors.Add(new SyntaxError(token.Span, "Unexpected character."));
                    break;
            }

            tokens[count++] = token;
        }

        AddBatch(batches, batchStart, count);
        return count;
    }

    private static void AddBatch(List<(int Start, int End)> batches, int start, int end)
    {
        if (end > start)
        {
            batches.Add((start, end));
        }
    }

    /// <summary>Lists every statement, each block before the statements inside it (depth first, without recursion).</summary>
    private static List<SqlStatement> Flatten(List<SqlStatement> topLevel)
    {
        var all = new List<SqlStatement>(topLevel.Count);
        var pending = new Stack<SqlStatement>();
        PushReversed(pending, topLevel);
        while (pending.Count > 0)
        {
            var statement = pending.Pop();
            all.Add(statement);
            if (statement is BlockStatement block)
            {
                PushReversed(pending, block.Alternative);
                PushReversed(pending, block.Body);
            }
        }

        return all;
    }

    private static void PushReversed(Stack<SqlStatement> pending, IReadOnlyList<SqlStatement> statements)
    {
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            pending.Push(statements[i]);
        }
    }

    private static string UnterminatedMessage(TSqlTokenKind kind) => kind switch
    {
        TSqlTokenKind.BracketedIdentifier => "Unterminated bracketed identifier.",
        TSqlTokenKind.QuotedIdentifier => "Unterminated quoted identifier.",
        TSqlTokenKind.BlockComment => "Unterminated block comment.",
        _ => "Unterminated string literal.",
    };
}
