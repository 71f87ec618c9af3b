using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>A statement we model is certainly malformed: it would fail on the server, so nothing else about it can be trusted.</summary>
public sealed class SyntaxError : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG001",
        "syntax-error",
        "SQL syntax error",
        Severity.Error,
        RuleCategory.Correctness,
        [Dialect.Postgres, Dialect.SqlServer],
        "The script contains SQL that the database will reject: an unterminated string or comment, unbalanced parentheses, or a clause the dialect does not have.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var error in context.Syntax.Errors)
        {
            context.Report(Rule, error.Span, error.Message, "Fix the SQL; the migration would fail when run.");
        }
    }
}
