using System.Diagnostics;
using TorchInterop.Distributed;

namespace TorchInterop.Run.Tests;

/// <summary>
/// <see cref="Launcher"/>: torchrun's variables per rank, output with a rank prefix, a failing rank failing the job
/// fast and taking the others down, a hanging rank killed at the timeout, free ports, restarts, bad options.
/// Every job is bounded by a timeout, and every test checks its processes are gone.
/// </summary>
[TestFixture, NonParallelizable]
public class LauncherTests
{
    [Test]
    public void EveryRankGetsTorchrunsVariables()
    {
        var result = Workers.Launch(Workers.Ranks(3) with { RunId = "job7" }, "env");
        Assert.That(result.Succeeded, result.FailureSummary());
        Assert.That(result.ExitCodes, Is.EqualTo(new int?[] { 0, 0, 0 }));
        for (int rank = 0; rank < 3; rank++)
        {
            var env = Workers.Environment(result.Ranks[rank]);
            Assert.That(env["RANK"], Is.EqualTo($"{rank}"));
            Assert.That(env["LOCAL_RANK"], Is.EqualTo($"{rank}"));
            Assert.That(env["ROLE_RANK"], Is.EqualTo($"{rank}"));
            Assert.That(env["GROUP_RANK"], Is.EqualTo("0"));
            Assert.That(env["WORLD_SIZE"], Is.EqualTo("3"));
            Assert.That(env["LOCAL_WORLD_SIZE"], Is.EqualTo("3"));
            Assert.That(env["GROUP_WORLD_SIZE"], Is.EqualTo("1"));
            Assert.That(env["ROLE_WORLD_SIZE"], Is.EqualTo("3"));
            Assert.That(env["ROLE_NAME"], Is.EqualTo("default"));
            Assert.That(env["MASTER_ADDR"], Is.EqualTo("127.0.0.1"));
            Assert.That(env["MASTER_PORT"], Is.EqualTo($"{result.MasterPort}"));
            Assert.That(env["TORCHELASTIC_RESTART_COUNT"], Is.EqualTo("0"));
            Assert.That(env["TORCHELASTIC_MAX_RESTARTS"], Is.EqualTo("0"));
            Assert.That(env["TORCHELASTIC_RUN_ID"], Is.EqualTo("job7"));
            Assert.That(env["TORCHELASTIC_USE_AGENT_STORE"], Is.EqualTo("False"));
        }
    }

    [Test]
    public void SecondNodeOfTwoNumbersItsRanksAfterTheFirstNodes()
    {
        int port = LaunchPorts.FindFree();
        var options = new LaunchOptions { NprocPerNode = 2, Nnodes = 2, NodeRank = 1, MasterAddr = "localhost", MasterPort = port };
        var result = Workers.Launch(options, "env");
        Assert.That(result.Succeeded, result.FailureSummary());
        for (int local = 0; local < 2; local++)
        {
            var env = Workers.Environment(result.Ranks[local]);
            Assert.That((env["RANK"], env["LOCAL_RANK"], env["GROUP_RANK"]), Is.EqualTo(($"{2 + local}", $"{local}", "1")));
            Assert.That((env["WORLD_SIZE"], env["LOCAL_WORLD_SIZE"], env["GROUP_WORLD_SIZE"]), Is.EqualTo(("4", "2", "2")));
            Assert.That((env["MASTER_ADDR"], env["MASTER_PORT"]), Is.EqualTo(("localhost", $"{port}")));
            Assert.That(result.Ranks[local].Rank, Is.EqualTo(2 + local));
        }
    }

    [Test]
    public void OutputIsForwardedLineByLineWithTheRankPrefix()
    {
        var lines = new List<LaunchOutputLine>();
        var result = Workers.Launch(Workers.Ranks(2) with { OnOutput = lines.Add }, "say:hello from $RANK", "err:warning", "say:bye");
        Assert.That(result.Succeeded, result.FailureSummary());
        for (int rank = 0; rank < 2; rank++)
        {
            var mine = lines.Where(line => line.Rank == rank).ToList();
            Assert.That(mine.Where(l => !l.IsError).Select(l => l.ToString()), Is.EqualTo(new[] { $"[rank{rank}]:hello from $RANK", $"[rank{rank}]:bye" }));
            Assert.That(mine.Where(l => l.IsError).Select(l => l.ToString()), Is.EqualTo(new[] { $"[rank{rank}]:warning" }));
            Assert.That(result.Ranks[rank].Stdout, Is.EqualTo(new[] { "hello from $RANK", "bye" }));
            Assert.That(result.Ranks[rank].Stderr, Is.EqualTo(new[] { "warning" }));
        }
    }

