namespace Migrations.Lint.Runner.Inspection;

public enum SchemaChange
{
    /// <summary>Only in the second snapshot.</summary>
    Added,

    /// <summary>Only in the first snapshot.</summary>
    Missing,

    /// <summary>In both, with different definitions.</summary>
    Changed,
}
