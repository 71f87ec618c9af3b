namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// One statement as PostgreSQL sees it: UTF-16 offsets from its first token to the end of its last token
/// before the <c>;</c>, its parse-node type (e.g. <c>IndexStmt</c>) and, where one node type covers several
/// statements, the field that tells them apart (e.g. <c>OBJECT_TABLE</c> for a <c>DropStmt</c>).
/// </summary>
public sealed record OracleStatement(int Start, int End, string Type, string? Subtype)
{
    public override string ToString() => Subtype is null ? Type : $"{Type}({Subtype})";
}
