using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// T-SQL control flow that runs the statements it holds while the script runs. <see cref="SqlScript.Statements"/>
/// lists the block and then, depth first, every statement inside it, so rules see the DDL that migrations wrap
/// in <c>IF NOT EXISTS (…) BEGIN … END</c>; a nested statement's span lies inside its block's span. Bodies of
/// procedures, functions, triggers and views are not blocks: they run later, when called.
/// </summary>
public sealed class BlockStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Other;

    public required BlockKind BlockKind { get; init; }

    /// <summary>The condition of an IF or WHILE.</summary>
    public TextSpan? ConditionSpan { get; init; }

    /// <summary>
    /// The statements directly inside: run when the condition holds, on each iteration, in the block, in the
    /// TRY block, or in the dynamic SQL. A <c>BEGIN … END</c> that is the whole body of an IF, ELSE or WHILE is
    /// not a statement of its own; its statements are listed here.
    /// </summary>
    public IReadOnlyList<SqlStatement> Body { get; init; } = [];

    /// <summary>The statements of the ELSE branch of an IF, or of the CATCH block; empty otherwise.</summary>
    public IReadOnlyList<SqlStatement> Alternative { get; init; } = [];
}
