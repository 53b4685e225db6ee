using Sampler = TorchInterop.Data.Sampler<System.Collections.Generic.IReadOnlyList<int>>;
using TensorSample = TorchInterop.Data.TensorSample;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.utils.data;

namespace TorchInterop.Python.Tests;

/// <summary><c>torch.utils.data</c> in the dialect against PyTorch: datasets, samplers, collation, shuffled batches, errors.</summary>
[TestFixture, NonParallelizable]
public class DataLoaderTests
{
    // `from torch.utils.data import *` fails in 1.13 (its __all__ names a missing `collate`)
    private const string Imports = """
        from torch.utils.data import (Dataset, IterableDataset, TensorDataset, Subset, ConcatDataset, ChainDataset, random_split,
            default_collate, DataLoader, SequentialSampler, RandomSampler, SubsetRandomSampler, WeightedRandomSampler, BatchSampler)

        """;

    [Test]
    public void TensorDatasetAndSequentialBatches() => Dialect.Verify(Imports +
        """
        x = torch.arange(20.0).reshape(10, 2)
        y = torch.arange(10)
        ds = TensorDataset(x, y)
        print(len(ds), ds[0], ds[-1])
        x0, y0 = ds[3]
        print(x0, y0)
        loader = DataLoader(ds, batch_size=4)
        print(len(loader))
        for xb, yb in loader:
            print(xb, yb)
        loader = DataLoader(ds, batch_size=4, drop_last=True)
        print(len(loader))
        for batch in loader:
            print(batch)
        print(len(DataLoader(ds)), len(DataLoader(ds, batch_size=3)), len(DataLoader(ds, batch_size=3, drop_last=True)))
        """,
        () =>
        {
            var x = torch.arange(20.0).reshape(10, 2);
            var y = torch.arange(10);
            var ds = TensorDataset(x, y);
            print(len(ds), ds[0], ds[-1]);
            var (x0, y0) = ds[3];
            print(x0, y0);
            var loader = DataLoader(ds, batch_size: 4);
            print(len(loader));
            foreach (var (xb, yb) in loader) print(xb, yb);
            loader = DataLoader(ds, batch_size: 4, drop_last: true);
            print(len(loader));
            foreach (var batch in loader) print(batch);
            print(len(DataLoader(ds)), len(DataLoader(ds, batch_size: 3)), len(DataLoader(ds, batch_size: 3, drop_last: true)));
        });

    [Test]
    public void ShuffledBatchesFollowTheSeed() => Dialect.Verify(Imports +
        """
        torch.manual_seed(0)
        ds = TensorDataset(torch.arange(10.0), torch.arange(10) * 10)
        loader = DataLoader(ds, batch_size=3, shuffle=True)
        for epoch in range(2):
            for xb, yb in loader:
                print(epoch, xb, yb)
        print(torch.rand(2))
        g = torch.Generator().manual_seed(7)
        loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
        for epoch in range(2):
            for xb, yb in loader:
                print(epoch, yb)
        print(torch.rand(2), g.initial_seed())
        """,
        () =>
        {
            torch.manual_seed(0);
            var ds = TensorDataset(torch.arange(10.0), torch.arange(10) * 10);
            var loader = DataLoader(ds, batch_size: 3, shuffle: true);
            for (int epoch = 0; epoch < 2; epoch++)
                foreach (var (xb, yb) in loader) print(epoch, xb, yb);
            print(torch.rand(2));
            var g = torch.Generator().manual_seed(7);
            loader = DataLoader(ds, batch_size: 4, shuffle: true, generator: g);
            for (int epoch = 0; epoch < 2; epoch++)
                foreach (var (_, yb) in loader) print(epoch, yb);
            print(torch.rand(2), g.initial_seed());
        });

