namespace Migrations.Lint.Sql;

/// <summary>Where a script's dialect came from.</summary>
public enum DialectOrigin
{
    /// <summary>The file or folder name (<c>.mssql.</c>, <c>sqlserver/</c>, …).</summary>
    Name,

    /// <summary><c>--dialect</c>, the configuration file or the MSBuild property.</summary>
    Configuration,

    /// <summary>The script's syntax (<see cref="DialectDetector"/>).</summary>
    Detected,

    /// <summary>Detection was on but the syntax did not decide, so the default dialect applies.</summary>
    Default,
}
