using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.utils.data.distributed;
using DataLoaders = TorchInterop.Python.torch.utils.data;

namespace TorchInterop.Python.Tests;

/// <summary>
/// <c>torch.utils.data.distributed.DistributedSampler</c> against PyTorch: each rank's indices for datasets of
/// several lengths, replica counts, seeds and epochs, shuffled or not, padded or cut; that the ranks' shares make
/// up the (padded) dataset; as a <c>DataLoader</c>'s sampler; and its errors.
/// </summary>
[TestFixture, NonParallelizable]
public class DistributedSamplerTests
{
    private const string Imports = """
        from torch.utils.data import TensorDataset, DataLoader
        from torch.utils.data.distributed import DistributedSampler

        """;

    [Test]
    public void IndicesPerRankForSeedsAndEpochs() => Dialect.Verify(Imports +
        """
        for n, replicas in [(25, 4), (3, 4), (16, 4), (1, 3), (100, 7)]:
            for seed in [0, 42, 2**40]:
                for drop_last in [False, True]:
                    for rank in range(replicas):
                        s = DistributedSampler(range(n), num_replicas=replicas, rank=rank, seed=seed, drop_last=drop_last)
                        for epoch in [0, 1, 5]:
                            s.set_epoch(epoch)
                            print(n, replicas, seed, drop_last, rank, epoch, len(s), list(s))
        """,
        () =>
        {
            foreach (var (n, replicas) in new[] { (25, 4), (3, 4), (16, 4), (1, 3), (100, 7) })
                foreach (long seed in new[] { 0L, 42L, 1L << 40 })
                    foreach (bool drop_last in new[] { false, true })
                        foreach (int rank in range(replicas))
                        {
                            var s = DistributedSampler(range(n), num_replicas: replicas, rank: rank, seed: seed, drop_last: drop_last);
                            foreach (int epoch in new[] { 0, 1, 5 })
                            {
                                s.set_epoch(epoch);
                                print(n, replicas, seed, drop_last, rank, epoch, len(s), list(s));
                            }
                        }
        });

    [Test]
    public void RanksShareThePaddedDatasetWithoutShuffling() => Dialect.Verify(Imports +
        """
        for n, replicas, drop_last in [(10, 4, False), (10, 4, True), (5, 8, False), (9, 3, True)]:
            shares = [list(DistributedSampler(range(n), num_replicas=replicas, rank=r, shuffle=False, drop_last=drop_last)) for r in range(replicas)]
            print(n, replicas, drop_last, shares, sorted(i for share in shares for i in share))
        """,
        () =>
        {
            foreach (var (n, replicas, drop_last) in new[] { (10, 4, false), (10, 4, true), (5, 8, false), (9, 3, true) })
            {
                var shares = range(replicas).Select(r => list(DistributedSampler(range(n), num_replicas: replicas, rank: r, shuffle: false, drop_last: drop_last))).ToList();
                print(n, replicas, drop_last, shares, shares.SelectMany(share => share).Order().ToList());
            }
        });

    [Test]
    public void AsTheSamplerOfADataLoader() => Dialect.Verify(Imports +
        """
        ds = TensorDataset(torch.arange(11.0), torch.arange(11) * 2)
        for rank in range(3):
            sampler = DistributedSampler(ds, num_replicas=3, rank=rank, seed=7)
            for epoch in range(2):
                sampler.set_epoch(epoch)
                print(rank, epoch, [(x.tolist(), y.tolist()) for x, y in DataLoader(ds, batch_size=2, sampler=sampler)])
            print(len(DataLoader(ds, batch_size=2, sampler=sampler)), len(DataLoader(ds, batch_size=2, sampler=sampler, drop_last=True)))
        """,
        () =>
        {
            var ds = DataLoaders.TensorDataset(torch.arange(11.0), torch.arange(11) * 2);
            foreach (int rank in range(3))
            {
                var sampler = DistributedSampler(ds, num_replicas: 3, rank: rank, seed: 7);
                foreach (int epoch in range(2))
                {
                    sampler.set_epoch(epoch);
                    print(rank, epoch, DataLoaders.DataLoader(ds, batch_size: 2, sampler: sampler).Select(b => (b[0].tolist(), b[1].tolist())).ToList());
                }
                print(len(DataLoaders.DataLoader(ds, batch_size: 2, sampler: sampler)), len(DataLoaders.DataLoader(ds, batch_size: 2, sampler: sampler, drop_last: true)));
            }
        });

    [Test]
    public void Errors() => Dialect.Verify(Imports +
        """
        def show(f):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, str(e))

        show(lambda: DistributedSampler(range(4), num_replicas=2, rank=2))
        show(lambda: DistributedSampler(range(4), num_replicas=2, rank=-3))
        show(lambda: DistributedSampler(range(4), rank=0))
        show(lambda: DistributedSampler(range(4), num_replicas=4))
        """,
        () =>
        {
            Show(() => DistributedSampler(range(4), num_replicas: 2, rank: 2));
            Show(() => DistributedSampler(range(4), num_replicas: 2, rank: -3));
            Show(() => DistributedSampler(range(4), rank: 0));
            Show(() => DistributedSampler(range(4), num_replicas: 4));
        });

    private static void Show(Action f)
    {
        try
        {
            f();
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName, e.Message);
        }
    }
}
