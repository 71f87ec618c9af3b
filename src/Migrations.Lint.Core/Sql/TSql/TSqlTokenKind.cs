namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// The lexical classes of T-SQL as SQL Server's ScriptDom splits them, plus the sqlcmd layer
/// (<c>GO</c>, <c>:setvar</c>, <c>$(var)</c>) that SSMS and sqlcmd strip before the server sees a batch.
/// </summary>
public enum TSqlTokenKind : byte
{
    /// <summary>
    /// An unquoted word: keywords, <c>#temp</c>, <c>##global</c> and the pseudo-columns
    /// <c>$action</c>, <c>$identity</c>, <c>$partition</c>; the parser tells them apart.
    /// </summary>
    Identifier,

    /// <summary><c>[bracketed ]]identifier]</c>.</summary>
    BracketedIdentifier,

    /// <summary><c>"quoted ""identifier"""</c> (a string instead when QUOTED_IDENTIFIER is OFF).</summary>
    QuotedIdentifier,

    /// <summary><c>@name</c>.</summary>
    Variable,

    /// <summary><c>@@ROWCOUNT</c>, <c>@@TRANCOUNT</c>, ….</summary>
    GlobalVariable,

    /// <summary><c>'it''s'</c>.</summary>
    String,

    /// <summary><c>N'…'</c>.</summary>
    UnicodeString,

    /// <summary><c>0xDEADBEEF</c>, or <c>0x</c> (an empty binary value).</summary>
    Binary,

    /// <summary><c>42</c>.</summary>
    Integer,

    /// <summary>A number with a decimal point and no exponent: <c>1.5</c>, <c>.5</c>, <c>5.</c>.</summary>
    Decimal,

    /// <summary>A number with an exponent: <c>1e10</c>, <c>1.5E-3</c>.</summary>
    Float,

    /// <summary>A currency symbol with an optional amount: <c>$12.50</c>, <c>$-5</c>, <c>€3</c>, <c>$</c>.</summary>
    Money,

    /// <summary>An operator such as <c>=</c>, <c>&lt;&gt;</c>, <c>!&lt;</c>, <c>+=</c>, <c>||</c>.</summary>
    Operator,

    Comma,
    Semicolon,
    Dot,
    Colon,

    /// <summary><c>::</c> (<c>SCHEMA::name</c>, <c>geography::Point</c>).</summary>
    DoubleColon,

    OpenParen,
    CloseParen,

    /// <summary><c>{</c> of an ODBC escape such as <c>{fn NOW()}</c>.</summary>
    OpenBrace,

    CloseBrace,

    /// <summary><c>-- …</c> up to (not including) the line break.</summary>
    LineComment,

    /// <summary><c>/* … */</c>, nesting like SQL Server's.</summary>
    BlockComment,

    /// <summary>
    /// <c>GO</c> or <c>GO 5</c> alone on its line: the client-side batch separator. A trailing
    /// <c>-- comment</c> on that line is a separate <see cref="LineComment"/>.
    /// </summary>
    BatchSeparator,

    /// <summary>A sqlcmd command line such as <c>:setvar x 1</c> or <c>:r file.sql</c> (up to the line end).</summary>
    SqlCmdCommand,

    /// <summary>A sqlcmd variable reference <c>$(name)</c>, replaced before the server sees the batch.</summary>
    SqlCmdVariable,

    /// <summary>A character T-SQL has no use for (e.g. <c>?</c>, <c>`</c>, a stray <c>]</c>).</summary>
    Invalid,
}
