using System.Diagnostics;
using System.Reflection;
using TorchInterop.Distributed;

namespace TorchInterop.Run.Tests;

/// <summary>The scripted rank (tests/TorchInterop.Run.Worker) and the launcher command, as built next to the tests.</summary>
internal static class Workers
{
    /// <summary>No test job may run longer than this, whatever its ranks do.</summary>
    public static readonly TimeSpan JobLimit = TimeSpan.FromSeconds(60);

    public static string WorkerDll => typeof(TorchInterop.Run.Worker.Program).Assembly.Location;

    public static string RunDll => typeof(TorchInterop.Run.Program).Assembly.Location;

    public static string WorkerProjectDirectory => Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "TorchInterop.Run.Worker"));

    /// <summary>The configuration the tests (and so the worker) were built in.</summary>
    public static string Configuration => typeof(Workers).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static LaunchCommand Worker(params string[] actions) => LaunchCommand.Resolve(WorkerDll, actions);

    /// <summary>Runs a job of scripted ranks on a free port, bounded by <see cref="JobLimit"/> unless told otherwise.</summary>
    public static LaunchResult Launch(LaunchOptions options, params string[] actions) =>
        Launcher.Run(options with { Timeout = options.Timeout ?? JobLimit }, Worker(actions));

    public static LaunchOptions Ranks(int n) => new() { NprocPerNode = n, MasterPort = 0 };

    /// <summary>The NAME=value lines a rank printed for <c>env</c>.</summary>
    public static Dictionary<string, string> Environment(LaunchedRankResult rank) =>
        rank.Stdout.Where(line => line.Contains('=')).Select(line => line.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    /// <summary>
    /// Whether the process with this id is gone: no longer there, a zombie (dead, and waiting for a parent that in a
    /// container may never reap it), or another program that reused the id.
    /// </summary>
    public static bool IsGone(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return true;
        }
        // "pid (comm) state ...": the state follows the command's closing parenthesis
        int close = stat.LastIndexOf(')');
        char state = stat[close + 2];
        return state is 'Z' or 'X' || !stat[..close].Contains("(dotnet", StringComparison.Ordinal);
    }

    /// <summary>Runs torchinterop-run with <paramref name="args"/>; kills it if it outlives <see cref="JobLimit"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunCommand(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RunDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(JobLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"torchinterop-run {string.Join(' ', args)} did not end within {JobLimit}");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
