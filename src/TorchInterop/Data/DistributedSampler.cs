namespace TorchInterop.Data;

/// <summary>
/// The share of a dataset's indices that one of <see cref="NumReplicas"/> processes loads (Python's
/// <c>torch.utils.data.DistributedSampler</c>): every replica orders the indices the same way (a permutation from a
/// generator seeded with <see cref="Seed"/> + <see cref="Epoch"/>, or in order), pads them by repeating from the
/// start to a multiple of the replica count (or with <see cref="DropLast"/> cuts the tail), then takes every
/// <see cref="NumReplicas"/>-th index from <see cref="Rank"/> on. Call <see cref="SetEpoch"/> before each epoch for a
/// new order.
/// <example><code>
/// var sampler = new DistributedSampler(dataset, numReplicas: 4, rank: 1);
/// sampler.SetEpoch(epoch);
/// </code></example>
/// </summary>
public sealed class DistributedSampler : Sampler<int>
{
    private readonly Func<int> _length;

    /// <summary>Indices of <paramref name="dataset"/> for replica <paramref name="rank"/> of <paramref name="numReplicas"/>.</summary>
    /// <param name="dataset">The samples; its length is assumed not to change.</param>
    /// <param name="numReplicas">The number of processes; null: the default process group's world size.</param>
    /// <param name="rank">This process's rank; null: its rank in the default process group.</param>
    /// <param name="shuffle">Shuffle the indices (the same permutation on every replica).</param>
    /// <param name="seed">The shuffling seed, to be the same on all replicas.</param>
    /// <param name="dropLast">Cut the tail to make the indices divide evenly, instead of padding them.</param>
    /// <exception cref="TorchException">
    /// No <paramref name="numReplicas"/> or <paramref name="rank"/> with no process group initialized (PyTorch's
    /// message: RuntimeError in 1.x, ValueError in 2.x); a rank outside [0, numReplicas - 1] (ValueError).
    /// </exception>
    public DistributedSampler(IDataset dataset, int? numReplicas = null, int? rank = null, bool shuffle = true, long seed = 0, bool dropLast = false)
        : this(() => dataset.Count, numReplicas, rank, shuffle, seed, dropLast) => ArgumentNullException.ThrowIfNull(dataset);

    /// <summary>Indices of a data source of <paramref name="length"/> items (Python's <c>DistributedSampler(range(n), ...)</c>).</summary>
    /// <inheritdoc cref="DistributedSampler(IDataset, int?, int?, bool, long, bool)"/>
    public DistributedSampler(int length, int? numReplicas = null, int? rank = null, bool shuffle = true, long seed = 0, bool dropLast = false)
        : this(() => length, numReplicas, rank, shuffle, seed, dropLast) { }

    private DistributedSampler(Func<int> length, int? numReplicas, int? rank, bool shuffle, long seed, bool dropLast)
    {
        // Python asks the default group for the world size only when num_replicas is missing, then for the rank.
        numReplicas ??= DefaultGroup.GetWorldSize();
        rank ??= DefaultGroup.GetRank();
        if (rank >= numReplicas || rank < 0)
            throw new TorchException($"Invalid rank {rank}, rank should be in the interval [0, {numReplicas - 1}]", TorchErrorKind.ValueError);
        _length = length;
        NumReplicas = numReplicas.Value;
        Rank = rank.Value;
        Shuffle = shuffle;
        Seed = seed;
        DropLast = dropLast;
        int n = _length();
        // Python's math.ceil over a float quotient, which the dropped tail can make negative (then 0).
        NumSamples = DropLast && n % NumReplicas != 0
            ? (int)Math.Ceiling((double)(n - NumReplicas) / NumReplicas)
            : (int)Math.Ceiling((double)n / NumReplicas);
        TotalSize = NumSamples * NumReplicas;
    }

    /// <summary>
    /// The group a sampler without <c>numReplicas</c> or <c>rank</c> asks for them: until <c>torch.distributed</c>
    /// initializes a default process group (and sets this to it), one that raises PyTorch's "not initialized" error.
    /// </summary>
    internal static IReplicaGroup DefaultGroup { get; set; } = DefaultProcessGroupReplicas.Instance;

    /// <summary>How many processes share the dataset (Python's <c>num_replicas</c>).</summary>
    public int NumReplicas { get; }

    /// <summary>This process's rank, 0 to <see cref="NumReplicas"/> - 1.</summary>
    public int Rank { get; }

    /// <summary>Whether the indices are shuffled.</summary>
    public bool Shuffle { get; }

    /// <summary>The shuffling seed; a pass seeds its generator with it + <see cref="Epoch"/>.</summary>
    public long Seed { get; }

    /// <summary>Whether the tail is cut rather than padded.</summary>
    public bool DropLast { get; }

    /// <summary>The epoch the next pass shuffles for (0 until <see cref="SetEpoch"/>).</summary>
    public long Epoch { get; private set; }

    /// <summary>Indices per replica (Python's <c>num_samples</c>).</summary>
    public int NumSamples { get; }

    /// <summary>Indices over all replicas, padding included (Python's <c>total_size</c>).</summary>
    public int TotalSize { get; }

    /// <inheritdoc />
    public override int Count => NumSamples;

    /// <summary>Sets the epoch, so that the next pass shuffles differently (Python's <c>set_epoch(epoch)</c>).</summary>
    public void SetEpoch(long epoch) => Epoch = epoch;

    /// <inheritdoc />
    public override IEnumerator<int> GetEnumerator()
    {
        var indices = AllIndices();
        if (!DropLast)
        {
            int padding = TotalSize - indices.Count;
            // repeat the indices from the start (several times over when there are fewer indices than replicas)
            int original = indices.Count;
            for (int i = 0; i < padding; i++) indices.Add(indices[i % original]);
        }
        else
        {
            indices.RemoveRange(TotalSize, indices.Count - TotalSize);
        }
        for (int i = Rank; i < TotalSize; i += NumReplicas) yield return indices[i];
    }

    private List<int> AllIndices()
    {
        int n = _length();
        if (!Shuffle) return [.. Enumerable.Range(0, n)];
        using var generator = new Generator().ManualSeed(Seed + Epoch);
        using var permutation = Torch.Randperm(n, generator);
        return [.. permutation.ToArray<long>().Select(i => (int)i)];
    }
}
