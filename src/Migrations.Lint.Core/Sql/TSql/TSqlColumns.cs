using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Reads a column definition: <c>name type [clauses]</c> or a computed <c>name AS expr [PERSISTED]</c>, where
/// the clauses (NULL, NOT NULL, [CONSTRAINT n] DEFAULT, IDENTITY, inline constraints, COLLATE, …) come in any order.
/// </summary>
internal static class TSqlColumns
{
    /// <summary>Where a DEFAULT expression ends: at the next column clause.</summary>
    private static readonly string[] DefaultStopWords =
    [
        "CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "FOREIGN", "IDENTITY",
        "ROWGUIDCOL", "COLLATE", "WITH", "SPARSE", "MASKED", "ENCRYPTED", "GENERATED", "PERSISTED", "INDEX",
        "FILESTREAM", "HIDDEN",
    ];

    private static readonly string[] ComputedStopWords =
    [
        "PERSISTED", "CONSTRAINT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "FOREIGN",
    ];

    /// <summary>Reads one column definition; the cursor's limit must end where the definition does.</summary>
    /// <param name="isNotChecked">
    /// The column is added by <c>ALTER TABLE … WITH NOCHECK ADD</c>: its CHECK and FOREIGN KEY constraints do not
    /// check existing rows.
    /// </param>
    public static ColumnDefinition? TryRead(TSqlTokenCursor cursor, bool isNotChecked = false)
    {
        var start = cursor.Position;
        if (!TSqlNames.TryReadIdentifier(cursor, out var name))
        {
            return null;
        }

        var column = new ColumnBuilder(name, isNotChecked);
        if (cursor.TryWord("AS"))
        {
            column.GeneratedExpression = TSqlExpressions.Read(cursor, ComputedStopWords);
            if (column.GeneratedExpression is null)
            {
                cursor.ReportExpected("the computed column's expression");
            }

            column.Generated = cursor.TryWord("PERSISTED") ? GeneratedColumnKind.StoredExpression : GeneratedColumnKind.VirtualExpression;
        }
        else if (TSqlDataTypes.TryRead(cursor, out var dataType))
        {
            column.DataType = dataType;
        }
        else
        {
            cursor.ReportExpected("a data type");
        }

        while (!cursor.AtEnd)
        {
            ReadClause(cursor, ref column);
        }

        return column.Build(cursor.SpanFrom(start));
    }

    private static void ReadClause(TSqlTokenCursor cursor, ref ColumnBuilder column)
    {
        var start = cursor.Position;
        SqlIdentifier? constraintName = null;
        if (cursor.TryWord("CONSTRAINT") && !TSqlNames.TryReadIdentifier(cursor, out constraintName))
        {
            cursor.ReportExpected("a constraint name");
            return;
        }

        if (cursor.IsWord("NOT") && cursor.IsWord("NULL", 1))
        {
            column.NotNullSpan = cursor.SpanOf(cursor.Position, cursor.Position + 2);
            cursor.Position += 2;
        }
        else if (cursor.TryWord("NULL") || cursor.TryWords("NOT", "FOR", "REPLICATION"))
        {
            // Explicitly nullable (the default), or replication-only behaviour.
        }
        else if (cursor.TryWord("DEFAULT"))
        {
            column.Default = TSqlExpressions.Read(cursor, DefaultStopWords);
            if (column.Default is null)
            {
                cursor.ReportExpected("a default expression");
            }

            column.IsDefaultWithValues = cursor.TryWords("WITH", "VALUES");
        }
        else if (cursor.TryWord("IDENTITY"))
        {
            // SQL Server fills an identity itself and refuses explicit values unless IDENTITY_INSERT is on.
            column.Generated = GeneratedColumnKind.IdentityAlways;
            if (cursor.IsKind(TSqlTokenKind.OpenParen))
            {
                cursor.SkipElement();
            }
        }
        else if (cursor.TryWords("PRIMARY", "KEY"))
        {
            column.IsPrimaryKey = true;
            SkipIndexClauses(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.PrimaryKey);
        }
        else if (cursor.TryWord("UNIQUE"))
        {
            SkipIndexClauses(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.Unique);
        }
        else if (cursor.TryWord("CHECK"))
        {
            cursor.TryWords("NOT", "FOR", "REPLICATION");
            var expression = TSqlConstraints.ReadCheckExpression(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.Check, expression: expression);
        }
        else if (cursor.IsWord("REFERENCES") || (cursor.IsWord("FOREIGN") && cursor.IsWord("KEY", 1)))
        {
            cursor.TryWords("FOREIGN", "KEY");
            cursor.TryWord("REFERENCES");
            TSqlConstraints.ReadReferences(cursor, out var table, out var referencedColumns);
            TSqlConstraints.SkipReferentialActions(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.ForeignKey, table, referencedColumns);
        }
        else if (cursor.TryWord("COLLATE"))
        {
            cursor.Advance();
        }
        else if (constraintName is null)
        {
            // ROWGUIDCOL, SPARSE, FILESTREAM, HIDDEN, GENERATED ALWAYS AS ROW START, MASKED WITH (…), an inline INDEX, ….
            cursor.SkipElement();
        }
    }

