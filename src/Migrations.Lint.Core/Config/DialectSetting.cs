namespace Migrations.Lint.Config;

/// <summary>The <c>dialect</c> setting: a fixed SQL dialect, or <see cref="Auto"/> to detect it per migration set.</summary>
public enum DialectSetting
{
    Auto,
    Postgres,
    SqlServer,
}
