namespace Migrations.Lint.Runner.Inspection;

/// <summary>One object that two snapshots disagree on.</summary>
/// <param name="Expected">Its definition in the first snapshot; null when it was not there.</param>
/// <param name="Actual">Its definition in the second snapshot; null when it is gone.</param>
public sealed record SchemaDifference(string Kind, string Name, string? Expected, string? Actual)
{
    public SchemaChange Change => (Expected, Actual) switch
    {
        (null, _) => SchemaChange.Added,
        (_, null) => SchemaChange.Missing,
        _ => SchemaChange.Changed,
    };
}
