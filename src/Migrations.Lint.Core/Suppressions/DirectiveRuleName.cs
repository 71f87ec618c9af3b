using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>One rule name as written in a directive, where it is, and the rule it means (null when none).</summary>
public sealed record DirectiveRuleName(string Written, TextSpan Span, RuleDescriptor? Rule);
