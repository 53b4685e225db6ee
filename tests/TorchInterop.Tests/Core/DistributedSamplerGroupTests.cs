using TorchInterop.Data;

namespace TorchInterop.Tests.Core;

/// <summary>
/// The seam between <see cref="DistributedSampler"/> and the default process group: a missing num_replicas or rank
/// is asked of <see cref="DistributedSampler.DefaultGroup"/>, each only when missing (as PyTorch calls
/// <c>dist.get_world_size()</c> and <c>dist.get_rank()</c>), and with no group PyTorch's error is raised.
/// </summary>
[TestFixture, NonParallelizable] // replaces the process-wide default group
public class DistributedSamplerGroupTests
{
    private sealed class FakeGroup(int worldSize, int rank) : IReplicaGroup
    {
        public List<string> Calls { get; } = [];

        public int GetWorldSize()
        {
            Calls.Add("world_size");
            return worldSize;
        }

        public int GetRank()
        {
            Calls.Add("rank");
            return rank;
        }
    }

    [TearDown]
    public void RestoreTheDefaultGroup() => DistributedSampler.DefaultGroup = DefaultProcessGroupReplicas.Instance;

    [Test]
    public void MissingValuesComeFromTheDefaultGroup()
    {
        var group = new FakeGroup(worldSize: 4, rank: 3);
        DistributedSampler.DefaultGroup = group;
        var sampler = new DistributedSampler(10);
        Assert.That((sampler.NumReplicas, sampler.Rank), Is.EqualTo((4, 3)));
        Assert.That(group.Calls, Is.EqualTo(new[] { "world_size", "rank" }));

        group.Calls.Clear();
        Assert.That(new DistributedSampler(10, numReplicas: 5).Rank, Is.EqualTo(3));
        Assert.That(group.Calls, Is.EqualTo(new[] { "rank" }));

        group.Calls.Clear();
        Assert.That(new DistributedSampler(10, rank: 1).NumReplicas, Is.EqualTo(4));
        Assert.That(group.Calls, Is.EqualTo(new[] { "world_size" }));
    }

    [Test]
    public void TheGroupsRankIsCheckedAgainstAGivenReplicaCount()
    {
        DistributedSampler.DefaultGroup = new FakeGroup(worldSize: 4, rank: 3);
        Assert.That(() => new DistributedSampler(10, numReplicas: 2),
            Throws.TypeOf<TorchException>().With.Message.EqualTo("Invalid rank 3, rank should be in the interval [0, 1]"));
    }

    [Test]
    public void WithoutAGroupPyTorchsErrorIsRaised()
    {
        var error = Assert.Throws<TorchException>(() => new DistributedSampler(10, rank: 0))!;
        Assert.That(error.Message, Is.EqualTo("Default process group has not been initialized, please make sure to call init_process_group."));
        Assert.That(error.Kind, Is.EqualTo(LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError));
    }
}
