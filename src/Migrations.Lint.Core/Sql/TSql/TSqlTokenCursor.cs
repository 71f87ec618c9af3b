using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Reads the significant tokens of one T-SQL statement; adds reads by <see cref="TSqlTokenKind"/>.</summary>
/// <param name="count">How many of <paramref name="tokens"/> are significant (the rest is spare capacity).</param>
internal sealed class TSqlTokenCursor(string text, TSqlToken[] tokens, int count, List<SyntaxError> errors)
    : SqlTokenCursor<TSqlToken>(text, tokens, count, errors)
{
    public bool IsKind(TSqlTokenKind kind, int ahead = 0)
    {
        var index = Position + ahead;
        return index < End && TokenAt(index).Kind == kind;
    }

    public bool TryKind(TSqlTokenKind kind)
    {
        if (!IsKind(kind))
        {
            return false;
        }

        Position++;
        return true;
    }
}
