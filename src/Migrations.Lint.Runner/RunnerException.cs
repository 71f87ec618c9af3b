namespace Migrations.Lint.Runner;

/// <summary>
/// The runner could not do what was asked. <see cref="Exception.Message"/> is one line meant for the user,
/// with every password already replaced by <c>***</c>.
/// </summary>
public sealed class RunnerException : Exception
{
    public RunnerException(RunnerErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public RunnerErrorKind Kind { get; }
}
