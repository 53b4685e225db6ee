namespace TorchInterop.Distributed;

// The collectives of torch/distributed/distributed_c10d.py: global ranks in, the group's own ranks to c10d; on a rank
// outside the group they do nothing (Python warns and returns None). With asyncOp the Work is returned to wait on;
// otherwise it is waited on here and null is returned.
public static partial class Distributed
{
    /// <summary>Reduces <paramref name="tensor"/> across the group in place on every rank (Python's <c>all_reduce</c>).</summary>
    public static Work? AllReduce(Tensor tensor, ReduceOp op = ReduceOp.Sum, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "all_reduce", out var pg)) return null;
        if (tensor.Dtype.IsComplex())
        {
            if (op is ReduceOp.Max or ReduceOp.Min or ReduceOp.Product or ReduceOp.BitwiseAnd or ReduceOp.BitwiseOr or ReduceOp.BitwiseXor)
                throw new TorchException($"all_reduce does not support {PythonName(op)} on complex tensors",
                    LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError);
            tensor = Torch.ViewAsReal(tensor);
        }
        return Finish(pg.AllReduce(tensor, op), asyncOp);
    }

    /// <summary>Copies <paramref name="tensor"/> of global rank <paramref name="src"/> to every rank (Python's <c>broadcast</c>).</summary>
    public static Work? Broadcast(Tensor tensor, int src, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "broadcast", out var pg)) return null;
        return Finish(pg.Broadcast(RealView(tensor), GetGroupRank(pg, src)), asyncOp);
    }

    /// <summary>Reduces <paramref name="tensor"/> of every rank into that of global rank <paramref name="dst"/> (Python's <c>reduce</c>).</summary>
    public static Work? Reduce(Tensor tensor, int dst, ReduceOp op = ReduceOp.Sum, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "reduce", out var pg)) return null;
        return Finish(pg.Reduce(tensor, GetGroupRank(pg, dst), op), asyncOp);
    }

    /// <summary>Gathers every rank's <paramref name="tensor"/> into <paramref name="tensorList"/> (Python's <c>all_gather</c>).</summary>
    public static Work? AllGather(IReadOnlyList<Tensor> tensorList, Tensor tensor, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensorList);
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "all_gather", out var pg)) return null;
        CheckSameDtype(tensorList, tensor);
        return Finish(pg.AllGather([.. tensorList.Select(RealView)], RealView(tensor)), asyncOp);
    }

    /// <summary>Concatenates every rank's <paramref name="input"/> along dim 0 into <paramref name="output"/> (Python's <c>all_gather_into_tensor</c>).</summary>
    public static Work? AllGatherIntoTensor(Tensor output, Tensor input, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        if (!Member(group, "all_gather_into_tensor", out var pg)) return null;
        return Finish(pg.AllGatherIntoTensor(RealView(output), RealView(input)), asyncOp);
    }

    /// <summary>
    /// Gathers every rank's <paramref name="tensor"/> into <paramref name="gatherList"/> on global rank
    /// <paramref name="dst"/>, which alone passes a list (Python's <c>gather</c>).
    /// </summary>
    public static Work? Gather(Tensor tensor, IReadOnlyList<Tensor>? gatherList = null, int dst = 0, ProcessGroup? group = null,
                               bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "gather", out var pg)) return null;
        int myRank = DefaultGroup.Rank;
        bool given = gatherList is { Count: > 0 };
        if (dst == myRank && !given)
            throw new TorchException("Argument ``gather_list`` must be specified on destination rank.", TorchErrorKind.ValueError);
        if (dst != myRank && given)
            throw new TorchException("Argument ``gather_list`` must NOT be specified on non-destination ranks.", TorchErrorKind.ValueError);
        if (given) CheckSameDtype(gatherList!, tensor);
        return Finish(pg.Gather(given ? gatherList : null, tensor, GetGroupRank(pg, dst)), asyncOp);
    }

    /// <summary>
    /// Sends <paramref name="scatterList"/>[r] of global rank <paramref name="src"/>, which alone passes a list, into
    /// rank r's <paramref name="tensor"/> (Python's <c>scatter</c>).
    /// </summary>
    public static Work? Scatter(Tensor tensor, IReadOnlyList<Tensor>? scatterList = null, int src = 0, ProcessGroup? group = null,
                                bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "scatter", out var pg)) return null;
        int myRank = DefaultGroup.Rank;
        bool given = scatterList is { Count: > 0 };
        if (src == myRank && !given)
            throw new TorchException("Argument ``scatter_list`` must be specified on source rank.", TorchErrorKind.ValueError);
        if (src != myRank && given)
            throw new TorchException("Argument ``scatter_list`` must NOT be specified on non-source ranks.", TorchErrorKind.ValueError);
        if (given) CheckSameDtype(scatterList!, tensor);
        return Finish(pg.Scatter(RealView(tensor), given ? [.. scatterList!.Select(RealView)] : null, GetGroupRank(pg, src)), asyncOp);
    }

    /// <summary>Reduces <paramref name="inputList"/>[r] of every rank into rank r's <paramref name="output"/> (Python's <c>reduce_scatter</c>).</summary>
    public static Work? ReduceScatter(Tensor output, IReadOnlyList<Tensor> inputList, ReduceOp op = ReduceOp.Sum,
                                      ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputList);
        if (!Member(group, "reduce_scatter", out var pg)) return null;
        return Finish(pg.ReduceScatter(output, inputList, op), asyncOp);
    }

    /// <summary>Python's <c>all_to_all_single</c>: parts of <paramref name="input"/> along dim 0 go to each rank, parts received fill <paramref name="output"/>.</summary>
    public static Work? AllToAllSingle(Tensor output, Tensor input, IReadOnlyList<long>? outputSplitSizes = null,
                                       IReadOnlyList<long>? inputSplitSizes = null, ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        if (!Member(group, "all_to_all_single", out var pg)) return null;
        return Finish(pg.AllToAllSingle(RealView(output), RealView(input), outputSplitSizes, inputSplitSizes), asyncOp);
    }

    /// <summary>Python's <c>all_to_all</c>: <paramref name="inputTensorList"/>[r] goes to rank r, which receives it into its output list.</summary>
    public static Work? AllToAll(IReadOnlyList<Tensor> outputTensorList, IReadOnlyList<Tensor> inputTensorList,
                                 ProcessGroup? group = null, bool asyncOp = false)
    {
        ArgumentNullException.ThrowIfNull(outputTensorList);
        ArgumentNullException.ThrowIfNull(inputTensorList);
        if (!Member(group, "all_to_all", out var pg)) return null;
        return Finish(pg.AllToAll([.. outputTensorList.Select(RealView)], [.. inputTensorList.Select(RealView)]), asyncOp);
    }

    /// <summary>Waits until every rank of the group has reached it (Python's <c>barrier</c>).</summary>
    public static Work? Barrier(ProcessGroup? group = null, bool asyncOp = false)
    {
        if (!Member(group, "barrier", out var pg)) return null;
        return Finish(pg.Barrier(), asyncOp);
    }

    /// <summary>
    /// A barrier where rank 0 names the ranks that fail to arrive within <paramref name="timeout"/> (default 30
    /// minutes; Python's <c>monitored_barrier</c>, Gloo only).
    /// </summary>
    public static void MonitoredBarrier(ProcessGroup? group = null, TimeSpan? timeout = null, bool waitAllRanks = false)
    {
        if (!Member(group, "monitored_barrier", out var pg)) return;
        if (pg.Backend != "gloo") throw new TorchException("monitored_barrier is only implemented for GLOO backend.");
        pg.MonitoredBarrier(timeout ?? DefaultTimeout, waitAllRanks);
    }

    /// <summary>Sends <paramref name="tensor"/> to global rank <paramref name="dst"/> and waits (Python's <c>send</c>).</summary>
    public static void Send(Tensor tensor, int dst, ProcessGroup? group = null, int tag = 0)
    {
        using var work = Isend(tensor, dst, group, tag);
        work?.Wait();
    }

    /// <summary>Starts sending <paramref name="tensor"/> to global rank <paramref name="dst"/> (Python's <c>isend</c>).</summary>
    public static Work? Isend(Tensor tensor, int dst, ProcessGroup? group = null, int tag = 0)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "isend", out var pg)) return null;
        return pg.Send(tensor, GetGroupRank(pg, dst), tag);
    }

    /// <summary>
    /// Receives into <paramref name="tensor"/> from global rank <paramref name="src"/>, or from any rank when null, and
    /// returns the sender's global rank (-1 outside the group; Python's <c>recv</c>).
    /// </summary>
    public static int Recv(Tensor tensor, int? src = null, ProcessGroup? group = null, int tag = 0)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "recv", out var pg)) return -1;
        using var work = Irecv(tensor, src, pg, tag)!;
        work.Wait();
        return src ?? GetGlobalRank(pg, work.SourceRank);
    }

    /// <summary>Starts receiving into <paramref name="tensor"/> from global rank <paramref name="src"/> (any when null; Python's <c>irecv</c>).</summary>
    public static Work? Irecv(Tensor tensor, int? src = null, ProcessGroup? group = null, int tag = 0)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!Member(group, "irecv", out var pg)) return null;
        return src is { } from ? pg.Receive(tensor, GetGroupRank(pg, from), tag) : pg.ReceiveFromAny(tensor, tag);
    }

    /// <summary>
    /// Starts every operation of <paramref name="operations"/> in order and returns their Works (Python's
    /// <c>batch_isend_irecv</c>; Gloo has no coalescing, so each runs as its own isend or irecv). All must use one group.
    /// </summary>
    public static List<Work> BatchIsendIrecv(IReadOnlyList<P2POp> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count == 0 || operations.Any(o => o is null))
            throw new TorchException("Invalid ``p2p_op_list``. Each op is expected to to be of type ``torch.distributed.P2POp``.");
        if (operations.Any(o => o.Group != operations[0].Group)) throw new TorchException("All ops need to use the same group.");
        var works = new List<Work>();
        foreach (var op in operations)
        {
            var work = op.IsSend ? Isend(op.Tensor, op.Peer, op.Group, op.Tag) : Irecv(op.Tensor, op.Peer, op.Group, op.Tag);
            if (work is not null) works.Add(work);
        }
        return works;
    }

    /// <summary>
    /// <c>str(op)</c> as PyTorch's messages show it: <c>RedOpType.MAX</c> in 2.x; in 1.13 a ReduceOp object's default
    /// repr, whose address varies in Python too.
    /// </summary>
    public static string PythonName(ReduceOp op) => !LibTorch.IsAtLeast(2)
        ? "<torch.distributed.distributed_c10d.ReduceOp object at 0x7f0000000000>"
        : "RedOpType." + op switch
        {
            ReduceOp.Sum => "SUM",
            ReduceOp.Average => "AVG",
            ReduceOp.Product => "PRODUCT",
            ReduceOp.Min => "MIN",
            ReduceOp.Max => "MAX",
            ReduceOp.BitwiseAnd => "BAND",
            ReduceOp.BitwiseOr => "BOR",
            ReduceOp.BitwiseXor => "BXOR",
            _ => op.ToString(),
        };

    private static bool Member(ProcessGroup? group, string pythonName, out ProcessGroup pg)
    {
        pg = group ?? DefaultGroup;
        if (pg.IsMember) return true;
        Warnings.Raise($"Running {pythonName} on global rank {(_world?.Rank ?? -1)} which does not belong to the given group.");
        return false;
    }

    private static Work? Finish(Work work, bool asyncOp)
    {
        if (asyncOp) return work;
        using (work) work.Wait();
        return null;
    }

    private static Tensor RealView(Tensor tensor) => tensor.Dtype.IsComplex() ? Torch.ViewAsReal(tensor) : tensor;

    private static void CheckSameDtype(IReadOnlyList<Tensor> list, Tensor tensor)
    {
        foreach (var t in list)
            if (t.Dtype != tensor.Dtype) throw new TorchException("All tensors must have the same dtype.");
    }
}
