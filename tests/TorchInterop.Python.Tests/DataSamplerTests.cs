using TensorSample = TorchInterop.Data.TensorSample;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.utils.data;

namespace TorchInterop.Python.Tests;

/// <summary>
/// <c>torch.utils.data</c>'s samplers to derive from, <c>DistributedSampler</c>, worker seeding and
/// <c>get_worker_info</c>, <c>default_convert</c> and (2.x) <c>StackDataset</c> in the dialect against PyTorch.
/// </summary>
[TestFixture, NonParallelizable]
public class DataSamplerTests
{
    // PyTorch's workers are processes; Python 3.14 (with 2.x here) starts them by forkserver, which cannot pickle
    // classes defined in a snippet, so the reference forks them (the seeding is the same either way).
    private const string Imports = """
        import multiprocessing
        multiprocessing.set_start_method('fork', force=True)
        from torch.utils.data import (Dataset, IterableDataset, TensorDataset, DataLoader, Sampler, DistributedSampler,
            get_worker_info, default_convert)

        """;

    private const string ShowErrors = """
        def show(f):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, str(e))

        """;

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

    [Test]
    public void DistributedSamplerIndicesAcrossEpochsAndRanks() => Dialect.Verify(Imports +
        """
        for n, replicas in [(10, 3), (2, 5), (12, 4), (7, 2), (0, 2)]:
            for drop_last in [False, True]:
                for shuffle in [True, False]:
                    for rank in range(replicas):
                        s = DistributedSampler(range(n), num_replicas=replicas, rank=rank, shuffle=shuffle, seed=3, drop_last=drop_last)
                        passes = []
                        for epoch in range(3):
                            s.set_epoch(epoch)
                            passes.append(list(s))
                        print(n, replicas, drop_last, shuffle, rank, len(s), s.num_samples, s.total_size, s.epoch, passes)
        ds = TensorDataset(torch.arange(10.0) * 10)
        sampler = DistributedSampler(ds, num_replicas=2, rank=1)
        print(sampler.num_replicas, sampler.rank, sampler.shuffle, sampler.seed, sampler.drop_last)
        for epoch in range(2):
            sampler.set_epoch(epoch)
            print([xb.tolist() for (xb,) in DataLoader(ds, batch_size=2, sampler=sampler)])
        """,
        () =>
        {
            foreach (var (n, replicas) in new[] { (10, 3), (2, 5), (12, 4), (7, 2), (0, 2) })
                foreach (bool drop_last in new[] { false, true })
                    foreach (bool shuffle in new[] { true, false })
                        foreach (int rank in range(replicas))
                        {
                            var s = DistributedSampler(range(n), num_replicas: replicas, rank: rank, shuffle: shuffle, seed: 3, drop_last: drop_last);
                            var passes = new List<List<int>>();
                            for (int epoch = 0; epoch < 3; epoch++)
                            {
                                s.set_epoch(epoch);
                                passes.Add(list(s));
                            }
                            print(n, replicas, drop_last, shuffle, rank, len(s), s.num_samples, s.total_size, s.Epoch, passes);
                        }
            var ds = TensorDataset(torch.arange(10.0) * 10);
            var sampler = DistributedSampler(ds, num_replicas: 2, rank: 1);
            print(sampler.num_replicas, sampler.rank, sampler.shuffle, sampler.seed, sampler.drop_last);
            for (int epoch = 0; epoch < 2; epoch++)
            {
                sampler.set_epoch(epoch);
                print(DataLoader(ds, batch_size: 2, sampler: sampler).Select(b => b[0].tolist()).ToList());
            }
        });

    [Test]
    public void DistributedSamplerErrors() => Dialect.Verify(Imports + ShowErrors +
        """
        show(lambda: DistributedSampler(range(10), num_replicas=3, rank=3))
        show(lambda: DistributedSampler(range(10), num_replicas=3, rank=-1))
        show(lambda: DistributedSampler(range(10), num_replicas=0, rank=0))
        show(lambda: DistributedSampler(range(10)))
        show(lambda: DistributedSampler(range(10), num_replicas=2))
        """,
        () =>
        {
            Show(() => DistributedSampler(range(10), num_replicas: 3, rank: 3));
            Show(() => DistributedSampler(range(10), num_replicas: 3, rank: -1));
            Show(() => DistributedSampler(range(10), num_replicas: 0, rank: 0));
            Show(() => DistributedSampler(range(10)));
            Show(() => DistributedSampler(range(10), num_replicas: 2));
        });

