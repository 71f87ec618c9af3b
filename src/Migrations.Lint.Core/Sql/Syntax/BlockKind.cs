namespace Migrations.Lint.Sql.Syntax;

/// <summary>What a <see cref="BlockStatement"/> is.</summary>
public enum BlockKind
{
    /// <summary><c>IF condition statement [ELSE statement]</c>.</summary>
    If,

    /// <summary><c>WHILE condition statement</c>.</summary>
    While,

    /// <summary>A <c>BEGIN … END</c> that is not the whole body of an IF, ELSE or WHILE.</summary>
    Block,

    /// <summary><c>BEGIN TRY … END TRY BEGIN CATCH … END CATCH</c>.</summary>
    TryCatch,

    /// <summary><c>EXEC ('…')</c> or <c>EXEC sp_executesql N'…'</c> with one string literal, whose SQL is parsed too.</summary>
    DynamicSql,
}
