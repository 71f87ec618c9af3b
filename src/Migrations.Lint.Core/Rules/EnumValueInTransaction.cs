using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run in a transaction block at all; from 12 on it
/// can, but the new value cannot be used until the transaction commits. Both restrictions are lifted
/// for an enum type created earlier in the same transaction.
/// </summary>
public sealed class EnumValueInTransaction : ScriptRule
{
    /// <summary>The first version that allows ADD VALUE in a transaction block.</summary>
    private const int TransactionalAddValueVersion = 12;

    public static RuleDescriptor Rule { get; } = new(
        "MIG215",
        "enum-value-in-transaction",
        "Add enum values outside the transaction that uses them",
        Severity.Warning,
        RuleCategory.Transactions,
        [Dialect.Postgres],
        "ALTER TYPE … ADD VALUE fails inside a transaction block before PostgreSQL 12, and from 12 on the new value cannot be used until the transaction commits, so a migration that adds a value and uses it fails.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        var typesCreated = new List<QualifiedName>();
        var uncommitted = new List<(AddEnumValueAction Action, AlterTypeStatement Alter)>();
        foreach (var analyzed in context.Statements)
        {
            switch (analyzed.Statement)
            {
                case TransactionStatement { Action: TransactionAction.Commit or TransactionAction.Rollback }:
                    typesCreated.Clear();
                    uncommitted.Clear();
                    continue;
                case CreateTypeStatement create when analyzed.InTransaction:
                    typesCreated.Add(create.Name);
                    continue;
                case AlterTypeStatement { Action: AddEnumValueAction add } alter
                    when analyzed.InTransaction && !typesCreated.Any(created => created.Matches(alter.Name)):
                    if (context.Settings.PgVersion < TransactionalAddValueVersion)
                    {
                        context.Report(
                            Rule,
                            add.Span,
                            $"Adding value '{add.Value}' to enum '{alter.Name}' fails inside a transaction block on PostgreSQL {context.Settings.PgVersion}.",
                            "Run ALTER TYPE … ADD VALUE in a migration of its own that runs outside a transaction.");
                    }
                    else
                    {
                        uncommitted.Add((add, alter));
                    }

                    continue;
            }

            if (uncommitted.Count > 0)
            {
                ReportUses(context, analyzed.Statement, uncommitted);
            }
        }
    }

    /// <summary>
    /// A string literal spelling a value added earlier in the transaction is, in a migration, almost
    /// always that value: converting it to the enum fails with "unsafe use of new value".
    /// </summary>
    private static void ReportUses(ScriptContext context, SqlStatement statement, List<(AddEnumValueAction Action, AlterTypeStatement Alter)> uncommitted)
    {
        var text = context.Source.Text;
        foreach (var token in PgLexer.Tokenize(text, statement.Span))
        {
            // Dollar-quoted bodies run later, when a function is called, so only plain literals count.
            if (token.Kind is not (PgTokenKind.String or PgTokenKind.EscapeString or PgTokenKind.UnicodeString))
            {
                continue;
            }

            var literal = PgLiterals.Decode(text.AsSpan(token.Start, token.Length), token);
            foreach (var (action, alter) in uncommitted)
            {
                if (string.Equals(literal, action.Value, StringComparison.Ordinal))
                {
                    var line = context.Source.GetPosition(action.Span.Start).Line;
                    context.Report(
                        Rule,
                        token.Span,
                        $"Enum value '{action.Value}' added to '{alter.Name}' on line {line} cannot be used before the transaction commits.",
                        "Add the value in a migration of its own (or COMMIT after it), and use it in a later one.");
                    break;
                }
            }
        }
    }
}
