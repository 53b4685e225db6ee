using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// A group of ranks that run collectives together: LibTorch's <c>c10d::ProcessGroupGloo</c> over a
/// <see cref="Store"/>. Every operation must be called in the same order on every rank of the group; each returns a
/// <see cref="Work"/> to wait on. Ranks here are the group's own (0 to <see cref="Size"/> - 1); the
/// <see cref="Distributed"/> functions translate global ranks as Python's <c>torch.distributed</c> does.
/// </summary>
public sealed class ProcessGroup : IDisposable
{
    private readonly ProcessGroupHandle? _handle;
    private readonly bool _ownsStore;

    private ProcessGroup(ProcessGroupHandle? handle, Store? store, string backend, string name, IReadOnlyList<int> globalRanks,
                         bool ownsStore = false)
    {
        _ownsStore = ownsStore;
        _handle = handle is null ? null : ValidHandle.Of(handle);
        Store = store;
        Backend = backend;
        Name = name;
        GlobalRanks = globalRanks;
    }

    /// <summary>
    /// Creates a Gloo group of <paramref name="size"/> ranks that meet through <paramref name="store"/> (it waits,
    /// up to <paramref name="timeout"/>, until all have come). <paramref name="hostname"/> null uses Gloo's default
    /// device (or the interfaces in GLOO_SOCKET_IFNAME), as PyTorch does.
    /// </summary>
    public static ProcessGroup CreateGloo(Store store, int rank, int size, TimeSpan? timeout = null, string? hostname = null) =>
        CreateGloo(store, rank, size, timeout, hostname, name: "", globalRanks: [.. Enumerable.Range(0, size)], ownsStore: false);

    /// <summary>A group that disposes <paramref name="store"/> with itself when <paramref name="ownsStore"/>.</summary>
    internal static ProcessGroup CreateGloo(Store store, int rank, int size, TimeSpan? timeout, string? hostname, string name,
                                            IReadOnlyList<int> globalRanks, bool ownsStore)
    {
        ArgumentNullException.ThrowIfNull(store);
        var handle = NativeMethods.ti_process_group_gloo_new(store.Handle, rank, size, ValidHandle.Milliseconds(timeout), hostname);
        return new ProcessGroup(handle, store, "gloo", name, globalRanks, ownsStore);
    }

    /// <summary>What a rank that is not in a new group gets (Python's <c>GroupMember.NON_GROUP_MEMBER</c>).</summary>
    internal static ProcessGroup NonMember(string name, IReadOnlyList<int> globalRanks) => new(null, null, "", name, globalRanks);

    /// <summary>False on a rank that is not in this group: operations on it do nothing there, as in Python.</summary>
    public bool IsMember => _handle is not null;

    /// <summary>The store the group's ranks met through.</summary>
    public Store? Store { get; }

    /// <summary>The backend's name, "gloo".</summary>
    public string Backend { get; }

    /// <summary>The group's name in the job ("0" for the default group of PyTorch 1.13, then "1", "2", ...).</summary>
    public string Name { get; }

    /// <summary>The global rank of each of the group's ranks, in group-rank order.</summary>
    public IReadOnlyList<int> GlobalRanks { get; }

    /// <summary>This process's rank in the group.</summary>
    public int Rank => Check.Status(NativeMethods.ti_process_group_rank(Live));

    /// <summary>The number of ranks in the group.</summary>
    public int Size => Check.Status(NativeMethods.ti_process_group_size(Live));

    /// <summary>Sums (or combines by <paramref name="op"/>) the tensors of all ranks, in place on every rank.</summary>
    public Work AllReduce(Tensor tensor, ReduceOp op = ReduceOp.Sum, TimeSpan? timeout = null) => AllReduce([tensor], op, timeout);

