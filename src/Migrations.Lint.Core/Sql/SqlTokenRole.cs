namespace Migrations.Lint.Sql;

/// <summary>The part a token plays in the grammar both dialects share: words, operators, lists and groups.</summary>
internal enum SqlTokenRole : byte
{
    Other,

    /// <summary>An unquoted word: a keyword or a plain identifier.</summary>
    Word,

    Operator,
    Comma,
    OpenParen,
    CloseParen,

    /// <summary>PostgreSQL's array subscript bracket (SQL Server's brackets quote names).</summary>
    OpenBracket,

    CloseBracket,
}
