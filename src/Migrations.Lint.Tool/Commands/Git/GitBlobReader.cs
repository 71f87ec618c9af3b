using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Migrations.Lint.Tool.Commands.Git;

/// <summary>
/// Reads blobs through one <c>git cat-file --batch</c> process, however many files a run needs: a process
/// per file would cost more than linting them.
/// </summary>
internal sealed class GitBlobReader : IDisposable
{
    /// <summary>cat-file ends as soon as its input closes; a git that does not is not worth hanging a commit for.</summary>
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly string _root;
    private Process? _git;
    private BufferedStream? _output;

    public GitBlobReader(string root) => _root = root;

    /// <summary>The blob's bytes, or null when git does not have it.</summary>
    public byte[]? Read(string blobId)
    {
        if (_git is null)
        {
            _git = GitProcess.Start(_root, ["cat-file", "--batch"], redirectInput: true, captureError: false);
            _output = new BufferedStream(_git.StandardOutput.BaseStream);
        }

        _git.StandardInput.Write(blobId + "\n");
        _git.StandardInput.Flush();

        // "<id> blob <size>\n<bytes>\n", or "<id> missing\n".
        var header = ReadLine(_output!).Split(' ');
        if (header is not [_, "blob", var sizeText])
        {
            return null;
        }

        var bytes = new byte[int.Parse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture)];
        _output!.ReadExactly(bytes);
        _output.ReadByte();
        return bytes;
    }

    public void Dispose()
    {
        if (_git is not null)
        {
            _git.StandardInput.Close();
            if (!_git.WaitForExit(ExitTimeout))
            {
                _git.Kill();
            }

            _git.Dispose();
        }
    }

    private static string ReadLine(Stream stream)
    {
        var line = new List<byte>();
        for (var next = stream.ReadByte(); next is not ('\n' or -1); next = stream.ReadByte())
        {
            line.Add((byte)next);
        }

        return Encoding.UTF8.GetString([.. line]);
    }
}
