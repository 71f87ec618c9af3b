namespace Migrations.Lint.Migrations;

internal enum SectionMarkerKind
{
    None,
    Up,
    Down,

    /// <summary>goose's file-wide <c>-- +goose NO TRANSACTION</c>.</summary>
    NoTransaction,
}

/// <summary>A section marker line, with the options written after it (dbmate <c>transaction:false</c>).</summary>
internal readonly record struct SectionMarker(SectionMarkerKind Kind, MigrationScriptOptions Options = MigrationScriptOptions.None)
{
    public static SectionMarker None => default;
}
