using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>A possibly schema-qualified name such as <c>public.users</c>; never empty.</summary>
public sealed class QualifiedName
{
    public QualifiedName(IReadOnlyList<SqlIdentifier> parts, TextSpan span)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("A qualified name has at least one part.", nameof(parts));
        }

        Parts = parts;
        Span = span;
    }

    public IReadOnlyList<SqlIdentifier> Parts { get; }

    public TextSpan Span { get; }

    /// <summary>The last part: the object's own name.</summary>
    public SqlIdentifier Name => Parts[^1];

    /// <summary>The part before the name, or null when the name is unqualified.</summary>
    public SqlIdentifier? Schema => Parts.Count >= 2 ? Parts[^2] : null;

    /// <summary>
    /// True when both name the same object, reading an unqualified name as one in
    /// <paramref name="defaultSchema"/> (so <c>public.t</c> matches <c>t</c>).
    /// </summary>
    public bool Matches(QualifiedName other, string defaultSchema = "public")
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name.Matches(other.Name) && string.Equals(
            Schema?.Normalized ?? defaultSchema,
            other.Schema?.Normalized ?? defaultSchema,
            StringComparison.Ordinal);
    }

    /// <summary>
    /// True when both name the same object in <paramref name="dialect"/>: an unqualified name is one in the
    /// dialect's <see cref="DefaultSchema"/>, and so is T-SQL's <c>db..name</c>, whose schema part is empty.
    /// </summary>
    public bool Matches(QualifiedName other, Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(other);
        var defaultSchema = DefaultSchema(dialect);
        return Name.Matches(other.Name) && string.Equals(
            SchemaOrDefault(defaultSchema),
            other.SchemaOrDefault(defaultSchema),
            StringComparison.Ordinal);
    }

    /// <summary>The schema an unqualified name resolves to: <c>public</c> for PostgreSQL, <c>dbo</c> for SQL Server.</summary>
    public static string DefaultSchema(Dialect dialect) => dialect == Dialect.SqlServer ? "dbo" : "public";

    public override string ToString() => string.Join('.', Parts);

    private string SchemaOrDefault(string defaultSchema) =>
        Schema is { Normalized.Length: > 0 } schema ? schema.Normalized : defaultSchema;
}
