using System.Text;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>A file of a test migration tree: SQL with its expected findings marked, or raw bytes.</summary>
/// <param name="Path">Relative to the migrations folder, with '/' separators.</param>
/// <param name="Text">The text without marks (empty for raw bytes).</param>
internal sealed record SetFile(string Path, byte[] Bytes, string Text, IReadOnlyList<TextSpan> Expected)
{
    /// <summary>Written as UTF-8 without a byte order mark, marks removed.</summary>
    public static SetFile Sql(string path, string markedText)
    {
        var marked = MarkedSql.Parse(markedText);
        return new SetFile(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(marked.Text), marked.Text, marked.Spans);
    }

    /// <summary>Bytes that are not text; <paramref name="reported"/> expects a finding about the whole file.</summary>
    public static SetFile Raw(string path, byte[] bytes, bool reported) =>
        new(path, bytes, "", reported ? [new TextSpan(0, 0)] : []);

    public static implicit operator SetFile((string Path, string MarkedText) file) => Sql(file.Path, file.MarkedText);
}
