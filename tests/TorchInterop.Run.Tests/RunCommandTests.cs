using TorchInterop.Distributed;

namespace TorchInterop.Run.Tests;

/// <summary>The <c>torchinterop-run</c> command: its options, the prefixed output, the failure summary and exit codes.</summary>
[TestFixture, NonParallelizable]
public class RunCommandTests
{
    [Test]
    public void SucceedingJobForwardsPrefixedOutputAndExitsWithZero()
    {
        var (exitCode, stdout, stderr) = Workers.RunCommand("--nproc-per-node", "2", "--master-port", "0", "--timeout", "30", "--", Workers.WorkerDll, "say:hi", "err:note");
        Assert.That(exitCode, Is.EqualTo(0), stderr);
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(), Is.EqualTo(new[] { "[rank0]:hi", "[rank1]:hi" }));
        Assert.That(stderr, Does.Contain("[rank0]:note").And.Contain("[rank1]:note"));
        Assert.That(stderr, Does.Contain("Setting OMP_NUM_THREADS environment variable for each process to be 1 in default"));
    }

    [Test]
    public void FailingRankNamesItselfAndItsExitCode()
    {
        var (exitCode, _, stderr) = Workers.RunCommand("--nproc_per_node=2", "--standalone", "--timeout=30", Workers.WorkerDll, "@1:exit:7", "sleep:60");
        Assert.That(exitCode, Is.EqualTo(LaunchResult.FailedExitCode));
        Assert.That(stderr, Does.Contain("  rank      : 1 (local_rank: 1)\n  exitcode  : 7"));
        Assert.That(stderr, Does.Contain("torchinterop-run: rank 1 (local_rank 1) exited with code 7"));
    }

    [Test]
    public void TimeoutExitsWith124()
    {
        var (exitCode, _, stderr) = Workers.RunCommand("--nproc-per-node", "1", "--master-port", "0", "--timeout", "1", Workers.WorkerDll, "sleep:60");
        Assert.That(exitCode, Is.EqualTo(LaunchResult.TimedOutExitCode));
        Assert.That(stderr, Does.Contain("torchinterop-run: the job ran past --timeout 1 s; every rank was killed"));
    }

    [Test]
    public void SigtermKillsEveryRankAndExitsWith130()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Workers.RunDll, "--nproc-per-node", "2", "--master-port", "0", "--timeout", "60", Workers.WorkerDll, "pid", "sleep:60" })
            start.ArgumentList.Add(arg);
        using var launcher = System.Diagnostics.Process.Start(start)!;
        var stderr = launcher.StandardError.ReadToEndAsync();
        try
        {
            var pids = new List<int>();
            while (pids.Count < 2 && launcher.StandardOutput.ReadLine() is { } line)
                pids.Add(int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(pids, Has.Count.EqualTo(2));
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", $"{launcher.Id}"])) kill.WaitForExit();
            Assert.That(launcher.WaitForExit(TimeSpan.FromSeconds(20)), "the launcher did not end on SIGTERM");
            Assert.That(launcher.ExitCode, Is.EqualTo(130));
            Assert.That(stderr.Result, Does.Contain("torchinterop-run: interrupted; every rank was killed"));
            Assert.That(pids.Select(Workers.IsGone), Is.All.True);
        }
        finally
        {
            if (!launcher.HasExited) launcher.Kill(entireProcessTree: true);
        }
    }

    [Test]
    public void ProjectFolderIsRunThroughItsBuild()
    {
        var (exitCode, stdout, stderr) = Workers.RunCommand("--nproc-per-node", "2", "--master-port", "0", "--timeout", "30", "--no-build",
            "-c", Workers.Configuration, Workers.WorkerProjectDirectory, "@1:say:from a project");
        Assert.That(exitCode, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.EqualTo("[rank1]:from a project\n"));
    }

    [Test]
    public void BadCommandLinesExitWithTwoAndSayWhy()
    {
        Assert.That(Workers.RunCommand("--nproc-per-node", "two", "x"), Is.EqualTo((2, "", "torchinterop-run: error: --nproc-per-node needs an integer, got 'two'\n(torchinterop-run --help shows the options)\n")));
        Assert.That(Workers.RunCommand("--nprocs", "2", "x").Stderr, Does.StartWith("torchinterop-run: error: unrecognized option --nprocs"));
        Assert.That(Workers.RunCommand("--nproc-per-node", "2").Stderr, Does.StartWith("torchinterop-run: error: no program to run"));
        Assert.That(Workers.RunCommand("/nonexistent/train.dll").Stderr, Does.StartWith("torchinterop-run: error: No such assembly: /nonexistent/train.dll"));
        var (helpCode, help, _) = Workers.RunCommand("--help");
        Assert.That((helpCode, help.StartsWith("usage: torchinterop-run [options] [--] PROGRAM [ARGS...]", StringComparison.Ordinal)), Is.EqualTo((0, true)));
    }
}
