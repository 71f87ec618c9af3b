namespace Migrations.Lint.Config;

/// <summary>Malformed JSON: what was wrong and the offset where the reader noticed it.</summary>
internal sealed class JsoncSyntaxException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
