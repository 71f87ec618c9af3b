using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Rules;

/// <summary>A rule: its descriptor plus a check. Subclass <see cref="ScriptRule"/> or <see cref="SetRule"/>.</summary>
public abstract class LintRule
{
    public abstract RuleDescriptor Descriptor { get; }
}

/// <summary>
/// A rule that reads one parsed script (an up or a down) at a time. Scripts are checked in parallel, so a rule
/// keeps no state between them: what it finds goes to <see cref="ScriptContext.Report"/>.
/// </summary>
public abstract class ScriptRule : LintRule
{
    public abstract void Check(ScriptContext context);
}

/// <summary>A rule that reads the whole migration set: pairing, versions, up/down agreement.</summary>
public abstract class SetRule : LintRule
{
    public abstract void Check(SetContext context);
}
