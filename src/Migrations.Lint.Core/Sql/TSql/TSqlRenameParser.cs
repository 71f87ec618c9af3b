using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// <c>EXEC sp_rename 'object', 'new_name' [, 'type']</c> (positional or <c>@objname =</c>, <c>@newname =</c>,
/// <c>@objtype =</c>) is T-SQL's rename, so it becomes the <see cref="AlterTableStatement"/> PostgreSQL's
/// ALTER TABLE … RENAME produces: <c>'COLUMN'</c> a <see cref="RenameColumnAction"/> on the table,
/// <c>'INDEX'</c> a <see cref="RenameTableAction"/> on the index (<see cref="AlterTableStatement.Index"/>) of
/// the table, and no type or <c>'OBJECT'</c> a <see cref="RenameTableAction"/> of the object, taken to be a table.
/// Names not given as string literals, and other types (USERDATATYPE, STATISTICS, DATABASE), stay other statements.
/// </summary>
internal static class TSqlRenameParser
{
    private static readonly string[] ParameterNames = ["@objname", "@newname", "@objtype"];

    /// <summary>After the procedure name.</summary>
    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        var argumentsStart = cursor.Position;
        var arguments = new TSqlToken?[ParameterNames.Length];
        var position = 0;
        do
        {
            var index = position++;
            if (cursor.IsKind(TSqlTokenKind.Variable) && cursor.IsOperator("=", 1))
            {
                index = Array.FindIndex(ParameterNames, name => cursor.TextOf(cursor.Current).Equals(name, StringComparison.OrdinalIgnoreCase));
                cursor.Position += 2;
            }

            var isLiteral = !cursor.AtEnd && TSqlStringLiteral.IsString(cursor.Current)
                && (cursor.IsKind(TSqlTokenKind.Comma, 1) || cursor.Position + 1 >= cursor.End);
            if (index >= 0 && index < arguments.Length && isLiteral)
            {
                arguments[index] = cursor.Current;
            }

            while (!cursor.AtEnd && !cursor.IsKind(TSqlTokenKind.Comma))
            {
                cursor.SkipElement();
            }
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));

        if (arguments[0] is not { } objectToken || arguments[1] is not { } newNameToken
            || TSqlStringLiteral.VerbatimContent(cursor.Text, objectToken) is not { } objectContent
            || TSqlStringLiteral.Content(newNameToken) is not { } newNameContent
            || ReadParts(cursor.Text, objectContent) is not { Count: > 0 } parts)
        {
            return head.Other();
        }

        var objectType = arguments[2] is { } typeToken && TSqlStringLiteral.Content(typeToken) is { } typeContent
            ? cursor.TextOf(typeContent).Trim().ToUpperInvariant()
            : "OBJECT";

        // sp_rename takes the new name literally: brackets in it become part of the name.
        var newName = TSqlNames.FromText(cursor.TextOf(newNameContent), isQuoted: false, newNameContent);
        var span = cursor.SpanOf(argumentsStart, cursor.End);
        return objectType switch
        {
            "OBJECT" => Rename(head, AlterTableObjectKind.Table, Name(parts), null, new RenameTableAction { Span = span, NewName = newName }),
            "COLUMN" when parts.Count >= 2 => Rename(
                head, AlterTableObjectKind.Table, Name(parts[..^1]), null, new RenameColumnAction { Span = span, From = parts[^1], To = newName }),
            "INDEX" when parts.Count >= 2 => Rename(
                head, AlterTableObjectKind.Index, Name(parts[..^1]), parts[^1], new RenameTableAction { Span = span, NewName = newName }),
            _ => head.Other(),
        };
    }

    private static AlterTableStatement Rename(
        TSqlStatementHead head,
        AlterTableObjectKind kind,
        QualifiedName table,
        SqlIdentifier? index,
        AlterTableAction action) => new()
    {
        Span = head.Span,
        Keywords = head.Keywords,
        KeywordsSpan = head.KeywordsSpan,
        ObjectKind = kind,
        Table = table,
        Index = index,
        Actions = [action],
    };

    private static QualifiedName Name(List<SqlIdentifier> parts) =>
        new(parts, TextSpan.FromBounds(parts[0].Span.Start, parts[^1].Span.End));

    /// <summary>
    /// Splits <c>dbo.t.c</c>, <c>[dbo].[t].[c]</c> or <c>"t"."c"</c> inside a string at its dots, with spans in the
    /// source; null when a part is empty or a delimiter is not closed.
    /// </summary>
    private static List<SqlIdentifier>? ReadParts(string text, TextSpan content)
    {
        var parts = new List<SqlIdentifier>(3);
        var position = content.Start;
        while (true)
        {
            var start = position;
            var close = text[position] switch
            {
                '[' => ']',
                '"' => '"',
                _ => '\0',
            };
            if (close != '\0')
            {
                position = SkipDelimited(text, position + 1, content.End, close);
                if (position < 0)
                {
                    return null;
                }

                parts.Add(TSqlNames.FromText(TSqlNames.Unquote(text.AsSpan(start, position - start), close), isQuoted: true, TextSpan.FromBounds(start, position)));
            }
            else
            {
                while (position < content.End && text[position] != '.')
                {
                    position++;
                }

                if (position == start)
                {
                    return null;
                }

                parts.Add(TSqlNames.FromText(text[start..position], isQuoted: false, TextSpan.FromBounds(start, position)));
            }

            if (position >= content.End)
            {
                return parts;
            }

            if (text[position] != '.' || ++position >= content.End)
            {
                return null;
            }
        }
    }

    /// <summary>The offset after the closing delimiter (a doubled one stands for itself), or -1.</summary>
    private static int SkipDelimited(string text, int position, int end, char close)
    {
        while (position < end)
        {
            if (text[position] == close)
            {
                if (position + 1 < end && text[position + 1] == close)
                {
                    position += 2;
                    continue;
                }

                return position + 1;
            }

            position++;
        }

        return -1;
    }
}
