using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Migrations.Lint.Runner.Connections;

namespace Migrations.Lint.Runner.Events;

/// <summary>
/// Writes what the runner does as JSON Lines (one object per line: <c>ts</c>, <c>level</c>, <c>event</c>,
/// then the event's fields), for <c>jq</c> and log shippers. Every string passes through
/// <see cref="ConnectionSettings.Redact"/> first, so no password reaches the log.
/// </summary>
public sealed class MigrationEventLog
{
    private readonly TextWriter _writer;
    private readonly ConnectionSettings _connection;
    private readonly TimeProvider _time;
    private readonly string? _target;
    private readonly object _gate = new();

    /// <param name="target">
    /// Written as <c>target</c> in every event, when several databases' runs share one log. The writer must
    /// then be safe across threads (<see cref="TextWriter.Synchronized"/>).
    /// </param>
    public MigrationEventLog(TextWriter writer, ConnectionSettings connection, TimeProvider? time = null, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(connection);
        _writer = writer;
        _connection = connection;
        _time = time ?? TimeProvider.System;
        _target = target;
    }

    internal void Info(string eventName, params (string Name, object? Value)[] fields) => Write("info", eventName, fields);

    internal void Warn(string eventName, params (string Name, object? Value)[] fields) => Write("warn", eventName, fields);

    internal void Error(string eventName, params (string Name, object? Value)[] fields) => Write("error", eventName, fields);

    private void Write(string level, string eventName, (string Name, object? Value)[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("ts", _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("level", level);
            json.WriteString("event", eventName);
            if (_target is not null)
            {
                WriteField(json, "target", _target);
            }

            foreach (var (name, value) in fields)
            {
                WriteField(json, name, value);
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    private void WriteField(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteNumber(name, number);
                break;
            case TimeSpan duration:
                json.WriteNumber(name, (long)duration.TotalMilliseconds);
                break;
            default:
                json.WriteString(name, _connection.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }
}
