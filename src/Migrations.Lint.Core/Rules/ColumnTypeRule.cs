using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Rules;

/// <summary>
/// A rule that prefers one column type over another: it judges every type a column is given in an up
/// script and reports at the type. Down scripts are skipped: they restore the schema as it was, so
/// their types are not new choices.
/// </summary>
public abstract class ColumnTypeRule : ScriptRule
{
    public sealed override void Check(ScriptContext context)
    {
        if (context.Direction == MigrationDirection.Down)
        {
            return;
        }

        foreach (var analyzed in context.Statements)
        {
            foreach (var declaration in ColumnTypeDeclaration.In(analyzed.Statement))
            {
                if (Judge(declaration, context.Settings) is var (message, help))
                {
                    context.Report(Descriptor, declaration.DataType.Span, message, help);
                }
            }
        }
    }

    /// <summary>The message and help for a type this rule advises against, or null for a fine one.</summary>
    private protected abstract (string Message, string Help)? Judge(ColumnTypeDeclaration declaration, LintSettings settings);
}