    [Test]
    public void PrefixTemplateFillsInTorchrunsMacros()
    {
        var options = Workers.Ranks(2) with { Role = "trainer", LogLinePrefixTemplate = "${role_name}${local_rank}/${rank}| " };
        var result = Workers.Launch(options, "say:x");
        Assert.That(result.Ranks.Select(r => r.Output.Single().ToString()), Is.EqualTo(new[] { "trainer0/0| x", "trainer1/1| x" }));
    }

    [Test]
    public void OneFailingRankFailsTheJobFastAndKillsTheOthers()
    {
        var clock = Stopwatch.StartNew();
        var result = Workers.Launch(Workers.Ranks(3), "@1:exit:3", "sleep:60");
        clock.Stop();
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the others were not killed when rank 1 failed");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.TimedOut, Is.False);
        Assert.That(result.ExitCode, Is.EqualTo(LaunchResult.FailedExitCode));
        Assert.That(result.RootCause!.Rank, Is.EqualTo(1));
        Assert.That(result.RootCause.ExitCode, Is.EqualTo(3));
        Assert.That(result.Ranks.Where(r => r.Rank != 1).Select(r => r.Killed), Is.All.True);
        Assert.That(result.Ranks.Select(r => Workers.IsGone(r.Pid)), Is.All.True);
        string summary = result.FailureSummary();
        Assert.That(summary, Does.Contain("FAILED"));
        Assert.That(summary, Does.Contain("Root Cause (first observed failure):\n[0]:"));
        Assert.That(summary, Does.Contain("  rank      : 1 (local_rank: 1)"));
        Assert.That(summary, Does.Contain($"  exitcode  : 3 (pid: {result.RootCause.Pid})"));
        Assert.That(summary, Does.Contain("Killed by the launcher:\n  ranks 0, 2"));
    }

    [Test]
    public void HangingRankIsKilledAtTheTimeout()
    {
        var clock = Stopwatch.StartNew();
        var result = Workers.Launch(Workers.Ranks(2) with { Timeout = TimeSpan.FromSeconds(5) }, "@1:sleep:60");
        clock.Stop();
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(result.TimedOut);
        Assert.That(result.ExitCode, Is.EqualTo(LaunchResult.TimedOutExitCode));
        Assert.That(result.RootCause, Is.Null);
        Assert.That(result.Ranks[0].Succeeded);
        Assert.That(result.Ranks[1].Killed);
        Assert.That(Workers.IsGone(result.Ranks[1].Pid));
        Assert.That(result.FailureSummary(), Does.Contain("TIMED OUT").And.Contain("Killed at the timeout:\n  ranks 1"));
    }

    [Test]
    public void KillingARankKillsItsChildrenToo()
    {
        var clock = Stopwatch.StartNew();
        var result = Workers.Launch(Workers.Ranks(2), "@0:spawn:60", "@0:sleep:60", "@1:sleep:1", "@1:exit:9");
        clock.Stop();
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That((result.RootCause?.Rank, result.RootCause?.ExitCode, result.Ranks[0].Killed), Is.EqualTo(((int?)1, (int?)9, true)));
        int child = int.Parse(result.Ranks[0].Stdout.Single().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Workers.IsGone(child), "rank 0's child outlived the job");
    }