    private sealed class EveryOther(int n) : Sampler<int>
    {
        public override IEnumerable<int> __iter__()
        {
            for (int i = n - 1; i >= 0; i -= 2) yield return i;
        }

        public override int __len__() => (n + 1) / 2;
    }

    private sealed class Pairs : Sampler<IReadOnlyList<int>>
    {
        public override IEnumerable<IReadOnlyList<int>> __iter__()
        {
            yield return [3, 1];
            yield return [0];
        }
    }

    [Test]
    public void UserSamplers() => Dialect.Verify(Imports + ShowErrors +
        """
        class EveryOther(Sampler):
            def __init__(self, n):
                self.n = n
            def __iter__(self):
                return iter(range(self.n - 1, -1, -2))
            def __len__(self):
                return (self.n + 1) // 2
        class Pairs(Sampler):
            def __init__(self):
                pass
            def __iter__(self):
                yield [3, 1]
                yield [0]
        ds = TensorDataset(torch.arange(5) * 10)
        print(list(EveryOther(5)), len(EveryOther(5)))
        loader = DataLoader(ds, batch_size=2, sampler=EveryOther(5))
        print(len(loader), [xb for (xb,) in loader])
        print([xb for (xb,) in DataLoader(ds, batch_sampler=Pairs())])
        show(lambda: len(Pairs()))
        """,
        () =>
        {
            var ds = TensorDataset(torch.arange(5) * 10);
            print(list(new EveryOther(5)), len(new EveryOther(5)));
            var loader = DataLoader(ds, batch_size: 2, sampler: new EveryOther(5));
            print(len(loader), loader.Select(b => b[0]).ToList());
            print(DataLoader(ds, batch_sampler: new Pairs()).Select(b => b[0]).ToList());
            Show(() => len(new Pairs()));
        });

    // The sample records which worker made it, with what seed, and draws from the worker's default generator.
    private sealed class Noisy : Dataset
    {
        public override int __len__() => 7;

        public override TensorSample __getitem__(int index)
        {
            var info = get_worker_info()!;
            var ids = torch.tensor(new long[] { index, info.id, info.num_workers, (long)info.seed, (long)torch.initial_seed() });
            return new TensorSample(ids, torch.randint(0, 1000, [2]), torch.rand(1));
        }

        public override string ToString() => "Noisy()";
    }

    [Test]
    public void WorkersAreSeededAsPyTorchSeedsThem() => Dialect.Verify(Imports +
        """
        class Noisy(Dataset):
            def __len__(self):
                return 7
            def __getitem__(self, index):
                info = get_worker_info()
                ids = torch.tensor([index, info.id, info.num_workers, info.seed, torch.initial_seed()])
                return ids, torch.randint(0, 1000, (2,)), torch.rand(1)
            def __repr__(self):
                return "Noisy()"
        torch.manual_seed(0)
        print(get_worker_info())
        for epoch in range(2):
            for ids, ints, floats in DataLoader(Noisy(), batch_size=2, num_workers=2):
                print(epoch, ids.tolist(), ints.tolist(), floats)
        print(torch.rand(2), torch.initial_seed())
        def init(worker_id):
            torch.manual_seed(100 + worker_id)
        loader = DataLoader(Noisy(), batch_size=3, shuffle=True, num_workers=2, generator=torch.Generator().manual_seed(9),
            worker_init_fn=init)
        for ids, ints, floats in loader:
            print(ids.tolist(), ints.tolist(), floats)
        print(torch.rand(2))
        """,
        () =>
        {
            torch.manual_seed(0);
            print(get_worker_info());
            for (int epoch = 0; epoch < 2; epoch++)
                foreach (var (ids, ints, floats) in DataLoader(new Noisy(), batch_size: 2, num_workers: 2))
                    print(epoch, ids.tolist(), ints.tolist(), floats);
            print(torch.rand(2), torch.initial_seed());
            void init(long worker_id) => torch.manual_seed(100 + worker_id);
            var loader = DataLoader(new Noisy(), batch_size: 3, shuffle: true, num_workers: 2, generator: torch.Generator().manual_seed(9),
                worker_init_fn: init);
            foreach (var (ids, ints, floats) in loader) print(ids.tolist(), ints.tolist(), floats);
            print(torch.rand(2));
        });

