using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads a column definition: <c>name [type] [STORAGE …] [COMPRESSION …] [COLLATE …] [constraints]</c>.</summary>
internal static class PgColumns
{
    /// <summary>Where a DEFAULT expression ends: at the next column constraint or option.</summary>
    private static readonly string[] DefaultStopWords =
    [
        "CONSTRAINT", "NOT", "NULL", "DEFAULT", "CHECK", "UNIQUE", "PRIMARY", "REFERENCES", "GENERATED",
        "COLLATE", "DEFERRABLE", "INITIALLY",
    ];

    private static readonly string[] ConstraintStartWords =
    [
        "CONSTRAINT", "NOT", "NULL", "DEFAULT", "CHECK", "UNIQUE", "PRIMARY", "REFERENCES", "GENERATED", "COLLATE",
    ];

    /// <summary>Reads one column definition; the cursor's limit must end where the definition does.</summary>
    public static ColumnDefinition? TryRead(PgTokenCursor cursor)
    {
        var start = cursor.Position;
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return null;
        }

        DataType? dataType = null;
        if (!cursor.TryWords("WITH", "OPTIONS") && !cursor.IsAnyWord(ConstraintStartWords))
        {
            PgDataTypes.TryRead(cursor, out dataType);
        }

        var column = new ColumnBuilder(name, dataType);
        while (!cursor.AtEnd)
        {
            ReadClause(cursor, ref column);
        }

        return column.Build(cursor.SpanFrom(start));
    }

    private static void ReadClause(PgTokenCursor cursor, ref ColumnBuilder column)
    {
        var start = cursor.Position;
        SqlIdentifier? constraintName = null;
        if (cursor.TryWord("CONSTRAINT"))
        {
            PgNames.TryReadIdentifier(cursor, out constraintName);
        }

        if (cursor.IsWord("NOT") && cursor.IsWord("NULL", 1))
        {
            column.NotNullSpan = cursor.SpanOf(cursor.Position, cursor.Position + 2);
            cursor.Position += 2;
            cursor.TryWords("NO", "INHERIT");
        }
        else if (cursor.TryWord("NULL"))
        {
            // Explicitly nullable: the default.
        }
        else if (cursor.TryWord("DEFAULT"))
        {
            column.Default = PgExpressions.Read(cursor, DefaultStopWords);
            if (column.Default is null && cursor.AtEnd)
            {
                cursor.ReportExpected("a default expression");
            }
        }
        else if (cursor.TryWords("PRIMARY", "KEY"))
        {
            column.IsPrimaryKey = true;
            PgConstraints.SkipIndexParameters(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.PrimaryKey);
        }
        else if (cursor.TryWord("UNIQUE"))
        {
            PgConstraints.SkipNullsDistinct(cursor);
            PgConstraints.SkipIndexParameters(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.Unique);
        }
        else if (cursor.TryWord("CHECK"))
        {
            var expression = PgConstraints.ReadParenthesizedExpression(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.Check, expression: expression);
        }
        else if (cursor.TryWord("REFERENCES"))
        {
            PgConstraints.ReadReferences(cursor, out var table, out var referencedColumns);
            PgConstraints.SkipReferentialActions(cursor);
            column.AddConstraint(cursor, start, constraintName, ConstraintType.ForeignKey, table, referencedColumns);
        }
        else if (cursor.TryWord("GENERATED"))
        {
            ReadGenerated(cursor, ref column);
        }
        else if (cursor.TryWord("COLLATE"))
        {
            PgNames.TryReadQualifiedName(cursor, out _);
        }
        else if (constraintName is null)
        {
            // STORAGE, COMPRESSION, attributes out of place, or syntax we do not model.
            cursor.SkipElement();
        }
    }

    /// <summary>After <c>GENERATED</c>: <c>ALWAYS|BY DEFAULT AS IDENTITY [(options)]</c> or <c>ALWAYS AS (expr) [STORED|VIRTUAL]</c>.</summary>
    private static void ReadGenerated(PgTokenCursor cursor, ref ColumnBuilder column)
    {
        var always = cursor.TryWord("ALWAYS");
        if (!always && !cursor.TryWords("BY", "DEFAULT"))
        {
            return;
        }

        if (!cursor.TryWord("AS"))
        {
            return;
        }

        if (cursor.TryWord("IDENTITY"))
        {
            column.Generated = always ? GeneratedColumnKind.IdentityAlways : GeneratedColumnKind.IdentityByDefault;
            if (cursor.IsKind(PgTokenKind.OpenParen))
            {
                cursor.SkipElement();
            }

            return;
        }

        column.GeneratedExpression = PgConstraints.ReadParenthesizedExpression(cursor);
        column.Generated = cursor.TryWord("STORED") ? GeneratedColumnKind.StoredExpression : GeneratedColumnKind.VirtualExpression;
        cursor.TryWord("VIRTUAL");
    }

    /// <summary>Collects a column's clauses, which may come in any order, before the immutable node is built.</summary>
    private struct ColumnBuilder(SqlIdentifier name, DataType? dataType)
    {
        private List<TableConstraint>? _constraints;

        public TextSpan? NotNullSpan { get; set; }

        public bool IsPrimaryKey { get; set; }

        public SqlExpression? Default { get; set; }

        public GeneratedColumnKind Generated { get; set; }

        public SqlExpression? GeneratedExpression { get; set; }

        public void AddConstraint(
            PgTokenCursor cursor,
            int start,
            SqlIdentifier? constraintName,
            ConstraintType type,
            QualifiedName? references = null,
            IReadOnlyList<SqlIdentifier>? referencedColumns = null,
            SqlExpression? expression = null)
        {
            var attributes = default(PgConstraintAttributes);
            while (PgConstraints.ReadAttribute(cursor, ref attributes))
            {
            }

            _constraints ??= new List<TableConstraint>(1);
            _constraints.Add(new TableConstraint
            {
                Name = constraintName,
                ConstraintType = type,
                Columns = [name],
                References = references,
                ReferencedColumns = referencedColumns ?? [],
                Expression = expression,
                IsNotValid = attributes.IsNotValid,
                IsDeferrable = attributes.IsDeferrable,
                Span = cursor.SpanFrom(start),
            });
        }

        public readonly ColumnDefinition Build(TextSpan span) => new()
        {
            Name = name,
            DataType = dataType,
            IsNotNull = NotNullSpan is not null,
            NotNullSpan = NotNullSpan,
            IsPrimaryKey = IsPrimaryKey,
            Default = Default,
            Generated = Generated,
            GeneratedExpression = GeneratedExpression,
            Constraints = _constraints is null ? [] : _constraints,
            Span = span,
        };
    }
}
