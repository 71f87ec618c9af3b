using System.CommandLine;
using System.Text.Json;
using SyntaxErrorRule = Migrations.Lint.Rules.SyntaxError;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands;

/// <summary>
/// <c>migrate-lint parse FILE…</c>: shows how we read the SQL — every statement with its kind and
/// exact span — so users can check it and attach it to bug reports. Exit 1 when a file has syntax
/// errors or cannot be read.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = new Argument<string[]>("paths") { Description = "SQL files, or directories searched for *.sql.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var dialect = new Option<string>("--dialect") { Description = "postgres, sqlserver or auto (detected from the SQL).", DefaultValueFactory = _ => "auto" };
        dialect.AcceptOnlyFromAmong("postgres", "sqlserver", "auto");
        var command = new Command("parse", "Print every statement of the given SQL files with its kind and exact position.") { paths, format, dialect };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetRequiredValue(format), ParseDialect(result.GetRequiredValue(dialect)), output));
        return command;
    }

    private static Dialect? ParseDialect(string name) => name switch
    {
        "postgres" => Dialect.Postgres,
        "sqlserver" => Dialect.SqlServer,
        _ => null,
    };

    private static int Run(IReadOnlyList<string> paths, string format, Dialect? dialect, TextWriter output)
    {
        var files = InputFiles.Expand(paths).Select(path => ParsedFile.Load(path, dialect)).ToArray();
        if (format == "json")
        {
            WriteJson(files, output);
        }
        else
        {
            WriteText(files, output);
        }

        return files.Any(file => file.HasErrors) ? (int)ExitCode.LintFailed : (int)ExitCode.Ok;
    }

    private static void WriteText(IEnumerable<ParsedFile> files, TextWriter output)
    {
        foreach (var file in files)
        {
            output.WriteLine($"{file.Path} ({DialectLabels.Key(file.Dialect)}: {file.DialectReason})");
            if (file.LoadError is { } loadError)
            {
                output.WriteLine($"  error {SyntaxErrorRule.Rule.Code}: {loadError}");
                continue;
            }

            foreach (var statement in file.Script!.Statements)
            {
                var start = file.Script.Source.GetPosition(statement.Span.Start);
                var end = file.Script.Source.GetPosition(statement.Span.End);
                output.WriteLine($"  {start.Line}:{start.Column}-{end.Line}:{end.Column}  {statement.Kind}  {statement.Keywords}");
            }

            foreach (var error in file.Script.Errors)
            {
                var start = file.Script.Source.GetPosition(error.Span.Start);
                output.WriteLine($"  {start.Line}:{start.Column}  error {SyntaxErrorRule.Rule.Code}: {error.Message}");
            }
        }
    }

    private static void WriteJson(IEnumerable<ParsedFile> files, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("file", file.Path);
                json.WriteString("dialect", DialectLabels.Key(file.Dialect));
                json.WriteString("dialectReason", file.DialectReason);
                json.WriteStartArray("statements");
                foreach (var statement in file.Script?.Statements ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("kind", statement.Kind.ToString());
                    WriteSpan(json, file.Script!.Source, statement.Span);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("diagnostics");
                if (file.LoadError is { } loadError)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", SyntaxErrorRule.Rule.Code);
                    json.WriteString("message", loadError);
                    json.WriteEndObject();
                }

                foreach (var error in file.Script?.Errors ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", SyntaxErrorRule.Rule.Code);
                    json.WriteString("ruleName", SyntaxErrorRule.Rule.Name);
                    json.WriteString("severity", "error");
                    json.WriteString("message", error.Message);
                    WriteSpan(json, file.Script!.Source, error.Span);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSpan(Utf8JsonWriter json, SourceText source, TextSpan span)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteNumber("startOffset", span.Start);
        json.WriteNumber("endOffset", span.End);
    }

    /// <summary>One input file: its statements and how its dialect was chosen, or why it could not be read.</summary>
    private sealed record ParsedFile(string Path, Dialect Dialect, string DialectReason, SqlScript? Script, string? LoadError)
    {
        public bool HasErrors => LoadError is not null || Script!.Errors.Count > 0;

        public static ParsedFile Load(string path, Dialect? requested)
        {
            var loaded = SourceFile.Load(path);
            if (loaded.Text is not { } text)
            {
                return new ParsedFile(path, requested ?? Dialect.Postgres, "not read", null, loaded.Error!.Message);
            }

            var (dialect, reason) = requested is { } chosen ? (chosen, "--dialect") : Detect(text);
            return new ParsedFile(path, dialect, reason, SqlParser.Parse(text, new TextSpan(0, text.Length), dialect), null);
        }

        /// <summary>The dialect the SQL itself shows; PostgreSQL when it shows neither.</summary>
        private static (Dialect, string) Detect(SourceText text) =>
            DialectDetector.Detect(text) is { Dialect: { } detected } detection
                ? (detected, detection.Reason)
                : (Dialect.Postgres, "no dialect-specific syntax; PostgreSQL by default");
    }
}