    // Each worker iterates the dataset; this one shards itself by the worker's id.
    private sealed class Shards(int n) : IterableDataset
    {
        public override IEnumerable<TensorSample> __iter__()
        {
            var info = get_worker_info();
            int start = info is null ? 0 : info.id, step = info is null ? 1 : info.num_workers;
            for (int i = start; i < n; i += step)
                yield return new TensorSample(torch.tensor(new long[] { i, info is null ? -1 : info.id }), torch.rand(1));
        }
    }

    private sealed class Count : IterableDataset<int>
    {
        public override IEnumerable<int> __iter__() => range(3);
    }

    [Test]
    public void IterableDatasetsInWorkers() => Dialect.Verify(Imports +
        """
        class Shards(IterableDataset):
            def __init__(self, n):
                self.n = n
            def __iter__(self):
                info = get_worker_info()
                start, step = (0, 1) if info is None else (info.id, info.num_workers)
                for i in range(start, self.n, step):
                    yield torch.tensor([i, -1 if info is None else info.id]), torch.rand(1)
        class Count(IterableDataset):
            def __iter__(self):
                return iter(range(3))
        torch.manual_seed(2)
        for workers in [0, 2, 3]:
            print(workers, [(ids.tolist(), r) for ids, r in DataLoader(Shards(7), batch_size=2, num_workers=workers)])
        print([ids.tolist() for ids, r in DataLoader(Shards(9), batch_size=2, num_workers=2, drop_last=True)])
        print(list(DataLoader(Count(), batch_size=2, num_workers=2)), torch.rand(1))
        """,
        () =>
        {
            torch.manual_seed(2);
            foreach (int workers in new[] { 0, 2, 3 })
                print(workers, DataLoader(new Shards(7), batch_size: 2, num_workers: workers).Select(b => (b[0].tolist(), b[1])).ToList());
            print(DataLoader(new Shards(9), batch_size: 2, num_workers: 2, drop_last: true).Select(b => b[0].tolist()).ToList());
            print(list(DataLoader(new Count(), batch_size: 2, num_workers: 2)), torch.rand(1));
        });

    private sealed class Info : Dataset<string>
    {
        public override int __len__() => 2;

        public override string __getitem__(int index) => repr(get_worker_info());

        public override string ToString() => "Info()";
    }

    private sealed class FailingStart : Dataset<long>
    {
        public override int __len__() => 4;

        public override long __getitem__(int index) => index;
    }