    /// <summary>All-reduce of several tensors of this rank at once (one per device in c10d's model).</summary>
    public unsafe Work AllReduce(IReadOnlyList<Tensor> tensors, ReduceOp op = ReduceOp.Sum, TimeSpan? timeout = null)
    {
        using var list = HandleList.NonNull(tensors, nameof(tensors));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_allreduce(Live, p, tensors.Count, (int)op, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Copies the tensor of rank <paramref name="root"/> into the tensor of every other rank.</summary>
    public unsafe Work Broadcast(Tensor tensor, int root, TimeSpan? timeout = null)
    {
        using var list = HandleList.NonNull([tensor], nameof(tensor));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_broadcast(Live, p, 1, root, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Reduces the tensors of all ranks into the tensor of rank <paramref name="root"/>.</summary>
    public Work Reduce(Tensor tensor, int root, ReduceOp op = ReduceOp.Sum, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return new Work(NativeMethods.ti_pg_reduce(Live, tensor, root, (int)op, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Copies every rank's <paramref name="input"/> into <paramref name="outputs"/>[rank] on every rank.</summary>
    public unsafe Work AllGather(IReadOnlyList<Tensor> outputs, Tensor input, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var list = HandleList.NonNull(outputs, nameof(outputs));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_allgather(Live, p, outputs.Count, input, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Concatenates every rank's <paramref name="input"/> along dim 0 into <paramref name="output"/>.</summary>
    public Work AllGatherIntoTensor(Tensor output, Tensor input, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        return new Work(NativeMethods.ti_pg_allgather_base(Live, output, input, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Copies every rank's <paramref name="input"/> into <paramref name="outputs"/> on rank <paramref name="root"/> (null elsewhere).</summary>
    public unsafe Work Gather(IReadOnlyList<Tensor>? outputs, Tensor input, int root, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var list = HandleList.NonNull(outputs ?? [], nameof(outputs));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_gather(Live, p, outputs?.Count ?? 0, input, root, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Sends <paramref name="inputs"/>[r] of rank <paramref name="root"/> (null elsewhere) to rank r's <paramref name="output"/>.</summary>
    public unsafe Work Scatter(Tensor output, IReadOnlyList<Tensor>? inputs, int root, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var list = HandleList.NonNull(inputs ?? [], nameof(inputs));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_scatter(Live, output, p, inputs?.Count ?? 0, root, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Reduces <paramref name="inputs"/>[r] of all ranks into rank r's <paramref name="output"/>.</summary>
    public unsafe Work ReduceScatter(Tensor output, IReadOnlyList<Tensor> inputs, ReduceOp op = ReduceOp.Sum, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var list = HandleList.NonNull(inputs, nameof(inputs));
        fixed (IntPtr* p = list.Pointers)
            return new Work(NativeMethods.ti_pg_reduce_scatter(Live, output, p, inputs.Count, (int)op, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>
    /// Splits <paramref name="input"/> along dim 0 (by <paramref name="inputSplits"/>, or equally) and sends part r to
    /// rank r, which gathers the parts it receives into <paramref name="output"/> (Python's <c>all_to_all_single</c>).
    /// </summary>
    public unsafe Work AllToAllSingle(Tensor output, Tensor input, IReadOnlyList<long>? outputSplits = null,
                                      IReadOnlyList<long>? inputSplits = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        long[] outs = [.. outputSplits ?? []];
        long[] ins = [.. inputSplits ?? []];
        fixed (long* o = outs)
        fixed (long* i = ins)
            return new Work(NativeMethods.ti_pg_alltoall_base(Live, output, input, o, outs.Length, i, ins.Length,
                ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Sends <paramref name="inputs"/>[r] to rank r, which receives it into its <paramref name="outputs"/>[this rank].</summary>
    public unsafe Work AllToAll(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> inputs, TimeSpan? timeout = null)
    {
        using var outList = HandleList.NonNull(outputs, nameof(outputs));
        using var inList = HandleList.NonNull(inputs, nameof(inputs));
        fixed (IntPtr* o = outList.Pointers)
        fixed (IntPtr* i = inList.Pointers)
            return new Work(NativeMethods.ti_pg_alltoall(Live, o, outputs.Count, i, inputs.Count, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Completes when every rank has reached it.</summary>
    public Work Barrier(TimeSpan? timeout = null) => new(NativeMethods.ti_pg_barrier(Live, ValidHandle.Milliseconds(timeout)));

    /// <summary>
    /// A barrier in which rank 0 waits for each rank to check in and names the one(s) that did not within
    /// <paramref name="timeout"/> (all of them when <paramref name="waitAllRanks"/>).
    /// </summary>
    public void MonitoredBarrier(TimeSpan? timeout = null, bool waitAllRanks = false) =>
        Check.Status(NativeMethods.ti_pg_monitored_barrier(Live, ValidHandle.Milliseconds(timeout), waitAllRanks ? 1 : 0));

    /// <summary>Sends <paramref name="tensor"/> to rank <paramref name="destination"/>.</summary>
    public unsafe Work Send(Tensor tensor, int destination, int tag = 0)
    {
        using var list = HandleList.NonNull([tensor], nameof(tensor));
        fixed (IntPtr* p = list.Pointers) return new Work(NativeMethods.ti_pg_send(Live, p, 1, destination, tag));
    }

    /// <summary>Receives into <paramref name="tensor"/> from rank <paramref name="source"/>.</summary>
    public unsafe Work Receive(Tensor tensor, int source, int tag = 0)
    {
        using var list = HandleList.NonNull([tensor], nameof(tensor));
        fixed (IntPtr* p = list.Pointers) return new Work(NativeMethods.ti_pg_recv(Live, p, 1, source, tag));
    }

    /// <summary>Receives into <paramref name="tensor"/> from whichever rank sends first (see <see cref="Work.SourceRank"/>).</summary>
    public unsafe Work ReceiveFromAny(Tensor tensor, int tag = 0)
    {
        using var list = HandleList.NonNull([tensor], nameof(tensor));
        fixed (IntPtr* p = list.Pointers) return new Work(NativeMethods.ti_pg_recv_anysource(Live, p, 1, tag));
    }

    /// <summary>Agrees on a sequence number through the store (what PyTorch 1.x does after creating a Gloo group).</summary>
    public void SetSequenceNumber() => Check.Status(NativeMethods.ti_process_group_set_sequence_number(Live));

    /// <summary>The group's current sequence number (the count of collectives since it was agreed on).</summary>
    public long SequenceNumber => Check.Status(NativeMethods.ti_process_group_get_sequence_number(Live));

    /// <summary>The group rank of global rank <paramref name="globalRank"/>, or -1 when it is not in the group.</summary>
    public int GroupRankOf(int globalRank)
    {
        for (int i = 0; i < GlobalRanks.Count; i++)
            if (GlobalRanks[i] == globalRank) return i;
        return -1;
    }

    internal ProcessGroupHandle Live
    {
        get
        {
            if (_handle is null) throw new InvalidOperationException("This process is not a member of the group.");
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Releases the group (its connections close once no operation uses them).</summary>
    public void Dispose()
    {
        _handle?.Dispose();
        if (_ownsStore) Store?.Dispose();
    }
}
