namespace Migrations.Lint.Sql.Syntax;

public enum CreateTypeKind
{
    /// <summary><c>CREATE TYPE name AS ENUM (…)</c>.</summary>
    Enum,

    /// <summary><c>CREATE TYPE name AS (attribute type, …)</c>.</summary>
    Composite,

    /// <summary><c>CREATE TYPE name AS RANGE (…)</c>.</summary>
    Range,

    /// <summary><c>CREATE TYPE name (INPUT = …, OUTPUT = …)</c>.</summary>
    Base,

    /// <summary><c>CREATE TYPE name</c>: a placeholder to be defined later.</summary>
    Shell,
}