    [Test]
    public void WorkersYieldTheSameBatchesInOrder() => Dialect.Verify(Imports +
        """
        torch.manual_seed(3)
        ds = TensorDataset(torch.arange(23.0), torch.arange(23))
        for workers in [0, 2, 3]:
            torch.manual_seed(3)
            loader = DataLoader(ds, batch_size=4, shuffle=True, num_workers=workers)
            print(workers, [yb.tolist() for xb, yb in loader])
        """,
        () =>
        {
            torch.manual_seed(3);
            var ds = TensorDataset(torch.arange(23.0), torch.arange(23));
            foreach (int workers in new[] { 0, 2, 3 })
            {
                torch.manual_seed(3);
                var loader = DataLoader(ds, batch_size: 4, shuffle: true, num_workers: workers);
                print(workers, loader.Select(b => b[1].ToArray<long>()).ToList());
            }
        });

    [Test]
    public void RandomSplit() => Dialect.Verify(Imports +
        """
        torch.manual_seed(1)
        ds = TensorDataset(torch.arange(10))
        train, val = random_split(ds, [8, 2])
        print(len(train), len(val), train.indices, val.indices, val[0])
        a, b, c = random_split(ds, [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(42))
        print(a.indices, b.indices, c.indices)
        a, b = random_split(TensorDataset(torch.arange(7)), [0.5, 0.5])
        print(a.indices, b.indices, torch.rand(1))
        """,
        () =>
        {
            torch.manual_seed(1);
            var ds = TensorDataset(torch.arange(10));
            var (train, val) = random_split(ds, [8, 2]);
            print(len(train), len(val), train.indices, val.indices, val[0]);
            var (a, b, c) = random_split(ds, [0.5, 0.3, 0.2], generator: torch.Generator().manual_seed(42));
            print(a.indices, b.indices, c.indices);
            (a, b) = random_split(TensorDataset(torch.arange(7)), [0.5, 0.5]);
            print(a.indices, b.indices, torch.rand(1));
        });

