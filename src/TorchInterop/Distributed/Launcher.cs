namespace TorchInterop.Distributed;

/// <summary>
/// Starts the ranks of a data-parallel job on this machine, as <c>torchrun</c> does: each gets RANK, LOCAL_RANK,
/// WORLD_SIZE, LOCAL_WORLD_SIZE, GROUP_RANK, MASTER_ADDR, MASTER_PORT (and torchrun's other variables), its output
/// is forwarded line by line with a rank prefix, and the job fails as a whole: when one rank exits with a non-zero
/// code the others are killed at once (then the job is started again, up to <see cref="LaunchOptions.MaxRestarts"/>
/// times), and past <see cref="LaunchOptions.Timeout"/> every rank is killed. The command-line tool
/// <c>torchinterop-run</c> is this class with torchrun's options.
/// <example><code>
/// var result = Launcher.Run(2, "worker.dll", ["--epochs", "3"], TimeSpan.FromMinutes(2));
/// if (!result.Succeeded) Console.Error.WriteLine(result.FailureSummary());
/// </code></example>
/// </summary>
public static class Launcher
{
    // A killed process is reaped within milliseconds; this bounds the wait should the kernel be slow.
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> as <paramref name="nproc"/> ranks on a free port, for at most <paramref name="timeout"/>.</summary>
    /// <param name="nproc">How many ranks.</param>
    /// <param name="program">An executable, a <c>.dll</c>, or a project (built first); see <see cref="LaunchCommand.Resolve"/>.</param>
    /// <param name="arguments">The program's arguments.</param>
    /// <param name="timeout">The longest the job may run.</param>
    public static LaunchResult Run(int nproc, string program, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        Run(new LaunchOptions { NprocPerNode = nproc, MasterPort = 0, Timeout = timeout }, LaunchCommand.Resolve(program, arguments));

    /// <summary>Runs <paramref name="command"/> as the ranks <paramref name="options"/> describe and waits for the job to end.</summary>
    /// <exception cref="ArgumentException">Invalid options (<see cref="LaunchOptions.Validate"/>).</exception>
    /// <exception cref="InvalidOperationException">The program could not be started (the ranks already started are killed).</exception>
    public static LaunchResult Run(LaunchOptions options, LaunchCommand command, CancellationToken cancellationToken = default) =>
        RunAsync(options, command, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Runs the job asynchronously; cancelling <paramref name="cancellationToken"/> kills every rank, as the timeout does.</summary>
    /// <inheritdoc cref="Run(LaunchOptions, LaunchCommand, CancellationToken)"/>
    public static Task<LaunchResult> RunAsync(LaunchOptions options, LaunchCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(command);
        return RunAsync(options, Enumerable.Repeat(command, options.NprocPerNode).ToList(), cancellationToken);
    }

    /// <summary>
    /// Runs a job whose ranks run different programs, one command per local rank: C# ranks and Python ranks in one
    /// process group, say (<c>[LaunchCommand.Resolve("worker.dll", []), LaunchCommand.Resolve("python3", ["worker.py"])]</c>).
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options, or not one command per rank on this node.</exception>
    /// <exception cref="InvalidOperationException">A program could not be started (the ranks already started are killed).</exception>
    public static LaunchResult Run(LaunchOptions options, IReadOnlyList<LaunchCommand> commands, CancellationToken cancellationToken = default) =>
        RunAsync(options, commands, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Runs a job of one command per local rank asynchronously.</summary>
    /// <inheritdoc cref="Run(LaunchOptions, IReadOnlyList{LaunchCommand}, CancellationToken)"/>
    public static async Task<LaunchResult> RunAsync(LaunchOptions options, IReadOnlyList<LaunchCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(commands);
        options.Validate();
        if (commands.Count != options.NprocPerNode)
            throw new ArgumentException($"{commands.Count} commands for --nproc-per-node {options.NprocPerNode}: give one per rank", nameof(commands));
        int masterPort = options.MasterPort == 0 ? LaunchPorts.FindFree() : options.MasterPort;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } timeout) deadline.CancelAfter(timeout);

        var sinkLock = new Lock();
        void Sink(LaunchOutputLine line)
        {
            if (options.OnOutput is null) return;
            lock (sinkLock) options.OnOutput(line);
        }

        for (int restart = 0; ; restart++)
        {
            var attempt = await RunOnceAsync(options, commands, masterPort, restart, Sink, deadline.Token).ConfigureAwait(false);
            var result = attempt with { Restarts = restart };
            if (result.Succeeded || result.TimedOut || restart == options.MaxRestarts) return result;
            options.OnRestart?.Invoke(result);
        }
    }

    private static async Task<LaunchResult> RunOnceAsync(LaunchOptions options, IReadOnlyList<LaunchCommand> commands, int masterPort, int restart,
        Action<LaunchOutputLine> sink, CancellationToken deadline)
    {
        var ranks = new List<LaunchedRank>();
        try
        {
            try
            {
                for (int localRank = 0; localRank < options.NprocPerNode; localRank++)
                    ranks.Add(LaunchedRank.Start(commands[localRank], options, localRank, masterPort, restart, sink));
            }
            catch
            {
                await KillAllAsync(ranks).ConfigureAwait(false);
                throw;
            }

            LaunchedRank? rootCause = null;
            bool timedOut = false;
            var running = ranks.ToList();
            var expired = Task.Delay(Timeout.Infinite, deadline);
            while (running.Count > 0)
            {
                var exited = await Task.WhenAny(running.Select(rank => (Task)rank.Exited).Append(expired)).ConfigureAwait(false);
                if (exited == expired)
                {
                    timedOut = true;
                    break;
                }
                var rank = running.First(r => r.Exited == exited);
                running.Remove(rank);
                if (rank.Exited.Result != 0)
                {
                    rootCause = rank;
                    break;
                }
            }
            await KillAllAsync(running).ConfigureAwait(false);
            await Task.WhenAll(ranks.Select(rank => rank.DrainAsync(options.OutputDrainTimeout))).ConfigureAwait(false);
            var results = ranks.Select(rank => rank.Result()).ToList();
            return new LaunchResult
            {
                Commands = commands,
                Ranks = results,
                MasterPort = masterPort,
                TimedOut = timedOut,
                RootCause = rootCause is null ? null : results[rootCause.LocalRank],
            };
        }
        finally
        {
            foreach (var rank in ranks) rank.Dispose();
        }
    }

    private static async Task KillAllAsync(IReadOnlyCollection<LaunchedRank> ranks)
    {
        foreach (var rank in ranks) rank.Kill();
        await Task.WhenAny(Task.WhenAll(ranks.Select(rank => rank.Exited)), Task.Delay(KillWait)).ConfigureAwait(false);
    }
}
