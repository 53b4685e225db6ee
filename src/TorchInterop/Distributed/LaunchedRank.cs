using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace TorchInterop.Distributed;

/// <summary>
/// One rank's process while it runs: started with torchrun's variables, its two streams read line by line into the
/// job's sink, and killed (with its own children) when the job fails or times out.
/// </summary>
internal sealed class LaunchedRank : IDisposable
{
    private readonly Process _process;
    private readonly Task _stdout;
    private readonly Task _stderr;
    private readonly List<LaunchOutputLine>? _output;
    private readonly Lock _outputLock = new();
    private volatile bool _killed;

    private LaunchedRank(int rank, int localRank, string prefix, Process process, Action<LaunchOutputLine> sink, bool capture)
    {
        Rank = rank;
        LocalRank = localRank;
        Prefix = prefix;
        _process = process;
        Pid = process.Id;
        StartTime = DateTimeOffset.Now;
        _output = capture ? [] : null;
        Exited = process.WaitForExitAsync().ContinueWith(_ =>
        {
            ExitTime = DateTimeOffset.Now;
            return process.ExitCode;
        }, TaskScheduler.Default);
        _stdout = Forward(process.StandardOutput, isError: false, sink);
        _stderr = Forward(process.StandardError, isError: true, sink);
    }

    public int Rank { get; }

    public int LocalRank { get; }

    public string Prefix { get; }

    public int Pid { get; }

    public DateTimeOffset StartTime { get; }

    public DateTimeOffset? ExitTime { get; private set; }

    /// <summary>Completes with the exit code when the process has exited.</summary>
    public Task<int> Exited { get; }

    /// <summary>Whether the launcher killed it (rather than it exiting on its own).</summary>
    public bool Killed => _killed;

    /// <summary>Starts the rank of local rank <paramref name="localRank"/> on this node.</summary>
    /// <exception cref="InvalidOperationException">The program could not be started (not found, not executable).</exception>
    public static LaunchedRank Start(LaunchCommand command, LaunchOptions options, int localRank, int masterPort, int restartCount,
        Action<LaunchOutputLine> sink)
    {
        int rank = options.NodeRank * options.NprocPerNode + localRank;
        var start = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (options.WorkingDirectory is not null) start.WorkingDirectory = options.WorkingDirectory;
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in options.Environment) start.Environment[name] = value;
        foreach (var (name, value) in RankEnvironment(options, rank, localRank, masterPort, restartCount)) start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start rank {rank} ({command}): {e.Message}", e);
        }
        string prefix = LaunchPrefix.Format(options.LogLinePrefixTemplate, rank, localRank, options.Role);
        return new LaunchedRank(rank, localRank, prefix, process, sink, options.CaptureOutput);
    }

    /// <summary>The variables torchrun gives a worker (torch/distributed/elastic/agent/server/local_elastic_agent.py).</summary>
    public static IEnumerable<KeyValuePair<string, string>> RankEnvironment(LaunchOptions options, int rank, int localRank, int masterPort, int restartCount)
    {
        static string S(int value) => value.ToString(CultureInfo.InvariantCulture);
        yield return new("RANK", S(rank));
        yield return new("LOCAL_RANK", S(localRank));
        yield return new("GROUP_RANK", S(options.NodeRank));
        yield return new("ROLE_RANK", S(rank));
        yield return new("ROLE_NAME", options.Role);
        yield return new("LOCAL_WORLD_SIZE", S(options.NprocPerNode));
        yield return new("WORLD_SIZE", S(options.WorldSize));
        yield return new("GROUP_WORLD_SIZE", S(options.Nnodes));
        yield return new("ROLE_WORLD_SIZE", S(options.WorldSize));
        yield return new("MASTER_ADDR", options.MasterAddr);
        yield return new("MASTER_PORT", S(masterPort));
        yield return new("TORCHELASTIC_RESTART_COUNT", S(restartCount));
        yield return new("TORCHELASTIC_MAX_RESTARTS", S(options.MaxRestarts));
        yield return new("TORCHELASTIC_RUN_ID", options.RunId);
        // There is no agent store: rank 0 hosts the TCPStore itself, as under a plain env:// init.
        yield return new("TORCHELASTIC_USE_AGENT_STORE", "False");
        // Debian's PyTorch 2.x is built without libuv, and its Python TCPStore asks for libuv unless USE_LIBUV=0:
        // without this, a Python rank's env:// init fails there ("use_libuv was requested but PyTorch was built
        // without libuv support"). A value set by the caller is kept.
        if (Environment.GetEnvironmentVariable("USE_LIBUV") is null) yield return new("USE_LIBUV", "0");
    }

    /// <summary>Kills the process and its children, unless it has already exited.</summary>
    public void Kill()
    {
        if (Exited.IsCompleted) return;
        try
        {
            _killed = true;
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it exited in the meantime
        }
        catch (Win32Exception)
        {
            // a child could not be signalled; the process itself is gone or going
        }
    }

    /// <summary>Waits (at most <paramref name="timeout"/>) for the last lines a finished process wrote.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        await Task.WhenAny(Task.WhenAll(_stdout, _stderr), Task.Delay(timeout)).ConfigureAwait(false);
    }

    /// <summary>The rank's record once it has exited.</summary>
    public LaunchedRankResult Result()
    {
        LaunchOutputLine[] output;
        lock (_outputLock) output = _output is null ? [] : [.. _output];
        return new LaunchedRankResult(Rank, LocalRank, Pid, Exited.IsCompletedSuccessfully ? Exited.Result : null, Killed, StartTime, ExitTime, output);
    }

    public void Dispose() => _process.Dispose();

    private Task Forward(StreamReader reader, bool isError, Action<LaunchOutputLine> sink) => Task.Run(async () =>
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } text)
            {
                var line = new LaunchOutputLine(Rank, LocalRank, isError, text, Prefix);
                if (_output is not null) lock (_outputLock) _output.Add(line);
                sink(line);
            }
        }
        catch (ObjectDisposedException)
        {
            // the job gave up waiting for this stream
        }
        catch (IOException)
        {
            // the pipe broke when the process was killed
        }
    });
}