    [Test]
    public void Samplers() => Dialect.Verify(Imports +
        """
        torch.manual_seed(5)
        print(list(SequentialSampler(range(5))), len(SequentialSampler(range(5))))
        print(list(RandomSampler(range(10))))
        s = RandomSampler(range(6), replacement=True, num_samples=40)
        print(len(s), list(s))
        print(list(RandomSampler(range(4), num_samples=10)))
        print(list(RandomSampler(range(8), generator=torch.Generator().manual_seed(3))))
        print(list(SubsetRandomSampler([10, 20, 30, 40, 50])))
        print(list(SubsetRandomSampler([1, 2, 3], generator=torch.Generator().manual_seed(0))))
        print(list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, replacement=True)))
        print(list(WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement=False)))
        print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)))
        print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=True)))
        print(len(BatchSampler(range(10), 3, False)), len(BatchSampler(range(10), 3, True)))
        print(list(BatchSampler(RandomSampler(range(7)), 2, False)), torch.rand(1))
        """,
        () =>
        {
            torch.manual_seed(5);
            print(list(SequentialSampler(range(5))), len(SequentialSampler(range(5))));
            print(list(RandomSampler(range(10))));
            var s = RandomSampler(range(6), replacement: true, num_samples: 40);
            print(len(s), list(s));
            print(list(RandomSampler(range(4), num_samples: 10)));
            print(list(RandomSampler(range(8), generator: torch.Generator().manual_seed(3))));
            print(list(SubsetRandomSampler([10, 20, 30, 40, 50])));
            print(list(SubsetRandomSampler([1, 2, 3], generator: torch.Generator().manual_seed(0))));
            print(list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, replacement: true)));
            print(list(WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement: false)));
            print(list(BatchSampler(SequentialSampler(range(10)), batch_size: 3, drop_last: false)));
            print(list(BatchSampler(SequentialSampler(range(10)), batch_size: 3, drop_last: true)));
            print(len(BatchSampler(range(10), 3, false)), len(BatchSampler(range(10), 3, true)));
            print(list(BatchSampler(RandomSampler(range(7)), 2, false)), torch.rand(1));
        });

    [Test]
    public void DefaultCollate() => Dialect.Verify(Imports +
        """
        print(default_collate([torch.ones(2), torch.zeros(2)]))
        print(default_collate([1, 2, 3]), default_collate([1.5, 2.0]), default_collate([True, False]))
        print(default_collate([(1, 2.0), (3, 4.0)]))
        print(default_collate([{'a': 1, 'b': torch.ones(2)}, {'a': 3, 'b': torch.zeros(2)}]))
        print(default_collate(['x', 'y']))
        print(default_collate([[1, 2], [3, 4]]))
        """,
        () =>
        {
            print(default_collate([torch.ones(2), torch.zeros(2)]));
            print(default_collate([1, 2, 3]), default_collate([1.5, 2.0]), default_collate([true, false]));
            print(default_collate([(1, 2.0), (3, 4.0)]));
            print(default_collate([new Dictionary<string, object> { ["a"] = 1, ["b"] = torch.ones(2) },
                                   new Dictionary<string, object> { ["a"] = 3, ["b"] = torch.zeros(2) }]));
            print(default_collate(["x", "y"]));
            print(default_collate([new List<int> { 1, 2 }, new List<int> { 3, 4 }]));
        });

    private sealed class Squares : Dataset
    {
        public override int __len__() => 5;

        public override TensorSample __getitem__(int index) => (torch.tensor((double)index), torch.tensor((long)(index * index)));
    }

    private sealed class Records : Dataset<Dictionary<string, object>>
    {
        public override int __len__() => 4;

        public override Dictionary<string, object> __getitem__(int index) => new() { ["id"] = index, ["value"] = index * 0.5 };
    }

    private sealed class Counter : IterableDataset<int>
    {
        private readonly int _start, _stop;

        public Counter(int start, int stop) => (_start, _stop) = (start, stop);

        public override IEnumerable<int> __iter__()
        {
            for (int i = _start; i < _stop; i++) yield return i;
        }

        public override int __len__() => _stop - _start;
    }

    [Test]
    public void UserDatasetsAndCollateFn() => Dialect.Verify(Imports +
        """
        class Squares(Dataset):
            def __len__(self):
                return 5
            def __getitem__(self, index):
                return torch.tensor(float(index)), torch.tensor(index * index)
        class Records(Dataset):
            def __len__(self):
                return 4
            def __getitem__(self, index):
                return {'id': index, 'value': index * 0.5}
        class Counter(IterableDataset):
            def __init__(self, start, stop):
                self.start, self.stop = start, stop
            def __iter__(self):
                return iter(range(self.start, self.stop))
            def __len__(self):
                return self.stop - self.start
        ds = Squares()
        print(len(ds), ds[2])
        for xb, yb in DataLoader(ds, batch_size=2):
            print(xb, yb)
        for batch in DataLoader(Records(), batch_size=3):
            print(batch)
        print([b for b in DataLoader(ds, batch_size=2, collate_fn=lambda samples: len(samples))])
        print([yb for xb, yb in DataLoader(ds, batch_sampler=[[4, 0], [1, 2, 3]])])
        both = ConcatDataset([ds, Squares()])
        print(len(both), both[7], both[-1], both.cumulative_sizes)
        chain = ChainDataset([Counter(0, 3), Counter(10, 12)])
        print(len(chain), list(chain))
        loader = DataLoader(chain, batch_size=2)
        print(len(loader), list(loader))
        sub = Subset(ds, [4, 1])
        print(len(sub), sub[0], sub[-1])
        """,
        () =>
        {
            var ds = new Squares();
            print(len(ds), ds[2]);
            foreach (var (xb, yb) in DataLoader(ds, batch_size: 2)) print(xb, yb);
            foreach (var batch in DataLoader(new Records(), batch_size: 3)) print(batch);
            print(DataLoader(ds, batch_size: 2, collate_fn: samples => samples.Count).ToList());
            print(DataLoader(ds, batch_sampler: new ListBatches([[4, 0], [1, 2, 3]])).Select(b => b[1]).ToList());
            var both = ConcatDataset([ds, new Squares()]);
            print(len(both), both[7], both[-1], both.cumulative_sizes);
            var chain = ChainDataset([new Counter(0, 3), new Counter(10, 12)]);
            print(len(chain), list(chain));
            var loader = DataLoader(chain, batch_size: 2);
            print(len(loader), list(loader));
            var sub = Subset(ds, [4, 1]);
            print(len(sub), sub[0], sub[-1]);
        });

    // Python's batch_sampler can be any list of index lists.
    private sealed class ListBatches(IReadOnlyList<IReadOnlyList<int>> batches) : Sampler
    {
        public override int Count => batches.Count;

        public override IEnumerator<IReadOnlyList<int>> GetEnumerator() => batches.GetEnumerator();
    }

    [Test]
    public void ErrorMessages() => Dialect.Verify(Imports +
        """
        ds = TensorDataset(torch.arange(10.0), torch.arange(10))
        def show(f):
            try:
                f()
            except Exception as e:
                print(str(e))
        show(lambda: DataLoader(ds, batch_size=0))
        show(lambda: DataLoader(ds, batch_size=-2))
        show(lambda: DataLoader(ds, sampler=SequentialSampler(ds), shuffle=True))
        show(lambda: DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), batch_size=2))
        show(lambda: DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), drop_last=True))
        show(lambda: DataLoader(ds, num_workers=-1))
        show(lambda: ds[10])
        show(lambda: TensorDataset(torch.ones(3), torch.ones(4)))
        show(lambda: random_split(ds, [3, 3]))
        show(lambda: random_split(ds, [0.5, 0.7, -0.2]))
        show(lambda: RandomSampler(ds, num_samples=0))
        show(lambda: WeightedRandomSampler([0.5, 0.5], 0))
        show(lambda: Subset(ds, [1, 2])[2])
        show(lambda: ConcatDataset([]))
        show(lambda: ConcatDataset([ds])[-11])
        """,
        () =>
        {
            var ds = TensorDataset(torch.arange(10.0), torch.arange(10));
            static void Show(Action f)
            {
                try
                {
                    f();
                }
                catch (Exception e)
                {
                    print(e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "") : e.Message);
                }
            }
            Show(() => DataLoader(ds, batch_size: 0));
            Show(() => DataLoader(ds, batch_size: -2));
            Show(() => DataLoader(ds, sampler: SequentialSampler(ds), shuffle: true));
            Show(() => DataLoader(ds, batch_sampler: BatchSampler(SequentialSampler(ds), 2, false), batch_size: 2));
            Show(() => DataLoader(ds, batch_sampler: BatchSampler(SequentialSampler(ds), 2, false), drop_last: true));
            Show(() => DataLoader(ds, num_workers: -1));
            Show(() => _ = ds[10]);
            Show(() => TensorDataset(torch.ones(3), torch.ones(4)));
            Show(() => random_split(ds, [3, 3]));
            Show(() => random_split(ds, [0.5, 0.7, -0.2]));
            Show(() => RandomSampler(ds, num_samples: 0));
            Show(() => WeightedRandomSampler([0.5, 0.5], 0));
            Show(() => _ = Subset(ds, [1, 2])[2]);
            Show(() => ConcatDataset(Array.Empty<Data.Dataset<TensorSample>>()));
            Show(() => _ = ConcatDataset([ds])[-11]);
        });

    [Test]
    public void GeneratorDrawsAsPyTorchDoes() => Dialect.Verify(
        """
        g = torch.Generator()
        print(g.initial_seed())
        g.manual_seed(11)
        state = g.get_state()
        print(torch.randperm(6, generator=g), torch.randint(0, 10, (4,), generator=g))
        g.set_state(state)
        print(torch.randperm(6, generator=g), g.initial_seed(), state.dtype, state.shape)
        print(torch.multinomial(torch.tensor([0.2, 0.3, 0.5]), 4, True, generator=g))
        print(torch.empty((), dtype=torch.int64).random_(generator=g))
        """,
        () =>
        {
            var g = torch.Generator();
            print(g.initial_seed());
            g.manual_seed(11);
            var state = g.get_state();
            print(torch.randperm(6, generator: g), torch.randint(0, 10, [4], generator: g));
            g.set_state(state);
            print(torch.randperm(6, generator: g), g.initial_seed(), state.dtype, state.shape);
            print(torch.multinomial(torch.tensor(new[] { 0.2, 0.3, 0.5 }), 4, true, generator: g));
            print(torch.empty(Array.Empty<long>(), dtype: torch.int64).random_(generator: g));
        });
}
