namespace Migrations.Lint.Suppressions;

/// <summary>Whose comment syntax a directive uses.</summary>
public enum DirectiveSyntax
{
    /// <summary><c>migrate-lint-disable…</c> / <c>migrate-lint-enable</c>: rules by our names or codes.</summary>
    MigrateLint,

    /// <summary><c>squawk-ignore</c> / <c>squawk-ignore-file</c>: squawk's rule names, mapped to ours.</summary>
    Squawk,
}
