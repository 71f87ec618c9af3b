using System.Diagnostics.CodeAnalysis;

namespace Migrations.Lint.Config;

/// <summary>A configuration value, or every error found while building it; loading never throws.</summary>
public sealed class ConfigResult<T>
    where T : class
{
    private ConfigResult(T? value, IReadOnlyList<ConfigError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ConfigError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    internal static ConfigResult<T> Success(T value) => new(value, []);

    internal static ConfigResult<T> Failure(IReadOnlyList<ConfigError> errors) => new(null, errors);
}
