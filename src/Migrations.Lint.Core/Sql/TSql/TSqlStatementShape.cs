using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

internal enum TSqlShapeKind
{
    Simple,
    If,
    While,
    Block,
    TryCatch,
}

/// <summary>
/// A statement as the splitter finds it: its tokens [<see cref="Start"/>, <see cref="End"/>) without the
/// terminating <c>;</c> and, for control flow, the statements inside. The parser turns it into a node.
/// </summary>
internal sealed class TSqlStatementShape(TSqlShapeKind kind, int start)
{
    private List<TSqlStatementShape>? _body;
    private List<TSqlStatementShape>? _alternative;

    public TSqlShapeKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; set; } = start;

    /// <summary>The tokens of an IF or WHILE condition; empty when missing.</summary>
    public int ConditionStart { get; set; } = start;

    public int ConditionEnd { get; set; } = start;

    public List<TSqlStatementShape> Body => _body ??= [];

    public List<TSqlStatementShape> Alternative => _alternative ??= [];

    public bool HasBody => _body is { Count: > 0 };

    public bool HasAlternative => _alternative is { Count: > 0 };

    /// <summary>The node the parser built for this statement.</summary>
    public SqlStatement? Node { get; set; }
}
