using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// <c>EXEC|EXECUTE</c> statements (and a procedure called without EXEC as a batch's first statement). Two calls
/// are modelled: <c>sp_rename</c> becomes the ALTER TABLE rename it performs, and dynamic SQL given as one string
/// literal (<c>EXEC ('…')</c>, <c>EXEC sp_executesql N'…'</c>) is parsed into a <see cref="BlockStatement"/>.
/// </summary>
internal static class TSqlExecuteParser
{
    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        if (!cursor.TryWord("EXEC"))
        {
            cursor.TryWord("EXECUTE");
        }

        if (cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            return ParseDynamicSql(cursor, head, cursor.Position + 1, cursor.IsKind(TSqlTokenKind.CloseParen, 2));
        }

        if (cursor.IsKind(TSqlTokenKind.Variable) && cursor.IsOperator("=", 1))
        {
            cursor.Position += 2; // EXEC @status = procedure …
        }

        if (cursor.IsWord("AS") || !TSqlNames.TryReadQualifiedName(cursor, out var procedure))
        {
            return head.Other();
        }

        var name = procedure.Name.Normalized;
        if (name == "sp_rename")
        {
            return TSqlRenameParser.Parse(cursor, head);
        }

        if (name == "sp_executesql")
        {
            if (cursor.IsKind(TSqlTokenKind.Variable) && cursor.IsOperator("=", 1))
            {
                cursor.Position += 2; // @stmt = N'…'
            }

            return ParseDynamicSql(cursor, head, cursor.Position, !cursor.IsKind(TSqlTokenKind.Operator, 1));
        }

        return head.Other();
    }

    /// <summary>Parses the literal at token <paramref name="literal"/> when it alone is the SQL (<paramref name="isWholeArgument"/>).</summary>
    private static SqlStatement ParseDynamicSql(TSqlTokenCursor cursor, TSqlStatementHead head, int literal, bool isWholeArgument)
    {
        if (!isWholeArgument || literal >= cursor.End || TSqlStringLiteral.VerbatimContent(cursor.Text, cursor.TokenAt(literal)) is not { } content)
        {
            return head.Other();
        }

        return new BlockStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            BlockKind = BlockKind.DynamicSql,
            Body = TSqlParser.ParseDynamicSql(cursor.Text, content),
        };
    }
}
