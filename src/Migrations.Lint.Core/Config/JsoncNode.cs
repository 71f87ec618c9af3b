using System.Text.Encodings.Web;
using System.Text.Json;
using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// A JSON value read from a config file, with the span it came from so every error can
/// name a line and column (System.Text.Json's DOM keeps no positions).
/// </summary>
internal abstract record JsoncNode(TextSpan Span)
{
    /// <summary>How the value reads in an error message: strings and numbers verbatim, containers by kind.</summary>
    public abstract string Describe();
}

internal sealed record JsoncObject(TextSpan Span, IReadOnlyList<JsoncMember> Members) : JsoncNode(Span)
{
    public override string Describe() => "an object";
}

internal sealed record JsoncMember(string Name, TextSpan NameSpan, JsoncNode Value);

internal sealed record JsoncArray(TextSpan Span, IReadOnlyList<JsoncNode> Items) : JsoncNode(Span)
{
    public override string Describe() => "an array";
}

internal sealed record JsoncString(TextSpan Span, string Value) : JsoncNode(Span)
{
    private const int MaxShownLength = 40;

    public override string Describe()
    {
        var shown = Value.Length > MaxShownLength ? string.Concat(Value.AsSpan(0, MaxShownLength), "...") : Value;

        // Escaping keeps the message on one line even when the value holds a newline.
        return '"' + JsonEncodedText.Encode(shown, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + '"';
    }
}

/// <summary>A number kept as written, so <c>15.0</c> and <c>15</c> stay distinguishable.</summary>
internal sealed record JsoncNumber(TextSpan Span, string Text) : JsoncNode(Span)
{
    public override string Describe() => Text;
}

internal sealed record JsoncBoolean(TextSpan Span, bool Value) : JsoncNode(Span)
{
    public override string Describe() => Value ? "true" : "false";
}

internal sealed record JsoncNull(TextSpan Span) : JsoncNode(Span)
{
    public override string Describe() => "null";
}
