using static TorchInterop.Python.Tests.DdpJob.Language;

namespace TorchInterop.Python.Tests;

/// <summary>
/// DistributedDataParallel over 2 ranks on loopback (tests/TorchInterop.DdpWorker and its twin ddp_worker.py): the
/// ranks end with the same parameters as one process on the full batch, the C# ranks print exactly what PyTorch's
/// DDP prints, a C# rank and a Python rank train together, and a rank that dies makes the other fail, not hang.
/// </summary>
[TestFixture, NonParallelizable]
public class DdpTests
{
    [TestCase("train")]
    [TestCase("nosync")]
    [TestCase("unused")]
    [TestCase("bucketview")]
    [TestCase("static")]
    public void TwoCSharpRanksPrintWhatPyTorchsDdpPrints(string scenario)
    {
        var expected = DdpJob.Run(scenario, PyTorch, PyTorch);
        var actual = DdpJob.Run(scenario, CSharp, CSharp);
        AssertSucceeded(expected);
        AssertSucceeded(actual);
        Assert.That(actual[0].Output, Does.EndWith("same as one process on the full batch: True\n"));
        Assert.That(actual[1].Output, Is.EqualTo(actual[0].Output), "the ranks' parameters agree");
        Assert.That(actual[0].Output, Is.EqualTo(expected[0].Output), "C#'s DDP prints what PyTorch's prints");
    }

    [Test]
    public void ACSharpRankAndAPythonRankTrainTogether()
    {
        var ranks = DdpJob.Run("train", CSharp, PyTorch);
        AssertSucceeded(ranks);
        Assert.That(ranks[0].Output, Does.EndWith("same as one process on the full batch: True\n"));
        Assert.That(ranks[1].Output, Is.EqualTo(ranks[0].Output), "the C# rank and the Python rank end with the same parameters");
    }

    [Test]
    public void ParametersOfAnotherShapeOnOneRankFailTheConstructorOnEveryRankAsInPyTorch()
    {
        var expected = DdpJob.Run("mismatch", PyTorch, PyTorch);
        var actual = DdpJob.Run("mismatch", CSharp, CSharp);
        AssertSucceeded(expected);
        AssertSucceeded(actual);
        Assert.That(actual[1].Output, Is.EqualTo(expected[1].Output), "the rank with the other shape names the parameter as PyTorch does");
        Assert.That(actual[0].Output, Does.StartWith("rank 0 failed: "), "rank 0 fails too (its peer has left), not hangs");
    }

    [Test]
    public void ARankThatDiesMakesTheOtherFailInsteadOfHanging()
    {
        var ranks = DdpJob.Run("peerdies", CSharp, CSharp);
        Assert.That(ranks[0].TimedOut, Is.False, "rank 0 finished within the limit:\n" + ranks[0].Errors);
        Assert.That(ranks[0].ExitCode, Is.Zero, ranks[0].Errors);
        Assert.That(ranks[0].Output, Is.EqualTo("rank 0 failed: TorchException\n"), ranks[0].Errors);
        Assert.That(ranks[1].ExitCode, Is.EqualTo(3));
    }

    private static void AssertSucceeded(DdpJob.RankResult[] ranks)
    {
        for (int rank = 0; rank < ranks.Length; rank++)
        {
            Assert.That(ranks[rank].TimedOut, Is.False, $"rank {rank} timed out:\n{ranks[rank].Errors}");
            Assert.That(ranks[rank].ExitCode, Is.Zero, $"rank {rank} failed:\n{ranks[rank].Errors}");
        }
    }
}
