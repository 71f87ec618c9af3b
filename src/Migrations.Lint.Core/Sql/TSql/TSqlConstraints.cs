using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Reads table constraints and the clauses they share with inline column constraints.</summary>
internal static class TSqlConstraints
{
    /// <summary>Words that can start a table constraint (a DEFAULT … FOR constraint is read by ALTER TABLE).</summary>
    public static bool StartsTableConstraint(TSqlTokenCursor cursor) =>
        cursor.IsWord("CONSTRAINT") || cursor.IsWord("CHECK") || cursor.IsWord("UNIQUE")
        || (cursor.IsWord("PRIMARY") && cursor.IsWord("KEY", 1))
        || (cursor.IsWord("FOREIGN") && cursor.IsWord("KEY", 1));

    /// <summary>
    /// Reads a whole table constraint; the cursor's limit must end where the constraint does.
    /// <paramref name="isNotChecked"/> is ALTER TABLE's <c>WITH NOCHECK</c>: existing rows are not validated,
    /// which is what PostgreSQL's NOT VALID means.
    /// </summary>
    public static TableConstraint? TryReadTableConstraint(TSqlTokenCursor cursor, bool isNotChecked)
    {
        var start = cursor.Position;
        SqlIdentifier? name = null;
        if (cursor.TryWord("CONSTRAINT") && !TSqlNames.TryReadIdentifier(cursor, out name))
        {
            cursor.ReportIfEnded("a constraint name");

            return null;
        }

        ConstraintType type;
        IReadOnlyList<SqlIdentifier> columns = [];
        IReadOnlyList<SqlIdentifier> referencedColumns = [];
        QualifiedName? references = null;
        SqlExpression? expression = null;
        if (cursor.TryWords("PRIMARY", "KEY") || cursor.TryWord("UNIQUE"))
        {
            type = cursor.IsWordToken(cursor.TokenAt(cursor.Position - 1), "KEY") ? ConstraintType.PrimaryKey : ConstraintType.Unique;
            SkipIndexType(cursor);
            columns = TSqlNames.ReadParenthesizedList(cursor);
            if (columns.Count == 0 && cursor.AtEnd)
            {
                cursor.ReportExpected("a parenthesized column list");
            }
        }
        else if (cursor.TryWord("CHECK"))
        {
            type = ConstraintType.Check;
            cursor.TryWords("NOT", "FOR", "REPLICATION");
            expression = ReadCheckExpression(cursor);
        }
        else if (cursor.TryWords("FOREIGN", "KEY"))
        {
            type = ConstraintType.ForeignKey;
            columns = TSqlNames.ReadParenthesizedList(cursor);
            if (!cursor.TryWord("REFERENCES"))
            {
                cursor.ReportIfEnded("REFERENCES and the referenced table");

                return null;
            }

            ReadReferences(cursor, out references, out referencedColumns);
        }
        else
        {
            if (cursor.AtEnd && cursor.Position > start)
            {
                cursor.ReportExpected("a constraint");
            }

            return null;
        }

        // The rest (WITH (…) index options, ON filegroup, referential actions) says nothing we model.
        cursor.Position = cursor.End;
        return new TableConstraint
        {
            Name = name,
            ConstraintType = type,
            Columns = columns,
            References = references,
            ReferencedColumns = referencedColumns,
            IsNotValid = isNotChecked,
            Expression = expression,
            Span = cursor.SpanFrom(start),
        };
    }

    /// <summary>Reads <c>table [(columns)]</c> after <c>REFERENCES</c>.</summary>
    public static void ReadReferences(TSqlTokenCursor cursor, out QualifiedName? table, out IReadOnlyList<SqlIdentifier> columns)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            cursor.ReportIfEnded("the referenced table");

            table = null;
            columns = [];
            return;
        }

        table = name;
        columns = TSqlNames.ReadParenthesizedList(cursor);
    }

    /// <summary>Reads <c>ON DELETE|UPDATE action</c> and <c>NOT FOR REPLICATION</c> after a foreign key's REFERENCES.</summary>
    public static void SkipReferentialActions(TSqlTokenCursor cursor)
    {
        while (true)
        {
            if (cursor.IsWord("ON") && (cursor.IsWord("DELETE", 1) || cursor.IsWord("UPDATE", 1)))
            {
                cursor.Position += 2;
                if (!cursor.TryWords("NO", "ACTION") && !cursor.TryWord("CASCADE") && cursor.TryWord("SET"))
                {
                    cursor.Advance(); // NULL or DEFAULT
                }
            }
            else if (!cursor.TryWords("NOT", "FOR", "REPLICATION"))
            {
                return;
            }
        }
    }

    /// <summary>The parenthesized condition of CHECK; reports it missing when the clause ends first.</summary>
    public static SqlExpression? ReadCheckExpression(TSqlTokenCursor cursor)
    {
        if (!cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            cursor.ReportIfEnded("a parenthesized condition");

            return null;
        }

        return TSqlExpressions.ReadParenthesized(cursor);
    }

    /// <summary>Skips <c>CLUSTERED</c>, <c>NONCLUSTERED</c> (and <c>HASH</c> of memory-optimized tables); true for CLUSTERED.</summary>
    public static bool SkipIndexType(TSqlTokenCursor cursor)
    {
        var isClustered = cursor.TryWord("CLUSTERED");
        if (!isClustered)
        {
            cursor.TryWord("NONCLUSTERED");
        }

        cursor.TryWord("HASH");
        return isClustered;
    }
}
