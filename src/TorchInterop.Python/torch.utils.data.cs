using TorchInterop.Data;
using Gen = TorchInterop.Generator;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.utils</c>.</summary>
    public static partial class utils
    {
        /// <summary>
        /// Python's <c>torch.utils.data</c>: datasets, samplers, <c>random_split</c>, <c>default_collate</c> and
        /// <c>DataLoader</c>, forwarding to <see cref="TorchInterop.Data"/>. With
        /// <c>using static TorchInterop.Python.torch.utils.data;</c> Python's spellings compile as they are:
        /// <c>foreach (var (xb, yb) in DataLoader(TensorDataset(x, y), batch_size: 4, shuffle: true))</c>.
        /// </summary>
        public static partial class data
        {
            /// <summary>
            /// A map-style dataset of any samples to derive from: override <c>__len__</c> and <c>__getitem__</c>.
            /// </summary>
            /// <typeparam name="T">The type of one sample.</typeparam>
            public abstract class Dataset<T> : TorchInterop.Data.Dataset<T>
            {
                /// <summary>Python's <c>__len__</c>: how many samples.</summary>
                public abstract int __len__();

                /// <summary>Python's <c>__getitem__</c>: the sample at <paramref name="index"/>.</summary>
                public abstract T __getitem__(int index);

                /// <inheritdoc />
                public sealed override int Count => __len__();

                /// <inheritdoc />
                public sealed override T GetItem(int index) => __getitem__(index);
            }

            /// <summary>
            /// A map-style dataset whose samples are tuples of tensors (<c>return x, y</c> in Python is
            /// <c>return (x, y);</c>), so that the default collation gives batches that deconstruct.
            /// </summary>
            public abstract class Dataset : Dataset<TensorSample>;

            /// <summary>An iterable-style dataset to derive from: override <c>__iter__</c> (and <c>__len__</c> if known).</summary>
            /// <typeparam name="T">The type of one sample.</typeparam>
            public abstract class IterableDataset<T> : TorchInterop.Data.IterableDataset<T>
            {
                /// <summary>Python's <c>__iter__</c>: the samples in order (an iterator method with <c>yield return</c>).</summary>
                public abstract IEnumerable<T> __iter__();

                /// <summary>Python's optional <c>__len__</c>; the default has no length, as in Python.</summary>
                public virtual int __len__() => base.Count;

                /// <inheritdoc />
                public sealed override IEnumerator<T> GetEnumerator() => __iter__().GetEnumerator();

                /// <inheritdoc />
                public sealed override int Count => __len__();
            }

            /// <summary>An iterable-style dataset of tuples of tensors.</summary>
            public abstract class IterableDataset : IterableDataset<TensorSample>;

            /// <summary>
            /// A sampler to derive from (Python's <c>class MySampler(Sampler)</c>): override <c>__iter__</c>, and
            /// <c>__len__</c> when the length is known, and pass it as <c>sampler=</c> (of indices) or
            /// <c>batch_sampler=</c> (of index lists) to <c>DataLoader</c>.
            /// </summary>
            /// <typeparam name="T">An index (<c>int</c>) or a batch of indices (<c>IReadOnlyList&lt;int&gt;</c>).</typeparam>
            public abstract class Sampler<T> : TorchInterop.Data.Sampler<T>
            {
                /// <summary>Python's <c>__iter__</c>: the items of one pass (an iterator method with <c>yield return</c>).</summary>
                public abstract IEnumerable<T> __iter__();

                /// <summary>Python's optional <c>__len__</c>; the default has none (Python's TypeError).</summary>
                public virtual int __len__() => throw new TorchException($"object of type '{GetType().Name}' has no len()", TorchErrorKind.TypeError);

                /// <inheritdoc />
                public sealed override IEnumerator<T> GetEnumerator() => __iter__().GetEnumerator();

                /// <inheritdoc />
                public sealed override int Count => __len__();
            }

            /// <summary>
            /// <c>torch.utils.data.DistributedSampler(dataset, num_replicas=None, rank=None, shuffle=True, seed=0, drop_last=False)</c>;
            /// <c>set_epoch(epoch)</c> before each epoch. Without <c>num_replicas</c> or <c>rank</c> it asks the default
            /// process group for them, and raises PyTorch's error while none is initialized.
            /// </summary>
            public static TorchInterop.Data.DistributedSampler DistributedSampler(IDataset dataset, long? num_replicas = null, long? rank = null,
                bool shuffle = true, long seed = 0, bool drop_last = false) => new(dataset, Int(num_replicas), Int(rank), shuffle, seed, drop_last);

            /// <summary><c>torch.utils.data.DistributedSampler(range(n), ...)</c> and other sized collections.</summary>
            public static TorchInterop.Data.DistributedSampler DistributedSampler<T>(IReadOnlyCollection<T> dataset, long? num_replicas = null, long? rank = null,
                bool shuffle = true, long seed = 0, bool drop_last = false) => new(NotNull(dataset).Count, Int(num_replicas), Int(rank), shuffle, seed, drop_last);

            /// <summary>
            /// <c>torch.utils.data.get_worker_info()</c>: in a <c>DataLoader</c> worker its <c>id</c>, <c>num_workers</c>,
            /// <c>seed</c> and <c>dataset</c>; None (null) elsewhere.
            /// </summary>
            public static WorkerInfo? get_worker_info() => WorkerInfo.Current;

            /// <summary><c>torch.utils.data.default_convert(data)</c>: tuples and lists become lists, dicts new dicts, of converted items.</summary>
            public static object? default_convert(object? data) => DefaultConvert.Apply(data);

#if LIBTORCH_2
            /// <summary><c>torch.utils.data.StackDataset(*datasets)</c>: samples are tuples of the datasets' samples.</summary>
            public static StackDataset<T> StackDataset<T>(params TorchInterop.Data.Dataset<T>[] datasets) => new(datasets);

            /// <summary>
            /// <c>torch.utils.data.StackDataset(**datasets)</c>, the keyword form as a dictionary
            /// (<c>StackDataset(image=images, text=texts)</c> is <c>StackDataset(new Dictionary&lt;string, Dataset&lt;T&gt;&gt; { ["image"] = images, ["text"] = texts })</c>):
            /// samples are dicts.
            /// </summary>
            public static StackDictDataset<T> StackDataset<T>(IDictionary<string, TorchInterop.Data.Dataset<T>> datasets) => new(NotNull(datasets));
#endif

            /// <summary><c>torch.utils.data.TensorDataset(*tensors)</c>.</summary>
            public static TorchInterop.Data.TensorDataset TensorDataset(params Tensor[] tensors) => new(tensors);

            /// <summary><c>torch.utils.data.Subset(dataset, indices)</c>.</summary>
            public static TorchInterop.Data.Subset<T> Subset<T>(TorchInterop.Data.Dataset<T> dataset, IEnumerable<int> indices) => new(dataset, indices);

            /// <summary><c>torch.utils.data.ConcatDataset(datasets)</c>.</summary>
            public static ConcatDataset<T> ConcatDataset<T>(IEnumerable<TorchInterop.Data.Dataset<T>> datasets) => new(datasets);

            /// <summary><c>torch.utils.data.ChainDataset(datasets)</c>.</summary>
            public static ChainDataset<T> ChainDataset<T>(IEnumerable<TorchInterop.Data.IterableDataset<T>> datasets) => new(datasets);

            /// <summary><c>torch.utils.data.random_split(dataset, lengths, generator=default_generator)</c> with lengths.</summary>
            public static Splits<T> random_split<T>(TorchInterop.Data.Dataset<T> dataset, IReadOnlyList<int> lengths, Gen? generator = null) =>
                RandomSplit.Split(dataset, lengths, generator);

            /// <summary><c>torch.utils.data.random_split(dataset, fractions, generator=default_generator)</c> with fractions summing up to 1.</summary>
            public static Splits<T> random_split<T>(TorchInterop.Data.Dataset<T> dataset, IReadOnlyList<double> lengths, Gen? generator = null) =>
                RandomSplit.Split(dataset, lengths, generator);

            /// <summary><c>torch.utils.data.default_collate(batch)</c>.</summary>
            public static object default_collate<T>(IReadOnlyList<T> batch) => Collate.Default(batch);

            /// <summary><c>torch.utils.data.SequentialSampler(data_source)</c>.</summary>
            public static TorchInterop.Data.SequentialSampler SequentialSampler(IDataset data_source) => new(data_source);

            /// <summary><c>torch.utils.data.SequentialSampler(range(n))</c> and other sized collections.</summary>
            public static TorchInterop.Data.SequentialSampler SequentialSampler<T>(IReadOnlyCollection<T> data_source) =>
                new(NotNull(data_source).Count);

            /// <summary><c>torch.utils.data.RandomSampler(data_source, replacement=False, num_samples=None, generator=None)</c>.</summary>
            public static TorchInterop.Data.RandomSampler RandomSampler(IDataset data_source, bool replacement = false, long? num_samples = null, Gen? generator = null) =>
                new(data_source, replacement, Int(num_samples), generator);

            /// <summary><c>torch.utils.data.RandomSampler(range(n), ...)</c> and other sized collections.</summary>
            public static TorchInterop.Data.RandomSampler RandomSampler<T>(IReadOnlyCollection<T> data_source, bool replacement = false, long? num_samples = null, Gen? generator = null) =>
                new(NotNull(data_source).Count, replacement, Int(num_samples), generator);

            /// <summary><c>torch.utils.data.SubsetRandomSampler(indices, generator=None)</c>.</summary>
            public static TorchInterop.Data.SubsetRandomSampler SubsetRandomSampler(IEnumerable<int> indices, Gen? generator = null) => new(indices, generator);

            /// <summary><c>torch.utils.data.WeightedRandomSampler(weights, num_samples, replacement=True, generator=None)</c>.</summary>
            public static TorchInterop.Data.WeightedRandomSampler WeightedRandomSampler(IEnumerable<double> weights, long num_samples, bool replacement = true, Gen? generator = null) =>
                new(weights, Int(num_samples), replacement, generator);

            /// <summary><c>torch.utils.data.BatchSampler(sampler, batch_size, drop_last)</c>.</summary>
            public static TorchInterop.Data.BatchSampler BatchSampler(IEnumerable<int> sampler, long batch_size, bool drop_last) => new(sampler, Int(batch_size), drop_last);

            /// <summary><c>DataLoader(dataset, batch_size=1, shuffle=False, sampler=None, batch_sampler=None, num_workers=0, ...)</c> over tuples of tensors: batches are lists of stacked tensors.</summary>
            public static DataLoader<TensorSample, TensorBatch> DataLoader(TorchInterop.Data.Dataset<TensorSample> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0, bool drop_last = false,
                Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), Collate.Stack);

            /// <summary><c>DataLoader(dataset, ...)</c> over tensors: batches are the stacked tensors.</summary>
            public static DataLoader<Tensor, Tensor> DataLoader(TorchInterop.Data.Dataset<Tensor> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0, bool drop_last = false,
                Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), Collate.Stack);

            /// <summary><c>DataLoader(dataset, ...)</c> over any samples, collated by <c>default_collate</c>.</summary>
            public static DataLoader<T, object> DataLoader<T>(TorchInterop.Data.Dataset<T> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0, bool drop_last = false,
                Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), Collate.Default);

            /// <summary><c>DataLoader(dataset, ..., collate_fn=f, ...)</c>: batches are what <paramref name="collate_fn"/> makes of each list of samples.</summary>
            public static DataLoader<T, TBatch> DataLoader<T, TBatch>(TorchInterop.Data.Dataset<T> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0,
                Func<IReadOnlyList<T>, TBatch>? collate_fn = null, bool drop_last = false, Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), collate_fn);

            /// <summary><c>DataLoader(iterable_dataset, batch_size=1, ...)</c> over a stream of tuples of tensors.</summary>
            public static DataLoader<TensorSample, TensorBatch> DataLoader(TorchInterop.Data.IterableDataset<TensorSample> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0, bool drop_last = false,
                Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), Collate.Stack);

            /// <summary><c>DataLoader(iterable_dataset, ...)</c> over a stream of any samples, collated by <c>default_collate</c>.</summary>
            public static DataLoader<T, object> DataLoader<T>(TorchInterop.Data.IterableDataset<T> dataset, long batch_size = 1, bool shuffle = false,
                TorchInterop.Data.Sampler<int>? sampler = null, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batch_sampler = null, long num_workers = 0, bool drop_last = false,
                Gen? generator = null, long? prefetch_factor = null, Action<long>? worker_init_fn = null) =>
                new(dataset, Options(batch_size, shuffle, sampler, batch_sampler, num_workers, drop_last, generator, prefetch_factor, worker_init_fn), Collate.Default);

            private static DataLoaderOptions Options(long batchSize, bool shuffle, TorchInterop.Data.Sampler<int>? sampler, TorchInterop.Data.Sampler<IReadOnlyList<int>>? batchSampler,
                long numWorkers, bool dropLast, Gen? generator, long? prefetchFactor, Action<long>? workerInitFn) => new()
            {
                BatchSize = Int(batchSize), Shuffle = shuffle, Sampler = sampler, BatchSampler = batchSampler, NumWorkers = Int(numWorkers),
                DropLast = dropLast, Generator = generator, PrefetchFactor = Int(prefetchFactor),
                WorkerInitFn = workerInitFn is null ? null : id => workerInitFn(id),
            };

            // Python's ints are unbounded; the facade counts in int, and a count beyond it is an error, not a wrap.
            private static int Int(long value) => checked((int)value);

            private static int? Int(long? value) => value is { } v ? checked((int)v) : null;

            private static T NotNull<T>(T? value) where T : class => value ?? throw new ArgumentNullException(nameof(value));
        }
    }

    /// <summary><c>torch.Generator()</c>: a CPU generator of its own.</summary>
    public static Gen Generator() => new();

    /// <summary><c>torch.randperm(n, generator=g)</c>.</summary>
    public static Tensor randperm(long n, Gen? generator, DType dtype = DType.Int64) => Torch.Randperm(n, generator, dtype);

    /// <summary><c>torch.randint(high, size, generator=g)</c>.</summary>
    public static Tensor randint(long high, long[] size, Gen? generator, DType dtype = DType.Int64) => Torch.Randint(high, size, generator, dtype);

    /// <summary><c>torch.randint(low, high, size, generator=g)</c>.</summary>
    public static Tensor randint(long low, long high, long[] size, Gen? generator, DType dtype = DType.Int64) => Torch.Randint(low, high, size, generator, dtype);

    /// <summary><c>torch.multinomial(input, num_samples, replacement=False, generator=g)</c>.</summary>
    public static Tensor multinomial(Tensor input, long num_samples, bool replacement, Gen? generator) => Torch.Multinomial(input, num_samples, replacement, generator);
}
