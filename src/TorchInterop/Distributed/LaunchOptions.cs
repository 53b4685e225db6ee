namespace TorchInterop.Distributed;

/// <summary>
/// How <see cref="Launcher"/> starts a job: how many ranks on this node, where the master (rank 0's store) listens,
/// how often a failed job is restarted and how long it may run. The names follow <c>torchrun</c>'s options
/// (<c>--nproc-per-node</c>, <c>--nnodes</c>, <c>--node-rank</c>, <c>--master-addr</c>, <c>--master-port</c>,
/// <c>--max-restarts</c>, <c>--role</c>, <c>--run-id</c>, <c>--log-line-prefix-template</c>).
/// <example><code>
/// var result = Launcher.Run(new LaunchOptions { NprocPerNode = 2, Timeout = TimeSpan.FromMinutes(5) }, "train.dll");
/// </code></example>
/// </summary>
public sealed record LaunchOptions
{
    /// <summary>The port <c>torchrun</c> uses when none is given.</summary>
    public const int DefaultMasterPort = 29500;

    /// <summary>The prefix of each forwarded line: <c>[rank0]:</c>, <c>[rank1]:</c>, ... (the global rank).</summary>
    public const string DefaultLogLinePrefixTemplate = "[rank${rank}]:";

    /// <summary>Processes to start on this node (<c>--nproc-per-node</c>, LOCAL_WORLD_SIZE); at least 1.</summary>
    public int NprocPerNode { get; init; } = 1;

    /// <summary>Nodes in the job (<c>--nnodes</c>); WORLD_SIZE is <see cref="Nnodes"/> × <see cref="NprocPerNode"/>.</summary>
    public int Nnodes { get; init; } = 1;

    /// <summary>This node's index, 0 to <see cref="Nnodes"/> - 1 (<c>--node-rank</c>, GROUP_RANK); ranks here start at <see cref="NodeRank"/> × <see cref="NprocPerNode"/>.</summary>
    public int NodeRank { get; init; }

    /// <summary>The address every rank connects to (MASTER_ADDR): rank 0's host, reachable from all nodes.</summary>
    public string MasterAddr { get; init; } = "127.0.0.1";

    /// <summary>The port rank 0's store listens on (MASTER_PORT); 0 picks a free one (single-node jobs only).</summary>
    public int MasterPort { get; init; } = DefaultMasterPort;

    /// <summary>How many times a failed job is started again, all ranks together (<c>--max-restarts</c>).</summary>
    public int MaxRestarts { get; init; }

    /// <summary>The longest the whole job may run, restarts included; then every rank is killed. Null: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The workers' role (ROLE_NAME, <c>${role_name}</c> in the prefix template).</summary>
    public string Role { get; init; } = "default";

    /// <summary>The job's id (TORCHELASTIC_RUN_ID).</summary>
    public string RunId { get; init; } = "none";

    /// <summary>
    /// The prefix of each forwarded line, with <c>${rank}</c>, <c>${local_rank}</c>, <c>${role_name}</c> and
    /// <c>${hostname}</c> replaced (torchrun's <c>--log-line-prefix-template</c>).
    /// </summary>
    public string LogLinePrefixTemplate { get; init; } = DefaultLogLinePrefixTemplate;

    /// <summary>Variables to set in every rank besides the launcher's (they win over inherited ones).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The ranks' working directory; null: the launcher's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Called for every line a rank writes (from the reading threads, one call at a time); null: lines are not forwarded.</summary>
    public Action<LaunchOutputLine>? OnOutput { get; init; }

    /// <summary>Called with a failed attempt's result just before the job is started again (see <see cref="MaxRestarts"/>).</summary>
    public Action<LaunchResult>? OnRestart { get; init; }

    /// <summary>Whether <see cref="LaunchedRankResult.Output"/> keeps every line (tests); off for long jobs that only forward.</summary>
    public bool CaptureOutput { get; init; } = true;

    /// <summary>How long to wait, after a rank exits, for the rest of its output (held open by its own children).</summary>
    public TimeSpan OutputDrainTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>WORLD_SIZE: every rank on every node.</summary>
    public int WorldSize => Nnodes * NprocPerNode;

    /// <summary>Checks the options, with a message that names the launcher's option.</summary>
    /// <exception cref="ArgumentException">A count, rank or port out of range.</exception>
    public void Validate()
    {
        if (NprocPerNode < 1) throw new ArgumentException($"--nproc-per-node must be at least 1, got {NprocPerNode}", nameof(NprocPerNode));
        if (Nnodes < 1) throw new ArgumentException($"--nnodes must be at least 1, got {Nnodes}", nameof(Nnodes));
        if (NodeRank < 0 || NodeRank >= Nnodes)
            throw new ArgumentException($"--node-rank must be in [0, {Nnodes - 1}] for --nnodes {Nnodes}, got {NodeRank}", nameof(NodeRank));
        if (MasterPort < 0 || MasterPort > 65535) throw new ArgumentException($"--master-port must be in [0, 65535], got {MasterPort}", nameof(MasterPort));
        if (MasterPort == 0 && Nnodes > 1)
            throw new ArgumentException("--master-port 0 (a free port) needs --nnodes 1: every node must be told the same port", nameof(MasterPort));
        if (string.IsNullOrWhiteSpace(MasterAddr)) throw new ArgumentException("--master-addr must not be empty", nameof(MasterAddr));
        if (MaxRestarts < 0) throw new ArgumentException($"--max-restarts must not be negative, got {MaxRestarts}", nameof(MaxRestarts));
        if (Timeout is { } t && t <= TimeSpan.Zero) throw new ArgumentException($"--timeout must be positive, got {t.TotalSeconds} s", nameof(Timeout));
    }
}
