using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Python.Tests.Distributed;

/// <summary>
/// Starts the ranks of one job as child processes on 127.0.0.1 (a .NET rank runs TorchInterop.Distributed.Worker, a
/// Python rank runs scenarios.py with the environment's PyTorch), waits for them with a deadline, kills any rank
/// still running after it, and returns what each printed.
/// </summary>
internal static class DistributedRanks
{
    internal static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    internal sealed record RankResult(int Rank, int ExitCode, string Output, string Errors, bool TimedOut);

    /// <summary>A port that was free a moment ago (bound to port 0 and released).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <paramref name="scenario"/> with one process per entry of <paramref name="languages"/> ("cs" or "py").</summary>
    internal static RankResult[] Run(string scenario, IReadOnlyList<string> languages, int? worldSize = null,
                                     IReadOnlyDictionary<string, string>? environment = null)
    {
        int port = FreePort();
        string folder = AppContext.BaseDirectory;
        var processes = new List<(Process Process, Task<string> Output, Task<string> Errors)>();
        try
        {
            for (int rank = 0; rank < languages.Count; rank++)
            {
                var info = languages[rank] == "py"
                    ? new ProcessStartInfo(PyTorch.PythonPath) { ArgumentList = { Path.Combine(folder, "scenarios.py"), scenario } }
                    : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(folder, "TorchInterop.Distributed.Worker.dll"), scenario } };
                info.RedirectStandardOutput = true;
                info.RedirectStandardError = true;
                info.UseShellExecute = false;
                info.Environment["RANK"] = rank.ToString();
                info.Environment["WORLD_SIZE"] = (worldSize ?? languages.Count).ToString();
                info.Environment["MASTER_ADDR"] = "127.0.0.1";
                info.Environment["MASTER_PORT"] = port.ToString();
                // Debian's PyTorch 2.x has no libuv, which Python's env:// rendezvous asks for unless told not to.
                info.Environment["USE_LIBUV"] = "0";
                foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
                var process = Process.Start(info)!;
                processes.Add((process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
            }
            var clock = Stopwatch.StartNew();
            var results = new RankResult[processes.Count];
            for (int rank = 0; rank < processes.Count; rank++)
            {
                var (process, output, errors) = processes[rank];
                var left = Deadline - clock.Elapsed;
                bool exited = process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                if (!exited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                results[rank] = new RankResult(rank, exited ? process.ExitCode : -1, output.Result, errors.Result, !exited);
            }
            return results;
        }
        finally
        {
            foreach (var (process, _, _) in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.Dispose();
            }
        }
    }

    /// <summary>A readable account of the ranks' outputs for assertion messages.</summary>
    internal static string Describe(IEnumerable<RankResult> results) => string.Join("\n", results.Select(r =>
        $"--- rank {r.Rank} (exit {r.ExitCode}{(r.TimedOut ? ", killed after the deadline" : "")})\n{r.Output}\n{r.Errors}"));
}
