namespace Migrations.Lint.Diagnostics;

/// <summary>Why a rule exists; becomes a SARIF tag and a column of the rule table.</summary>
public enum RuleCategory
{
    /// <summary>The file cannot be read or parsed.</summary>
    Correctness,

    /// <summary>Data is lost or cannot be brought back.</summary>
    DataLoss,

    /// <summary>A lock blocks reads or writes on a busy table, or a rewrite holds one for long.</summary>
    Locking,

    /// <summary>The statement fails at run time or leaves the database half-migrated.</summary>
    Transactions,

    /// <summary>The migration set itself: pairing, naming, versions.</summary>
    MigrationSet,

    /// <summary>Opt-in conventions for schema design.</summary>
    Style,
}
