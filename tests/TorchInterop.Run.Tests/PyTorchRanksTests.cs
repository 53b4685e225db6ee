using System.Diagnostics;
using TorchInterop.Distributed;

namespace TorchInterop.Run.Tests;

/// <summary>
/// The launcher's variables are the ones PyTorch's <c>env://</c> initialization reads: ranks of this environment's
/// Python PyTorch form a Gloo process group under it and all-reduce; one dying takes the job down fast; and a job may
/// mix programs (a .NET rank and a Python rank).
/// </summary>
[TestFixture, NonParallelizable]
public class PyTorchRanksTests
{
    // The interpreter that has the environment's PyTorch (the python3 on PATH may not).
    private const string Python = "/usr/bin/python3";

    private const string AllReduce = """
        import torch, torch.distributed as dist
        dist.init_process_group("gloo")
        t = torch.tensor([float(dist.get_rank() + 1)])
        dist.all_reduce(t)
        print(dist.get_rank(), dist.get_world_size(), t.item())
        dist.destroy_process_group()
        """;

    private const string RankOneDies = """
        import sys, torch, torch.distributed as dist
        dist.init_process_group("gloo")
        if dist.get_rank() == 1:
            sys.exit(3)
        dist.all_reduce(torch.ones(1))
        dist.barrier()
        """;

    [OneTimeSetUp]
    public void RequirePyTorchsDistributedPackage()
    {
        var probe = Launcher.Run(new LaunchOptions { Timeout = TimeSpan.FromSeconds(60) },
            LaunchCommand.Resolve(Python, ["-c", "import torch.distributed as d; print(d.is_available())"]));
        if (!probe.Succeeded || probe.Ranks[0].Stdout.LastOrDefault() != "True")
            Assert.Ignore($"{Python} has no torch.distributed: {string.Join("\n", probe.Ranks[0].Stderr)}");
    }

    [Test]
    public void PyTorchRanksFormAGlooGroupFromTheVariables()
    {
        var result = Launcher.Run(Workers.Ranks(2) with { Timeout = Workers.JobLimit }, LaunchCommand.Resolve(Python, ["-c", AllReduce]));
        Assert.That(result.Succeeded, result.FailureSummary() + string.Join("\n", result.Ranks.SelectMany(r => r.Stderr)));
        Assert.That(result.Ranks.Select(r => r.Stdout.Single()), Is.EqualTo(new[] { "0 2 3.0", "1 2 3.0" }));
    }

    [Test]
    public void PyTorchRankThatDiesEndsTheJobFast()
    {
        var clock = Stopwatch.StartNew();
        var result = Launcher.Run(Workers.Ranks(2) with { Timeout = Workers.JobLimit }, LaunchCommand.Resolve(Python, ["-c", RankOneDies]));
        clock.Stop();
        Assert.That(result.TimedOut, Is.False, "the job hung until the timeout");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(40)));
        Assert.That((result.RootCause?.Rank, result.RootCause?.ExitCode), Is.EqualTo(((int?)1, (int?)3)));
    }

    [Test]
    public void OneJobMayMixADotNetRankAndAPythonRank()
    {
        var commands = new[]
        {
            Workers.Worker("env"),
            LaunchCommand.Resolve(Python, ["-c", "import os; print(os.environ['RANK'], os.environ['WORLD_SIZE'], os.environ['MASTER_PORT'])"]),
        };
        var result = Launcher.Run(Workers.Ranks(2) with { Timeout = Workers.JobLimit }, commands);
        Assert.That(result.Succeeded, result.FailureSummary());
        Assert.That(Workers.Environment(result.Ranks[0])["RANK"], Is.EqualTo("0"));
        Assert.That(result.Ranks[1].Stdout.Single(), Is.EqualTo($"1 2 {result.MasterPort}"));
        Assert.That(() => Launcher.Run(Workers.Ranks(3), commands),
            Throws.ArgumentException.With.Message.StartsWith("2 commands for --nproc-per-node 3: give one per rank"));
    }
}
