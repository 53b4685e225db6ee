namespace TorchInterop.Distributed;

/// <summary>One line a rank wrote, without its line break.</summary>
/// <param name="Rank">The writer's global rank (RANK).</param>
/// <param name="LocalRank">The writer's rank on this node (LOCAL_RANK).</param>
/// <param name="IsError">Whether it came from standard error rather than standard output.</param>
/// <param name="Text">The line.</param>
/// <param name="Prefix">The rank's prefix (<see cref="LaunchOptions.LogLinePrefixTemplate"/> filled in), e.g. <c>[rank0]:</c>.</param>
public sealed record LaunchOutputLine(int Rank, int LocalRank, bool IsError, string Text, string Prefix)
{
    /// <summary>The line as the launcher forwards it: prefix, then text (<c>[rank1]:loss 0.25</c>).</summary>
    public override string ToString() => Prefix + Text;
}
