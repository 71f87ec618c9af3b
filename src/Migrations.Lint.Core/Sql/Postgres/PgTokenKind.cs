namespace Migrations.Lint.Sql.Postgres;

/// <summary>The lexical classes of PostgreSQL (scan.l), plus psql variables and comments.</summary>
public enum PgTokenKind : byte
{
    /// <summary>An unquoted word: keywords are identifiers too; the parser tells them apart.</summary>
    Identifier,

    /// <summary><c>"quoted ""identifier"""</c> or <c>U&amp;"…"</c>.</summary>
    QuotedIdentifier,

    /// <summary><c>'…'</c>, <c>N'…'</c> (standard-conforming: backslash is literal).</summary>
    String,

    /// <summary><c>E'…'</c> with backslash escapes.</summary>
    EscapeString,

    /// <summary><c>U&amp;'…'</c> (an optional UESCAPE clause follows as ordinary tokens).</summary>
    UnicodeString,

    /// <summary><c>B'0101'</c>.</summary>
    BitString,

    /// <summary><c>X'1F'</c>.</summary>
    HexString,

    /// <summary><c>$$…$$</c> or <c>$tag$…$tag$</c>.</summary>
    DollarString,

    /// <summary>Integer literal in decimal, 0x, 0o or 0b form, with optional <c>_</c> separators.</summary>
    Integer,

    /// <summary>Numeric literal with a fraction and/or exponent: <c>1.5</c>, <c>.5</c>, <c>1e10</c>.</summary>
    Numeric,

    /// <summary>Positional parameter <c>$1</c>.</summary>
    Parameter,

    /// <summary>psql variable <c>:name</c>, <c>:'name'</c> or <c>:"name"</c>.</summary>
    PsqlVariable,

    /// <summary>An operator such as <c>=</c>, <c>&lt;&gt;</c>, <c>||</c>, <c>-&gt;&gt;</c>, <c>@&gt;</c>.</summary>
    Operator,

    /// <summary><c>::</c></summary>
    Typecast,

    /// <summary><c>:=</c> or <c>=&gt;</c> (named-argument notation).</summary>
    ColonEquals,

    Comma,
    Semicolon,
    Colon,
    Dot,

    /// <summary><c>..</c> (PL/pgSQL ranges; also the start of <c>..5</c> forms).</summary>
    DotDot,

    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,

    /// <summary><c>-- …</c> up to (not including) the line break.</summary>
    LineComment,

    /// <summary><c>/* … */</c>, nesting like PostgreSQL's.</summary>
    BlockComment,

    /// <summary>A psql meta-command line such as <c>\set</c> or <c>\i file</c> (up to the line end).</summary>
    PsqlMetaCommand,

    /// <summary>A character PostgreSQL rejects (e.g. a stray backslash or NUL).</summary>
    Invalid,
}
