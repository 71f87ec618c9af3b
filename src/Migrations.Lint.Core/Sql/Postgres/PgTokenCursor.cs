using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads the significant tokens of one PostgreSQL statement; adds reads by <see cref="PgTokenKind"/>.</summary>
internal sealed class PgTokenCursor(string text, PgToken[] tokens, List<SyntaxError> errors)
    : SqlTokenCursor<PgToken>(text, tokens, tokens.Length, errors)
{
    public bool IsKind(PgTokenKind kind, int ahead = 0)
    {
        var index = Position + ahead;
        return index < End && TokenAt(index).Kind == kind;
    }

    public bool TryKind(PgTokenKind kind)
    {
        if (!IsKind(kind))
        {
            return false;
        }

        Position++;
        return true;
    }
}
