namespace Migrations.Lint.Sql;

/// <summary>The dialect a linted file was read in, for reporters to say so.</summary>
public sealed record FileDialect(string Path, DialectChoice Choice);
