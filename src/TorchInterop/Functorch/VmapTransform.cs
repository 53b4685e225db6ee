namespace TorchInterop.Functorch;

/// <summary>
/// PyTorch's vmap orchestration (<c>torch/_functorch/vmap.py</c>, functorch's <c>_src/vmap.py</c> in 1.13) over flat
/// argument and output lists: checks, a Vmap layer, <c>_add_batch_dim</c> on the mapped inputs and
/// <c>_remove_batch_dim</c> on the outputs; LibTorch's batching rules do the rest.
/// </summary>
internal static class VmapTransform
{
    public static Randomness ParseRandomness(string randomness) => randomness switch
    {
        "error" => Randomness.Error,
        "same" => Randomness.Same,
        "different" => Randomness.Different,
        _ => throw new TorchException(
            $"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}"),
    };

    public static void CheckChunkSize(int? chunkSize)
    {
        if (chunkSize is <= 0)
            throw new TorchException($"vmap: chunk_size should be None or greater than 0. (got {chunkSize})", TorchErrorKind.ValueError);
    }

    // function: the user's, over flat arguments; tupleOutput: whether it returns a tuple (its outputs' pytree structure).
    // shownInDims: the in_dims the user wrote, for messages, where inDims is their flattening over pytree leaves.
    public static Tensor[] Apply(Func<Tensor[], Tensor[]> function, Tensor[] args, Dims inDims, Dims outDims,
                                 Randomness randomness, int? chunkSize, string name, bool tupleOutput, Dims? shownInDims = null)
    {
        foreach (var arg in args) ArgumentNullException.ThrowIfNull(arg);
        if (!LibTorch.IsAtLeast(2) && !outDims.IsTuple && outDims[0] is null)
            throw new TorchException($"vmap({name}, ..., out_dims=None): `out_dims` must be an int or a python collection of ints " +
                                     "representing where in the outputs the vmapped dimension should appear.", TorchErrorKind.ValueError);
        var flatInDims = ProcessInputs(args, inDims, shownInDims ?? inDims, name);
        long batchSize = BatchSize(args, flatInDims);
        if (chunkSize is null) return Flat(function, args, flatInDims, batchSize, outDims, randomness, name, tupleOutput);
        return Chunked(function, args, flatInDims, batchSize, outDims, randomness, chunkSize.Value, name, tupleOutput);
    }

    // _process_batched_inputs
    private static int?[] ProcessInputs(Tensor[] args, Dims inDims, Dims shownInDims, string name)
    {
        if (inDims.IsTuple && inDims.Count != args.Length)
            throw new TorchException(
                $"vmap({name}, in_dims={shownInDims}, ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. " +
                $"in_dims has structure {TreeSpecs.Of(inDims)} but inputs has structure {TreeSpecs.Tuple(args.Length)}.",
                TorchErrorKind.ValueError);
        var flat = new int?[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            int? inDim = inDims[i];
            long dim = args[i].Dim;
            if (inDim is { } d && (d < -dim || d >= dim))
                throw new TorchException(
                    $"vmap({name}, in_dims={shownInDims}, ...)(<inputs>): Got in_dim={d} for some input, but that input is a Tensor " +
                    $"of dimensionality {dim} so expected in_dim to satisfy -{dim} <= in_dim < {dim}.", TorchErrorKind.ValueError);
            flat[i] = inDim is { } n && n < 0 ? (int)(n + dim) : inDim;
        }
        return flat;
    }

    // _validate_and_get_batch_size
    private static long BatchSize(Tensor[] args, int?[] inDims)
    {
        var sizes = args.Zip(inDims).Where(p => p.Second is not null).Select(p => p.First.Size(p.Second!.Value)).ToList();
        if (sizes.Count == 0) throw new TorchException("vmap: Expected at least one Tensor to vmap over", TorchErrorKind.ValueError);
        if (sizes.Any(s => s != sizes[0]))
            throw new TorchException("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes " +
                                     $"[{string.Join(", ", sizes)}] for the mapped dimension", TorchErrorKind.ValueError);
        return sizes[0];
    }

