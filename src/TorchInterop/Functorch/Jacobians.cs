namespace TorchInterop.Functorch;

/// <summary>
/// jacrev and jacfwd (functorch's eager_transforms) over flat lists: vjp or jvp vmapped over the standard basis, the
/// results split and shaped as <c>output.shape + input.shape</c>. Jacobians are indexed [output][differentiated input].
/// </summary>
internal static class Jacobians
{
    public static (Tensor[][] Jacobians, Tensor? Aux) Reverse(Func<Tensor[], Tensor[]> function, Tensor[] args, int[] argnums,
                                                             bool hasAux, int? chunkSize)
    {
        if (chunkSize is not (null or > 0)) throw new TorchException("jacrev: `chunk_size` should be greater than 0.", TorchErrorKind.ValueError);
        ErrorIfComplex("jacrev", args, isInput: true);
        var (outputs, vjpFunction, aux) = GradTransform.Vjp(function, args, argnums, hasAux);
        ErrorIfComplex("jacrev", outputs, isInput: false);
        var numels = outputs.Select(o => o.NumEl).ToArray();
        var primals = argnums.Select(i => args[i]).ToArray();
        var chunks = new List<Tensor[]>();
        foreach (var basis in ChunkedStandardBasis(outputs, numels, chunkSize))
        {
            if (chunkSize == 1)
                chunks.Add(vjpFunction(basis.Select(b => b.Squeeze(0)).ToArray()).Select(r => r.Unsqueeze(0)).ToArray());
            else
                chunks.Add(VmapTransform.Apply(vjpFunction, basis, 0, 0, Randomness.Error, null, "vjp_fn", tupleOutput: true));
        }
        var perPrimal = Enumerable.Range(0, primals.Length)
            .Select(p => chunks.Count == 1 ? chunks[0][p] : Torch.Cat(chunks.Select(c => c[p]).ToList(), 0)).ToArray();
        var jacobians = new Tensor[outputs.Length][];
        for (int o = 0; o < outputs.Length; o++) jacobians[o] = new Tensor[primals.Length];
        for (int p = 0; p < primals.Length; p++)
        {
            var splits = perPrimal[p].Split(numels, 0);
            for (int o = 0; o < outputs.Length; o++)
                jacobians[o][p] = splits[o].View([.. outputs[o].Shape, .. primals[p].Shape]);
        }
        return (jacobians, aux);
    }

    public static (Tensor[][] Jacobians, Tensor? Aux) Forward(Func<Tensor[], Tensor[]> function, Tensor[] args, int[] argnums,
                                                             bool hasAux, Randomness randomness)
    {
        ErrorIfComplex("jacfwd", args, isInput: true);
        var primals = argnums.Select(i => args[i]).ToArray();
        var numels = primals.Select(p => p.NumEl).ToArray();
        var basis = ChunkedStandardBasis(primals, numels, null).First();
        int outputCount = 0;
        Tensor[] PushJvp(Tensor[] tangents)
        {
            var (primalsOut, tangentsOut, aux) = JvpTransform.Jvp(function, args, tangents, argnums, strict: false, hasAux);
            ErrorIfComplex("jacfwd", primalsOut, isInput: false);
            outputCount = tangentsOut.Length;
            return aux is null ? tangentsOut : [.. tangentsOut, aux];
        }
        var results = VmapTransform.Apply(PushJvp, basis, 0, 0, randomness, null, "push_jvp", tupleOutput: true);
        Tensor? firstAux = hasAux ? results[outputCount][0] : null;
        var jacobians = new Tensor[outputCount][];
        for (int o = 0; o < outputCount; o++)
        {
            var splits = results[o].Movedim(0, -1).Split(numels, -1);
            jacobians[o] = primals.Select((p, i) => p.Dim == 0 ? splits[i].Squeeze(-1) : splits[i].Unflatten(-1, p.Shape)).ToArray();
        }
        return (jacobians, firstAux);
    }

    // _chunked_standard_basis_for_: rows of the identity over all the tensors' elements, each row shaped as the tensors.
    private static IEnumerable<Tensor[]> ChunkedStandardBasis(Tensor[] tensors, long[] numels, int? chunkSize)
    {
        long total = numels.Sum();
        var chunkNumels = new List<long>();
        if (chunkSize is { } size && size < total)
        {
            for (long n = 0; n + size <= total; n += size) chunkNumels.Add(size);
            if (total % size != 0) chunkNumels.Add(total % size);
        }
        else
        {
            chunkSize = (int)total;
            chunkNumels.Add(total);
        }
        var diagonalStarts = new long[tensors.Length];
        for (int i = 1; i < tensors.Length; i++) diagonalStarts[i] = diagonalStarts[i - 1] - numels[i - 1];
        for (int c = 0; c < chunkNumels.Count; c++)
        {
            var chunk = new Tensor[tensors.Length];
            for (int i = 0; i < tensors.Length; i++)
            {
                var rows = tensors[i].NewZeros([chunkNumels[c], numels[i]]);
                using (var diagonal = rows.Diagonal(diagonalStarts[i] + (long)c * chunkSize.Value)) diagonal.Fill_(1);
                chunk[i] = rows.View([chunkNumels[c], .. tensors[i].Shape]);
            }
            yield return chunk;
        }
    }

    // 2.x's error_if_complex
    private static void ErrorIfComplex(string name, Tensor[] tensors, bool isInput)
    {
        if (!LibTorch.IsAtLeast(2)) return;
        for (int i = 0; i < tensors.Length; i++)
            if (tensors[i].IsComplex())
                throw new TorchException(isInput
                    ? $"{name}: Expected all inputs to be real but received complex tensor at flattened input idx: {i}"
                    : $"{name}: Expected all outputs to be real but received complex tensor at flattened output idx: {i}");
    }
}
