using System.Globalization;
using System.Net;
using System.Text;

namespace TorchInterop.Distributed;

/// <summary>
/// How a launched job ended: each rank of its last attempt, the first rank that failed (torchrun's "root cause"),
/// whether it timed out, and a summary like torchrun's <c>ChildFailedError</c>.
/// </summary>
public sealed record LaunchResult
{
    /// <summary>The launcher's exit code when a rank failed (torchrun's too).</summary>
    public const int FailedExitCode = 1;

    /// <summary>The launcher's exit code when the job ran past its timeout (as coreutils' <c>timeout</c>).</summary>
    public const int TimedOutExitCode = 124;

    /// <summary>What each rank ran, by local rank.</summary>
    public required IReadOnlyList<LaunchCommand> Commands { get; init; }

    /// <summary>The ranks of the last attempt, by local rank.</summary>
    public required IReadOnlyList<LaunchedRankResult> Ranks { get; init; }

    /// <summary>How many times the job was started again after a failure.</summary>
    public int Restarts { get; init; }

    /// <summary>The MASTER_PORT the ranks were given (the free one picked for <c>--master-port 0</c>).</summary>
    public int MasterPort { get; init; }

    /// <summary>Whether the job ran past <see cref="LaunchOptions.Timeout"/> (or was cancelled) and its ranks were killed.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The first rank seen to fail in the last attempt; null if none did.</summary>
    public LaunchedRankResult? RootCause { get; init; }

    /// <summary>Whether every rank exited with code 0.</summary>
    public bool Succeeded => !TimedOut && RootCause is null && Ranks.All(rank => rank.Succeeded);

    /// <summary>0 on success, <see cref="FailedExitCode"/> when a rank failed, <see cref="TimedOutExitCode"/> on a timeout.</summary>
    public int ExitCode => Succeeded ? 0 : TimedOut ? TimedOutExitCode : FailedExitCode;

    /// <summary>The exit code of each rank, by local rank (null: never exited).</summary>
    public IReadOnlyList<int?> ExitCodes => [.. Ranks.Select(rank => rank.ExitCode)];

    /// <summary>
    /// The failure as torchrun reports it: a box naming the program, the other failed ranks, then the root cause
    /// with its rank, local rank, exit code and pid; on a timeout, the ranks that were still running. Empty on success.
    /// </summary>
    public string FailureSummary()
    {
        if (Succeeded) return "";
        string program = Path.GetFileName(Commands[RootCause?.LocalRank ?? 0].Program);
        string title = TimedOut ? $"{program} TIMED OUT" : $"{program} FAILED";
        var others = Ranks.Where(rank => rank != RootCause && rank.Failed).ToList();
        var otherText = others.Count == 0 ? "  <NO_OTHER_FAILURES>" : string.Join("\n", others.Select((rank, i) => Entry(i + 1, rank)));
        string rootText = RootCause is null ? "  <N/A>" : Entry(0, RootCause);
        var killed = Ranks.Where(rank => rank.Killed).Select(rank => rank.Rank.ToString(CultureInfo.InvariantCulture)).ToList();
        string killedText = killed.Count == 0 ? "  <NONE>" : "  ranks " + string.Join(", ", killed);
        int width = Math.Min(60, new[] { title, otherText, rootText }.SelectMany(t => t.Split('\n')).Max(line => line.Length));
        var text = new StringBuilder()
            .AppendLine().AppendLine(new string('=', width)).AppendLine(title).AppendLine(new string('-', width))
            .AppendLine("Failures:").AppendLine(otherText).AppendLine(new string('-', width))
            .AppendLine("Root Cause (first observed failure):").AppendLine(rootText).AppendLine(new string('-', width))
            .AppendLine(TimedOut ? "Killed at the timeout:" : "Killed by the launcher:").AppendLine(killedText)
            .Append(new string('=', width));
        return text.ToString();
    }

    private static string Entry(int index, LaunchedRankResult rank) => string.Join("\n",
        $"[{index}]:",
        $"  time      : {(rank.ExitTime ?? DateTimeOffset.Now).ToString("yyyy-MM-dd_HH:mm:ss", CultureInfo.InvariantCulture)}",
        $"  host      : {Dns.GetHostName()}",
        $"  rank      : {rank.Rank} (local_rank: {rank.LocalRank})",
        $"  exitcode  : {rank.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "<N/A>"} (pid: {rank.Pid})");
}