    // _flat_vmap
    private static Tensor[] Flat(Func<Tensor[], Tensor[]> function, Tensor[] args, int?[] inDims, long batchSize, Dims outDims,
                                 Randomness randomness, string name, bool tupleOutput)
    {
        using var level = TransformLevel.Vmap(batchSize, randomness);
        var batched = new Tensor[args.Length];
        for (int i = 0; i < args.Length; i++)
            batched[i] = inDims[i] is { } d ? level.AddBatchDim(args[i], d) : args[i];
        var outputs = function(batched);
        return Unbatch(outputs, outDims, level, batchSize, name, tupleOutput);
    }

    // _unwrap_batched
    private static Tensor[] Unbatch(Tensor[] outputs, Dims outDims, TransformLevel level, long batchSize, string name, bool tupleOutput)
    {
        bool compatible = tupleOutput ? !outDims.IsTuple || outDims.Count == outputs.Length : !outDims.IsTuple || outDims.Count == 1;
        if (!compatible)
            throw new TorchException(
                $"vmap({name}, ..., out_dims={outDims})(<inputs>): out_dims is not compatible with the structure of `outputs`. " +
                $"out_dims has structure {TreeSpecs.Of(outDims)} but outputs has structure {TreeSpecs.Of(outputs.Length, tupleOutput)}.",
                TorchErrorKind.ValueError);
        var result = new Tensor[outputs.Length];
        for (int i = 0; i < outputs.Length; i++)
            result[i] = RemoveBatchDim(outputs[i], outDims[i], level, batchSize, name);
        return result;
    }

    // _maybe_remove_batch_dim
    private static Tensor RemoveBatchDim(Tensor? output, int? outDim, TransformLevel level, long batchSize, string name)
    {
        if (outDim is null)
        {
            if (output is not null && TransformLevel.IsBatched(output))
                throw new TorchException($"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None",
                                         TorchErrorKind.ValueError);
            return output!;
        }
        if (output is null)
            throw new TorchException($"vmap({name}, ...): `{name}` must only return Tensors, got type <class 'NoneType'>. " +
                                     "Did you mean to set out_dims= to None for output?", TorchErrorKind.ValueError);
        // LibTorch inserts the dimension unchecked where the output is not batched: check (and wrap) it here, as
        // Dimension out of range, which is what the batched path reports.
        long rank = output.Dim + 1;
        int d = outDim.Value;
        if (d < -rank || d >= rank)
            throw new TorchException($"Dimension out of range (expected to be in range of [{-rank}, {rank - 1}], but got {d})",
                                     TorchErrorKind.IndexError);
        return level.RemoveBatchDim(output, batchSize, d < 0 ? d + rank : d);
    }

    // _chunked_vmap: the batch in chunks of chunkSize, concatenated along each output's out_dim.
    private static Tensor[] Chunked(Func<Tensor[], Tensor[]> function, Tensor[] args, int?[] inDims, long batchSize, Dims outDims,
                                    Randomness randomness, int chunkSize, string name, bool tupleOutput)
    {
        var splits = new List<long>();
        for (long at = chunkSize; at < batchSize; at += chunkSize) splits.Add(at);
        splits.Add(batchSize);
        var splitArgs = args.Select((a, i) => inDims[i] is { } d ? a.TensorSplit([.. splits], d) : null).ToArray();
        using var rngState = randomness == Randomness.Same ? Torch.GetRngState() : null;
        var chunks = new List<Tensor[]>();
        for (int c = 0; c < splits.Count; c++)
        {
            var chunkArgs = args.Select((a, i) => splitArgs[i]?[c] ?? a).ToArray();
            long size = BatchSize(chunkArgs, inDims);
            if (size == 0) continue;
            if (rngState is not null) Torch.SetRngState(rngState);
            chunks.Add(Flat(function, chunkArgs, inDims, size, outDims, randomness, name, tupleOutput));
        }
        return Enumerable.Range(0, chunks[0].Length)
            .Select(i => Torch.Cat(chunks.Select(chunk => chunk[i]).ToList(), outDims[i] ?? 0))
            .ToArray();
    }
}
