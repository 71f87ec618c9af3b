namespace Migrations.Lint.Sql.Syntax;

public enum EnumValuePosition
{
    /// <summary>Appended after the last value.</summary>
    End,
    Before,
    After,
}
