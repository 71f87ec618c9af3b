using System.CommandLine;
using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>What the inspection commands (preflight, postflight, cycle) take from the session's options.</summary>
internal static class InspectionSettings
{
    /// <summary>The history table from --history-table, else the configuration, else the default.</summary>
    public static HistoryTableName HistoryTable(RunnerSession session, RunnerCommandLine commandLine, ParseResult result) =>
        commandLine.Options(result, RunnerConfigSettings.Read(session.Config.Runner)).HistoryTable;
}