    [Test]
    public void WorkerInfoReprAndInitFailures() => Dialect.Verify(Imports + ShowErrors +
        """
        class Info(Dataset):
            def __len__(self):
                return 2
            def __getitem__(self, index):
                return repr(get_worker_info())
            def __repr__(self):
                return "Info()"
        torch.manual_seed(4)
        print(list(DataLoader(Info(), batch_size=1, num_workers=2)))
        class FailingStart(Dataset):
            def __len__(self):
                return 4
            def __getitem__(self, index):
                return index
        def init(worker_id):
            raise ValueError("no worker " + str(worker_id))
        try:
            list(DataLoader(FailingStart(), num_workers=2, worker_init_fn=init))
        except ValueError as e:
            print(type(e).__name__)
        print(list(DataLoader(FailingStart(), worker_init_fn=init)))
        """,
        () =>
        {
            torch.manual_seed(4);
            print(list(DataLoader(new Info(), batch_size: 1, num_workers: 2)));
            static void init(long worker_id) => throw new TorchException("no worker " + worker_id, TorchErrorKind.ValueError);
            try
            {
                list(DataLoader(new FailingStart(), num_workers: 2, worker_init_fn: init));
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.PythonTypeName);
            }
            print(list(DataLoader(new FailingStart(), worker_init_fn: init)));
        });

    [Test]
    public void DefaultConvert() => Dialect.Verify(Imports +
        """
        print(default_convert(torch.ones(2)), default_convert(3), default_convert(2.5), default_convert('s'))
        print(default_convert((1, torch.zeros(1))), default_convert([1, (2, 3)]))
        print(default_convert({'a': (1, 2), 'b': torch.ones(1)}))
        for (x, y) in DataLoader(TensorDataset(torch.arange(3), torch.arange(3) * 2), batch_size=2):
            print(default_convert((x, y)))
        """,
        () =>
        {
            print(default_convert(torch.ones(2)), default_convert(3), default_convert(2.5), default_convert("s"));
            print(default_convert((1, torch.zeros(1))), default_convert(new List<object> { 1, (2, 3) }));
            print(default_convert(new Dictionary<string, object> { ["a"] = (1, 2), ["b"] = torch.ones(1) }));
            foreach (var (x, y) in DataLoader(TensorDataset(torch.arange(3), torch.arange(3) * 2), batch_size: 2))
                print(default_convert((x, y)));
        });

    [Test]
    public void ErrorKinds() => Dialect.Verify(Imports + ShowErrors +
        """
        from torch.utils.data import RandomSampler, WeightedRandomSampler, BatchSampler, SequentialSampler, Subset, ConcatDataset, random_split, default_collate
        ds = TensorDataset(torch.arange(10.0), torch.arange(10))
        show(lambda: DataLoader(ds, batch_size=0))
        show(lambda: DataLoader(ds, sampler=SequentialSampler(ds), shuffle=True))
        show(lambda: DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), drop_last=True))
        show(lambda: DataLoader(ds, num_workers=-1))
        show(lambda: DataLoader(ds, prefetch_factor=3))
        show(lambda: random_split(ds, [3, 3]))
        show(lambda: random_split(ds, [0.5, 0.7, -0.2]))
        show(lambda: RandomSampler(ds, num_samples=0))
        show(lambda: WeightedRandomSampler([0.5, 0.5], 0))
        show(lambda: Subset(ds, [1, 2])[2])
        show(lambda: ConcatDataset([ds])[-11])
        show(lambda: ConcatDataset([ds])[10])
        show(lambda: default_collate([]))
        show(lambda: default_collate([(1, 2), (3,)]))
        """,
        () =>
        {
            var ds = TensorDataset(torch.arange(10.0), torch.arange(10));
            Show(() => DataLoader(ds, batch_size: 0));
            Show(() => DataLoader(ds, sampler: SequentialSampler(ds), shuffle: true));
            Show(() => DataLoader(ds, batch_sampler: BatchSampler(SequentialSampler(ds), 2, false), drop_last: true));
            Show(() => DataLoader(ds, num_workers: -1));
            Show(() => DataLoader(ds, prefetch_factor: 3));
            Show(() => random_split(ds, [3, 3]));
            Show(() => random_split(ds, [0.5, 0.7, -0.2]));
            Show(() => RandomSampler(ds, num_samples: 0));
            Show(() => WeightedRandomSampler([0.5, 0.5], 0));
            Show(() => _ = Subset(ds, [1, 2])[2]);
            Show(() => _ = ConcatDataset([ds])[-11]);
            Show(() => _ = ConcatDataset([ds])[10]);
            Show(() => default_collate(Array.Empty<object>()));
            Show(() => default_collate(new object[] { (1, 2), ValueTuple.Create(3) }));
        });

#if LIBTORCH_2
    [Test]
    public void StackDatasetTupleAndDictForms() => Dialect.Verify(Imports + ShowErrors +
        """
        from torch.utils.data import StackDataset
        images = TensorDataset(torch.arange(8.0).reshape(4, 2))
        labels = TensorDataset(torch.arange(4))
        pairs = StackDataset(images, labels)
        print(len(pairs), pairs[1], len(pairs.datasets))
        named = StackDataset(image=images, label=labels)
        print(len(named), named[2])
        for batch in DataLoader(pairs, batch_size=3):
            print(batch)
        for batch in DataLoader(named, batch_size=3):
            print(batch)
        show(lambda: StackDataset(images, TensorDataset(torch.arange(3))))
        show(lambda: StackDataset(a=images, b=TensorDataset(torch.arange(5))))
        show(lambda: StackDataset())
        """,
        () =>
        {
            var images = TensorDataset(torch.arange(8.0).reshape(4, 2));
            var labels = TensorDataset(torch.arange(4));
            var pairs = StackDataset(images, labels);
            print(len(pairs), pairs[1], pairs.datasets.Count);
            var named = StackDataset(new Dictionary<string, Data.Dataset<TensorSample>> { ["image"] = images, ["label"] = labels });
            print(len(named), named[2]);
            foreach (var batch in DataLoader(pairs, batch_size: 3)) print(batch);
            foreach (var batch in DataLoader(named, batch_size: 3)) print(batch);
            Show(() => StackDataset(images, TensorDataset(torch.arange(3))));
            Show(() => StackDataset(new Dictionary<string, Data.Dataset<TensorSample>> { ["a"] = images, ["b"] = TensorDataset(torch.arange(5)) }));
            Show(() => StackDataset<TensorSample>());
        });
#endif
}
