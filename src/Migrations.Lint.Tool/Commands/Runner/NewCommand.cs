using System.CommandLine;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary><c>migrate-lint new NAME [--dir D]</c>: create the next migration's up and down files in the folder's own convention.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output)
    {
        var name = new Argument<string>("name") { Description = "What the migration does, e.g. \"add users email index\"." };
        var directory = new Option<string>("--dir", "-d") { Description = "The migrations folder (default: the current directory).", DefaultValueFactory = _ => "." };

        var command = new Command("new", "Create the next migration's up and down files, named like the existing ones.") { name, directory };
        command.SetAction(result =>
        {
            var folder = result.GetRequiredValue(directory);
            var existing = Directory.Exists(folder) ? MigrationSet.Discover([folder]).Migrations : [];
            var files = NewMigrationFiles.Plan(existing, result.GetRequiredValue(name), DateTimeOffset.UtcNow);
            var paths = files.Select(file => Path.Combine(folder, file.Path)).ToList();
            if (paths.FirstOrDefault(Path.Exists) is { } taken)
            {
                throw new UsageException($"{taken} already exists");
            }

            foreach (var (path, (_, content)) in paths.Zip(files))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, content);
                output.WriteLine($"created {path}");
            }

            return (int)ExitCode.Ok;
        });
        return command;
    }
}
