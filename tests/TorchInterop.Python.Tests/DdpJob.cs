using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Starts the ranks of a DDP job as child processes on loopback (C# ranks: tests/TorchInterop.DdpWorker, built with
/// the solution; Python ranks: its twin ddp_worker.py under the environment's PyTorch), waits for all of them up to a
/// time limit, and kills and reaps every one that is still running then.
/// </summary>
internal static class DdpJob
{
    /// <summary>What one rank printed and how it ended.</summary>
    internal sealed record RankResult(int ExitCode, string Output, string Errors, bool TimedOut);

    /// <summary>The language each rank runs in.</summary>
    internal enum Language { CSharp, PyTorch }

    internal static readonly TimeSpan RankLimit = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="scenario"/> with one rank per entry of <paramref name="ranks"/>.</summary>
    internal static RankResult[] Run(string scenario, params Language[] ranks)
    {
        int port = FreePort();
        var processes = new List<Process>();
        try
        {
            for (int rank = 0; rank < ranks.Length; rank++)
                processes.Add(Start(ranks[rank], scenario, rank, ranks.Length, port));
            var outputs = processes.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
            var deadline = DateTime.UtcNow + RankLimit;
            var results = new RankResult[processes.Count];
            for (int i = 0; i < processes.Count; i++)
            {
                var left = deadline - DateTime.UtcNow;
                bool exited = processes[i].WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                if (!exited) Kill(processes[i]);
                processes[i].WaitForExit();
                results[i] = new RankResult(processes[i].ExitCode, outputs[i].Out.Result, outputs[i].Err.Result, !exited);
            }
            return results;
        }
        finally
        {
            foreach (var process in processes)
            {
                Kill(process);
                process.Dispose();
            }
        }
    }

    private static Process Start(Language language, string scenario, int rank, int worldSize, int port)
    {
        string[] arguments = [scenario, $"{rank}", $"{worldSize}", $"{port}"];
        var info = language == Language.CSharp
            ? new ProcessStartInfo("dotnet", [WorkerAssembly(), .. arguments])
            : new ProcessStartInfo(PyTorch.PythonPath, [Path.Combine(WorkerFolder, "ddp_worker.py"), .. arguments]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = WorkerFolder;
        return Process.Start(info)!;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    // A port the kernel reports free now; the job's rank 0 serves its TCPStore there.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string WorkerFolder => Path.Combine(RepositoryRoot(), "tests", "TorchInterop.DdpWorker");

    private static string WorkerAssembly() =>
        Directory.GetFiles(Path.Combine(WorkerFolder, "bin"), "TorchInterop.DdpWorker.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault() ?? throw new AssertionException("TorchInterop.DdpWorker is not built: build Interop.sln first.");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Interop.sln not found above " + AppContext.BaseDirectory);
    }
}
