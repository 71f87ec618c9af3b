namespace Migrations.Lint.Sql.Postgres;

/// <summary>The significant tokens [Start, End) of one statement, terminator excluded.</summary>
internal readonly record struct PgStatementRange(int Start, int End);
