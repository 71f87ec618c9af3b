using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads table constraints and the clauses they share with inline column constraints.</summary>
internal static class PgConstraints
{
    /// <summary>Words that can start a table constraint.</summary>
    public static bool StartsTableConstraint(PgTokenCursor cursor) =>
        cursor.IsWord("CONSTRAINT") || cursor.IsWord("CHECK") || cursor.IsWord("UNIQUE")
        || (cursor.IsWord("PRIMARY") && cursor.IsWord("KEY", 1))
        || (cursor.IsWord("FOREIGN") && cursor.IsWord("KEY", 1))
        || (cursor.IsWord("EXCLUDE") && (cursor.IsKind(PgTokenKind.OpenParen, 1) || cursor.IsWord("USING", 1)))
        || (cursor.IsWord("NOT") && cursor.IsWord("NULL", 1));

    /// <summary>Reads a whole table constraint: the cursor's limit must end where the constraint does.</summary>
    public static TableConstraint? TryReadTableConstraint(PgTokenCursor cursor)
    {
        var start = cursor.Position;
        SqlIdentifier? name = null;
        if (cursor.TryWord("CONSTRAINT") && !PgNames.TryReadIdentifier(cursor, out name))
        {
            cursor.ReportIfEnded("a constraint name");
            return null;
        }

        ConstraintType type;
        IReadOnlyList<SqlIdentifier> columns = [];
        IReadOnlyList<SqlIdentifier> referencedColumns = [];
        QualifiedName? references = null;
        SqlIdentifier? usingIndex = null;
        SqlExpression? expression = null;
        if (cursor.TryWords("PRIMARY", "KEY") || cursor.TryWord("UNIQUE"))
        {
            type = cursor.IsWordToken(cursor.TokenAt(cursor.Position - 1), "KEY") ? ConstraintType.PrimaryKey : ConstraintType.Unique;
            SkipNullsDistinct(cursor);
            if (cursor.TryWords("USING", "INDEX"))
            {
                PgNames.TryReadIdentifier(cursor, out usingIndex);
            }
            else
            {
                columns = PgNames.ReadParenthesizedList(cursor);
            }
        }
        else if (cursor.TryWord("CHECK"))
        {
            type = ConstraintType.Check;
            expression = ReadParenthesizedExpression(cursor);
        }
        else if (cursor.TryWords("FOREIGN", "KEY"))
        {
            type = ConstraintType.ForeignKey;
            columns = PgNames.ReadParenthesizedList(cursor);
            if (cursor.TryWord("REFERENCES"))
            {
                ReadReferences(cursor, out references, out referencedColumns);
            }
        }
        else if (cursor.TryWord("EXCLUDE"))
        {
            type = ConstraintType.Exclude;
        }
        else if (cursor.TryWords("NOT", "NULL"))
        {
            type = ConstraintType.NotNull;
            if (PgNames.TryReadIdentifier(cursor, out var column))
            {
                columns = [column];
            }
        }
        else
        {
            if (cursor.AtEnd && cursor.Position > start)
            {
                cursor.ReportExpected("a constraint");
            }

            return null;
        }

        // The rest (index parameters, referential actions, EXCLUDE elements, …) only matters for its attributes.
        var attributes = default(PgConstraintAttributes);
        while (!cursor.AtEnd)
        {
            if (!ReadAttribute(cursor, ref attributes))
            {
                cursor.SkipElement();
            }
        }

        return new TableConstraint
        {
            Name = name,
            ConstraintType = type,
            Columns = columns,
            References = references,
            ReferencedColumns = referencedColumns,
            UsingIndex = usingIndex,
            IsNotValid = attributes.IsNotValid,
            IsDeferrable = attributes.IsDeferrable,
            Expression = expression,
            Span = cursor.SpanFrom(start),
        };
    }

    /// <summary>Reads <c>table [(columns)]</c> after <c>REFERENCES</c>.</summary>
    public static void ReadReferences(PgTokenCursor cursor, out QualifiedName? table, out IReadOnlyList<SqlIdentifier> columns)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            cursor.ReportIfEnded("the referenced table");

            table = null;
            columns = [];
            return;
        }

        table = name;
        columns = PgNames.ReadParenthesizedList(cursor);
    }

    /// <summary>Reads <c>MATCH …</c> and <c>ON DELETE|UPDATE action</c> clauses of a foreign key.</summary>
    public static void SkipReferentialActions(PgTokenCursor cursor)
    {
        while (true)
        {
            if (cursor.TryWord("MATCH"))
            {
                cursor.Advance();
            }
            else if (cursor.IsWord("ON") && (cursor.IsWord("DELETE", 1) || cursor.IsWord("UPDATE", 1)))
            {
                cursor.Position += 2;
                if (cursor.TryWords("NO", "ACTION") || cursor.TryWord("RESTRICT") || cursor.TryWord("CASCADE"))
                {
                    continue;
                }

                if (cursor.TryWord("SET"))
                {
                    cursor.Advance();
                    if (cursor.IsKind(PgTokenKind.OpenParen))
                    {
                        cursor.SkipElement();
                    }
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads <c>INCLUDE (…)</c>, <c>WITH (…)</c> and <c>USING INDEX TABLESPACE t</c> after a key.</summary>
    public static void SkipIndexParameters(PgTokenCursor cursor)
    {
        while (true)
        {
            if ((cursor.IsWord("INCLUDE") || cursor.IsWord("WITH")) && cursor.IsKind(PgTokenKind.OpenParen, 1))
            {
                cursor.Advance();
                cursor.SkipElement();
            }
            else if (cursor.TryWords("USING", "INDEX", "TABLESPACE"))
            {
                cursor.Advance();
            }
            else
            {
                return;
            }
        }
    }

    public static void SkipNullsDistinct(PgTokenCursor cursor)
    {
        if (cursor.TryWord("NULLS"))
        {
            cursor.TryWord("NOT");
            cursor.TryWord("DISTINCT");
        }
    }

    /// <summary>Reads <c>(expression)</c>, returning the expression inside the parentheses.</summary>
    public static SqlExpression? ReadParenthesizedExpression(PgTokenCursor cursor)
    {
        if (!cursor.IsKind(PgTokenKind.OpenParen))
        {
            cursor.ReportIfEnded("a parenthesized expression");
            return null;
        }

        var open = cursor.Position;
        cursor.SkipElement();
        var close = cursor.Position;
        var closed = cursor.TokenAt(close - 1).Kind == PgTokenKind.CloseParen && close - 1 > open;
        var innerEnd = closed ? close - 1 : close;
        return innerEnd > open + 1 ? PgExpressions.Create(cursor, open + 1, innerEnd) : null;
    }

    /// <summary>Reads one constraint attribute, if one is next.</summary>
    public static bool ReadAttribute(PgTokenCursor cursor, ref PgConstraintAttributes attributes)
    {
        if (cursor.TryWord("DEFERRABLE"))
        {
            attributes.IsDeferrable = true;
        }
        else if (cursor.TryWords("NOT", "VALID"))
        {
            attributes.IsNotValid = true;
        }
        else if (!(cursor.TryWords("NOT", "DEFERRABLE") || cursor.TryWords("INITIALLY", "DEFERRED")
            || cursor.TryWords("INITIALLY", "IMMEDIATE") || cursor.TryWords("NO", "INHERIT")
            || cursor.TryWord("ENFORCED") || cursor.TryWords("NOT", "ENFORCED")))
        {
            return false;
        }

        return true;
    }
}