    [Test]
    public void AChildHoldingARanksOutputOpenDoesNotHoldUpTheJob()
    {
        var clock = Stopwatch.StartNew();
        var result = Workers.Launch(Workers.Ranks(1), "spawn:5", "say:done");
        clock.Stop();
        Assert.That(result.Succeeded, result.FailureSummary());
        Assert.That(result.Ranks[0].Stdout.Last(), Is.EqualTo("done"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4.5)), "the launcher waited for the child's end of the pipe");
    }

    [Test]
    public void CancellationKillsEveryRank()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var result = Launcher.Run(Workers.Ranks(2) with { Timeout = Workers.JobLimit }, Workers.Worker("sleep:60"), cancel.Token);
        Assert.That(result.TimedOut);
        Assert.That(result.Ranks.Select(r => r.Killed && Workers.IsGone(r.Pid)), Is.All.True);
    }

    [Test]
    public void MasterPortZeroPicksAFreePortThatRankZeroCanBind()
    {
        var result = Workers.Launch(Workers.Ranks(2), "@0:listen");
        Assert.That(result.Succeeded, result.FailureSummary() + string.Join("\n", result.Ranks[0].Stderr));
        Assert.That(result.MasterPort, Is.InRange(1, 65535));
        Assert.That(result.Ranks[0].Stdout.Single(), Is.EqualTo($"listening on 127.0.0.1:{result.MasterPort}"));
    }

    [Test]
    public void AGivenMasterPortIsPassedOn()
    {
        var result = Workers.Launch(new LaunchOptions { NprocPerNode = 1 }, "env");
        Assert.That(Workers.Environment(result.Ranks[0])["MASTER_PORT"], Is.EqualTo("29500"));
        Assert.That(result.MasterPort, Is.EqualTo(LaunchOptions.DefaultMasterPort));
    }

    [Test]
    public void FailedJobIsRestartedUpToMaxRestarts()
    {
        var restarted = new List<LaunchResult>();
        var result = Workers.Launch(Workers.Ranks(2) with { MaxRestarts = 2, OnRestart = restarted.Add }, "@1:fail-until-restart:2:5", "env");
        Assert.That(result.Succeeded, result.FailureSummary());
        Assert.That(result.Restarts, Is.EqualTo(2));
        Assert.That(restarted.Select(r => (r.RootCause!.Rank, r.RootCause.ExitCode)), Is.EqualTo(new[] { (1, (int?)5), (1, 5) }));
        Assert.That(Workers.Environment(result.Ranks[0])["TORCHELASTIC_RESTART_COUNT"], Is.EqualTo("2"));
        Assert.That(Workers.Environment(result.Ranks[0])["TORCHELASTIC_MAX_RESTARTS"], Is.EqualTo("2"));

        var exhausted = Workers.Launch(Workers.Ranks(2) with { MaxRestarts = 1 }, "@1:fail-until-restart:2:5");
        Assert.That((exhausted.Succeeded, exhausted.Restarts, exhausted.RootCause?.ExitCode), Is.EqualTo((false, 1, (int?)5)));
    }

    [Test]
    public void InvalidOptionsAreRejectedBeforeAnyRankStarts()
    {
        var worker = Workers.Worker("env");
        Assert.That(() => Launcher.Run(new LaunchOptions { NprocPerNode = 0 }, worker),
            Throws.ArgumentException.With.Message.StartsWith("--nproc-per-node must be at least 1, got 0"));
        Assert.That(() => Launcher.Run(new LaunchOptions { Nnodes = 2, NodeRank = 2 }, worker),
            Throws.ArgumentException.With.Message.StartsWith("--node-rank must be in [0, 1] for --nnodes 2, got 2"));
        Assert.That(() => Launcher.Run(new LaunchOptions { Nnodes = 2, MasterPort = 0 }, worker),
            Throws.ArgumentException.With.Message.StartsWith("--master-port 0 (a free port) needs --nnodes 1"));
        Assert.That(() => Launcher.Run(new LaunchOptions { MasterPort = 70000 }, worker),
            Throws.ArgumentException.With.Message.StartsWith("--master-port must be in [0, 65535], got 70000"));
        Assert.That(() => Launcher.Run(new LaunchOptions { Timeout = TimeSpan.Zero }, worker),
            Throws.ArgumentException.With.Message.StartsWith("--timeout must be positive"));
    }

    [Test]
    public void ShortestFormRunsOnAFreePortWithinATimeout()
    {
        var result = Launcher.Run(2, Workers.WorkerDll, ["env", "@1:exit:4"], Workers.JobLimit);
        Assert.That(result.ExitCodes[1], Is.EqualTo(4));
        Assert.That(result.RootCause!.Rank, Is.EqualTo(1));
        Assert.That(result.FailureSummary(), Does.Contain("TorchInterop.Run.Worker.dll FAILED"));
        Assert.That(result.MasterPort, Is.Not.EqualTo(LaunchOptions.DefaultMasterPort));
    }

    [Test]
    public void ProgramThatCannotStartIsAClearError()
    {
        var missing = LaunchCommand.Resolve("/nonexistent/program", []);
        Assert.That(() => Launcher.Run(Workers.Ranks(2) with { Timeout = Workers.JobLimit }, missing),
            Throws.InvalidOperationException.With.Message.StartsWith("Could not start rank 0 (/nonexistent/program)"));
        Assert.That(() => LaunchCommand.Resolve("/nonexistent/program.dll", []),
            Throws.TypeOf<FileNotFoundException>().With.Message.EqualTo("No such assembly: /nonexistent/program.dll"));
    }

    [Test]
    public void ProjectIsRunThroughItsBuiltAssembly()
    {
        var command = LaunchCommand.Resolve(Workers.WorkerProjectDirectory, ["say:x"], Workers.Configuration, build: false);
        Assert.That(Path.GetFileName(command.Arguments[0]), Is.EqualTo("TorchInterop.Run.Worker.dll"));
        Assert.That(command.Arguments.Skip(1), Is.EqualTo(new[] { "say:x" }));
        var result = Launcher.Run(Workers.Ranks(1) with { Timeout = Workers.JobLimit }, command);
        Assert.That(result.Ranks[0].Stdout, Is.EqualTo(new[] { "x" }));
    }
}