    /// <summary>Skips what may follow an inline PRIMARY KEY or UNIQUE: index type, <c>WITH (…)</c>, <c>ON filegroup</c>.</summary>
    private static void SkipIndexClauses(TSqlTokenCursor cursor)
    {
        TSqlConstraints.SkipIndexType(cursor);
        if (cursor.IsWord("WITH") && cursor.IsKind(TSqlTokenKind.OpenParen, 1))
        {
            cursor.Advance();
            cursor.SkipElement();
        }

        if (cursor.TryWord("ON"))
        {
            cursor.Advance();
            if (cursor.IsKind(TSqlTokenKind.OpenParen))
            {
                cursor.SkipElement();
            }
        }
    }

    /// <summary>Collects a column's clauses, which may come in any order, before the immutable node is built.</summary>
    private struct ColumnBuilder(SqlIdentifier name, bool isNotChecked)
    {
        private List<TableConstraint>? _constraints;

        public DataType? DataType { get; set; }

        public TextSpan? NotNullSpan { get; set; }

        public bool IsPrimaryKey { get; set; }

        public SqlExpression? Default { get; set; }

        public bool IsDefaultWithValues { get; set; }

        public GeneratedColumnKind Generated { get; set; }

        public SqlExpression? GeneratedExpression { get; set; }

        public void AddConstraint(
            TSqlTokenCursor cursor,
            int start,
            SqlIdentifier? constraintName,
            ConstraintType type,
            QualifiedName? references = null,
            IReadOnlyList<SqlIdentifier>? referencedColumns = null,
            SqlExpression? expression = null)
        {
            _constraints ??= new List<TableConstraint>(1);
            _constraints.Add(new TableConstraint
            {
                Name = constraintName,
                ConstraintType = type,
                Columns = [name],
                References = references,
                ReferencedColumns = referencedColumns ?? [],
                Expression = expression,
                IsNotValid = isNotChecked && type is ConstraintType.Check or ConstraintType.ForeignKey,
                Span = cursor.SpanFrom(start),
            });
        }

        public readonly ColumnDefinition Build(TextSpan span) => new()
        {
            Name = name,
            DataType = DataType,
            IsNotNull = NotNullSpan is not null,
            NotNullSpan = NotNullSpan,
            IsPrimaryKey = IsPrimaryKey,
            Default = Default,
            IsDefaultWithValues = IsDefaultWithValues,
            Generated = Generated,
            GeneratedExpression = GeneratedExpression,
            Constraints = _constraints is null ? [] : _constraints,
            Span = span,
        };
    }
}
