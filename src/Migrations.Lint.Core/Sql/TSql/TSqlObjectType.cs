namespace Migrations.Lint.Sql.TSql;

/// <summary>How the object of <c>CREATE|ALTER|DROP &lt;type&gt;</c> is named.</summary>
internal enum TSqlObjectNaming
{
    /// <summary><c>TABLE dbo.t</c>.</summary>
    Named,

    /// <summary><c>INDEX ix ON dbo.t</c>.</summary>
    NamedOnTable,

    /// <summary><c>FULLTEXT INDEX ON dbo.t</c>.</summary>
    OnTable,

    /// <summary><c>SERVER CONFIGURATION</c>, <c>MASTER KEY</c>: there is only one.</summary>
    Unnamed,
}

/// <summary>An object type phrase of CREATE, ALTER and DROP, such as <c>TABLE</c> or <c>PARTITION SCHEME</c>.</summary>
internal sealed record TSqlObjectType(string[] Words, TSqlObjectNaming Naming = TSqlObjectNaming.Named)
{
    // Longest phrases first, so XML SCHEMA COLLECTION wins over SCHEMA and DATABASE SCOPED CONFIGURATION over DATABASE.
    private static readonly TSqlObjectType[] All =
    [
        new(["DATABASE", "SCOPED", "CONFIGURATION"], TSqlObjectNaming.Unnamed),
        new(["DATABASE", "SCOPED", "CREDENTIAL"]),
        new(["DATABASE", "AUDIT", "SPECIFICATION"]),
        new(["DATABASE", "ENCRYPTION", "KEY"], TSqlObjectNaming.Unnamed),
        new(["SERVER", "AUDIT", "SPECIFICATION"]),
        new(["SERVICE", "MASTER", "KEY"], TSqlObjectNaming.Unnamed),
        new(["COLUMN", "MASTER", "KEY"]),
        new(["COLUMN", "ENCRYPTION", "KEY"]),
        new(["XML", "SCHEMA", "COLLECTION"]),
        new(["SELECTIVE", "XML", "INDEX"], TSqlObjectNaming.NamedOnTable),
        new(["SEARCH", "PROPERTY", "LIST"]),
        new(["EXTERNAL", "DATA", "SOURCE"]),
        new(["EXTERNAL", "FILE", "FORMAT"]),
        new(["EXTERNAL", "RESOURCE", "POOL"]),
        new(["SERVER", "CONFIGURATION"], TSqlObjectNaming.Unnamed),
        new(["SERVER", "AUDIT"]),
        new(["SERVER", "ROLE"]),
        new(["XML", "INDEX"], TSqlObjectNaming.NamedOnTable),
        new(["SPATIAL", "INDEX"], TSqlObjectNaming.NamedOnTable),
        new(["COLUMNSTORE", "INDEX"], TSqlObjectNaming.NamedOnTable),
        new(["FULLTEXT", "INDEX"], TSqlObjectNaming.OnTable),
        new(["FULLTEXT", "CATALOG"]),
        new(["FULLTEXT", "STOPLIST"]),
        new(["PARTITION", "FUNCTION"]),
        new(["PARTITION", "SCHEME"]),
        new(["MASTER", "KEY"], TSqlObjectNaming.Unnamed),
        new(["SYMMETRIC", "KEY"]),
        new(["ASYMMETRIC", "KEY"]),
        new(["EXTERNAL", "TABLE"]),
        new(["EXTERNAL", "LIBRARY"]),
        new(["EXTERNAL", "LANGUAGE"]),
        new(["EVENT", "SESSION"]),
        new(["EVENT", "NOTIFICATION"]),
        new(["MESSAGE", "TYPE"]),
        new(["APPLICATION", "ROLE"]),
        new(["SECURITY", "POLICY"]),
        new(["BROKER", "PRIORITY"]),
        new(["RESOURCE", "POOL"]),
        new(["RESOURCE", "GOVERNOR"], TSqlObjectNaming.Unnamed),
        new(["WORKLOAD", "GROUP"]),
        new(["WORKLOAD", "CLASSIFIER"]),
        new(["AVAILABILITY", "GROUP"]),
        new(["CRYPTOGRAPHIC", "PROVIDER"]),
        new(["TABLE"]),
        new(["INDEX"], TSqlObjectNaming.NamedOnTable),
        new(["VIEW"]),
        new(["PROCEDURE"]),
        new(["PROC"]),
        new(["FUNCTION"]),
        new(["TRIGGER"]),
        new(["SCHEMA"]),
        new(["TYPE"]),
        new(["DATABASE"]),
        new(["SEQUENCE"]),
        new(["SYNONYM"]),
        new(["USER"]),
        new(["ROLE"]),
        new(["LOGIN"]),
        new(["STATISTICS"]),
        new(["ASSEMBLY"]),
        new(["DEFAULT"]),
        new(["RULE"]),
        new(["AGGREGATE"]),
        new(["CERTIFICATE"]),
        new(["CREDENTIAL"]),
        new(["CONTRACT"]),
        new(["QUEUE"]),
        new(["SERVICE"]),
        new(["ROUTE"]),
        new(["ENDPOINT"]),
        new(["AUTHORIZATION"], TSqlObjectNaming.Unnamed),
    ];

    /// <summary>The object type whose words stand <paramref name="ahead"/> of the cursor, or null.</summary>
    public static TSqlObjectType? Match(TSqlTokenCursor cursor, int ahead)
    {
        foreach (var type in All)
        {
            var matched = 0;
            while (matched < type.Words.Length && cursor.IsWord(type.Words[matched], ahead + matched))
            {
                matched++;
            }

            if (matched == type.Words.Length)
            {
                return type;
            }
        }

        return null;
    }
}
