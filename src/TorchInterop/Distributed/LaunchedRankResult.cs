namespace TorchInterop.Distributed;

/// <summary>How one rank of a launched job ended.</summary>
/// <param name="Rank">Its global rank (RANK).</param>
/// <param name="LocalRank">Its rank on this node (LOCAL_RANK).</param>
/// <param name="Pid">Its process id.</param>
/// <param name="ExitCode">Its exit code (128 + the signal for a killed process); null if it never exited.</param>
/// <param name="Killed">Whether the launcher killed it, because another rank failed or the job timed out.</param>
/// <param name="StartTime">When it started.</param>
/// <param name="ExitTime">When it exited; null if it never did.</param>
/// <param name="Output">The lines it wrote, both streams in the order read (empty unless <see cref="LaunchOptions.CaptureOutput"/>).</param>
public sealed record LaunchedRankResult(int Rank, int LocalRank, int Pid, int? ExitCode, bool Killed, DateTimeOffset StartTime,
    DateTimeOffset? ExitTime, IReadOnlyList<LaunchOutputLine> Output)
{
    /// <summary>Whether it exited on its own with code 0.</summary>
    public bool Succeeded => ExitCode == 0 && !Killed;

    /// <summary>Whether it exited on its own with a non-zero code (a failure, not a rank the launcher stopped).</summary>
    public bool Failed => ExitCode is not (null or 0) && !Killed;

    /// <summary>Its standard output, one string per line.</summary>
    public IEnumerable<string> Stdout => Output.Where(line => !line.IsError).Select(line => line.Text);

    /// <summary>Its standard error, one string per line.</summary>
    public IEnumerable<string> Stderr => Output.Where(line => line.IsError).Select(line => line.Text);
}
