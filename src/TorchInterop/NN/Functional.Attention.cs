namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.multi_head_attention_forward</c> (PyTorch 1.13's, for (L, N, E) inputs or unbatched (L, E)): projections,
    /// scaled dot products with the masks, softmax, dropout, and the output projection. Returns the output and,
    /// with <paramref name="needWeights"/>, the attention weights (averaged over heads with
    /// <paramref name="averageAttnWeights"/>).
    /// </summary>
    public static (Tensor Output, Tensor? Weights) MultiHeadAttentionForward(
        Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads, Tensor? inProjWeight, Tensor? inProjBias,
        Tensor? biasK, Tensor? biasV, bool addZeroAttn, double dropoutP, Tensor outProjWeight, Tensor? outProjBias,
        bool training = true, Tensor? keyPaddingMask = null, bool needWeights = true, Tensor? attnMask = null,
        bool useSeparateProjWeight = false, Tensor? qProjWeight = null, Tensor? kProjWeight = null, Tensor? vProjWeight = null,
        bool averageAttnWeights = true, Tensor? staticK = null, Tensor? staticV = null, bool isCausal = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(outProjWeight);
        bool isBatched = MhaShapeCheck(query, key, value, keyPaddingMask, attnMask, numHeads);
        if (!isBatched)
        {
            (query, key, value) = (query.Unsqueeze(1), key.Unsqueeze(1), value.Unsqueeze(1));
            keyPaddingMask = keyPaddingMask?.Unsqueeze(0);
        }
        long tgtLen = query.Size(0), bsz = query.Size(1), embedDim = query.Size(2), srcLen;
        if (keyPaddingMask is not null && keyPaddingMask.Dtype != DType.Bool && !keyPaddingMask.IsFloatingPoint())
            throw Assertion("only bool and floating types of key_padding_mask are supported");
        if (embedDim != embedDimToCheck) throw Assertion($"was expecting embedding dimension of {embedDimToCheck}, but got {embedDim}");
        long headDim = embedDim / numHeads;
        if (headDim * numHeads != embedDim) throw Assertion($"embed_dim {embedDim} not divisible by num_heads {numHeads}");
        if (useSeparateProjWeight)
        {
            if (key.Size(0) != value.Size(0) || key.Size(1) != value.Size(1))
                throw Assertion($"key's sequence and batch dims {SizeText(key.Shape[..2])} do not match value's {SizeText(value.Shape[..2])}");
        }
        else if (!key.Shape.AsSpan().SequenceEqual(value.Shape))
        {
            throw Assertion($"key shape {SizeText(key.Shape)} does not match value shape {SizeText(value.Shape)}");
        }

        Tensor q, k, v;
        if (!useSeparateProjWeight)
        {
            if (inProjWeight is null) throw Assertion("use_separate_proj_weight is False but in_proj_weight is None");
            (q, k, v) = InProjectionPacked(query, key, value, inProjWeight, inProjBias);
        }
        else
        {
            if (qProjWeight is null) throw Assertion("use_separate_proj_weight is True but q_proj_weight is None");
            if (kProjWeight is null) throw Assertion("use_separate_proj_weight is True but k_proj_weight is None");
            if (vProjWeight is null) throw Assertion("use_separate_proj_weight is True but v_proj_weight is None");
            var biases = inProjBias?.Chunk(3);
            (q, k, v) = (Torch.Linear(query, qProjWeight, biases?[0]), Torch.Linear(key, kProjWeight, biases?[1]), Torch.Linear(value, vProjWeight, biases?[2]));
        }

        if (LibTorch.IsAtLeast(2) && isCausal)
        {
            // 2.x: the hint needs the mask it describes; without weights or a padding mask SDPA applies it instead.
            if (attnMask is null)
                throw new TorchException("Need attn_mask if specifying the is_causal hint. You may use the Transformer module method " +
                    "`generate_square_subsequent_mask` to create this mask.");
            if (keyPaddingMask is null && !needWeights) attnMask = null;
            else if (keyPaddingMask is not null) isCausal = false;
        }
        if (attnMask is not null)
        {
            if (attnMask.Dtype == DType.UInt8)
            {
                Warnings.Raise("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool tensor instead.", "torch/nn/functional.py");
                attnMask = attnMask.To(DType.Bool);
            }
            else if (!attnMask.IsFloatingPoint() && attnMask.Dtype != DType.Bool)
            {
                throw Assertion($"Only float, byte, and bool types are supported for attn_mask, not {attnMask.Dtype.PythonName()}");
            }
            if (attnMask.Dim == 2)
            {
                if (attnMask.Size(0) != tgtLen || attnMask.Size(1) != key.Size(0))
                    throw new TorchException($"The shape of the 2D attn_mask is {SizeText(attnMask.Shape)}, but should be ({tgtLen}, {key.Size(0)}).");
                attnMask = attnMask.Unsqueeze(0);
            }
            else if (attnMask.Dim == 3)
            {
                if (!attnMask.Shape.AsSpan().SequenceEqual([bsz * numHeads, tgtLen, key.Size(0)]))
                    throw new TorchException($"The shape of the 3D attn_mask is {SizeText(attnMask.Shape)}, but should be ({bsz * numHeads}, {tgtLen}, {key.Size(0)}).");
            }
            else
            {
                throw new TorchException($"attn_mask's dimension {attnMask.Dim} is not supported");
            }
        }

        if (biasK is not null && biasV is not null)
        {
            if (staticK is not null) throw Assertion("bias cannot be added to static key.");
            if (staticV is not null) throw Assertion("bias cannot be added to static value.");
            k = Torch.Cat([k, biasK.Repeat([1, bsz, 1])]);
            v = Torch.Cat([v, biasV.Repeat([1, bsz, 1])]);
            if (attnMask is not null) attnMask = Torch.Pad(attnMask, [0, 1]);
            if (keyPaddingMask is not null) keyPaddingMask = Torch.Pad(keyPaddingMask, [0, 1]);
        }
        else if (biasK is not null || biasV is not null)
        {
            throw Assertion("bias_k and bias_v must be given together");
        }

        q = q.Contiguous().View(tgtLen, bsz * numHeads, headDim).Transpose(0, 1);
        k = staticK is null ? k.Contiguous().View(k.Size(0), bsz * numHeads, headDim).Transpose(0, 1) : StaticProjection(staticK, "static_k", bsz * numHeads, headDim);
        v = staticV is null ? v.Contiguous().View(v.Size(0), bsz * numHeads, headDim).Transpose(0, 1) : StaticProjection(staticV, "static_v", bsz * numHeads, headDim);
        if (addZeroAttn)
        {
            k = Torch.Cat([k, Torch.Zeros([bsz * numHeads, 1, headDim], k.Dtype)], dim: 1);
            v = Torch.Cat([v, Torch.Zeros([bsz * numHeads, 1, headDim], v.Dtype)], dim: 1);
            if (attnMask is not null) attnMask = Torch.Pad(attnMask, [0, 1]);
            if (keyPaddingMask is not null) keyPaddingMask = Torch.Pad(keyPaddingMask, [0, 1]);
        }
        srcLen = k.Size(1);
        if (keyPaddingMask is not null)
        {
            if (LibTorch.IsAtLeast(2))
            {
                // 2.x's _check_key_padding_mask: one dimension at a time.
                if (keyPaddingMask.Size(0) != bsz)
                    throw Assertion($"Expected key_padded_mask.shape[0] to be {bsz}, but got {keyPaddingMask.Size(0)}");
                if (keyPaddingMask.Size(1) != srcLen)
                    throw Assertion($"Expected key_padded_mask.shape[1] to be {srcLen}, but got {keyPaddingMask.Size(1)}");
            }
            else if (!keyPaddingMask.Shape.AsSpan().SequenceEqual([bsz, srcLen]))
            {
                throw Assertion($"expecting key_padding_mask shape of ({bsz}, {srcLen}), but got {SizeText(keyPaddingMask.Shape)}");
            }
            keyPaddingMask = keyPaddingMask.View(bsz, 1, 1, srcLen).Expand([-1, numHeads, -1, -1]).Reshape(bsz * numHeads, 1, srcLen);
            if (attnMask is null) attnMask = keyPaddingMask;
            else if (attnMask.Dtype == DType.Bool) attnMask = attnMask.LogicalOr(keyPaddingMask);
            else attnMask = attnMask.MaskedFill(keyPaddingMask, double.NegativeInfinity);
        }
        if (attnMask is not null && attnMask.Dtype == DType.Bool)
        {
            var additive = Torch.ZerosLike(attnMask, q.Dtype);
            additive.MaskedFill_(attnMask, double.NegativeInfinity);
            attnMask = additive;
        }
        if (!training) dropoutP = 0.0;
#if LIBTORCH_2
        // 2.x without weights: scaled_dot_product_attention on (N, heads, L, E) views, with the causal hint.
        if (!needWeights)
        {
            if (attnMask is not null)
                attnMask = attnMask.Size(0) == 1 && attnMask.Dim == 3 ? attnMask.Unsqueeze(0) : attnMask.View(bsz, numHeads, -1, srcLen);
            var attended = Torch.ScaledDotProductAttention(q.View(bsz, numHeads, tgtLen, headDim), k.View(bsz, numHeads, srcLen, headDim),
                v.View(bsz, numHeads, srcLen, headDim), attnMask, dropoutP, isCausal);
            var projected = Torch.Linear(attended.Permute([2, 0, 1, 3]).Reshape(bsz * tgtLen, embedDim), outProjWeight, outProjBias);
            projected = projected.View(tgtLen, bsz, projected.Size(1));
            return (isBatched ? projected : projected.Squeeze(1), null);
        }
#endif

        // 2.x multiplies by sqrt(1 / E) where 1.13 divides by sqrt(E): other roundings.
        var qScaled = LibTorch.IsAtLeast(2) ? q * Math.Sqrt(1.0 / q.Size(2)) : q / Math.Sqrt(q.Size(2));
        var weights = attnMask is not null
            ? Torch.Baddbmm(attnMask, qScaled, k.Transpose(-2, -1))
            : Torch.Bmm(qScaled, k.Transpose(-2, -1));
        weights = Softmax(weights, dim: -1);
        if (dropoutP > 0.0) weights = Torch.Dropout(weights, dropoutP, train: true);
        var output = Torch.Bmm(weights, v);
        output = output.Transpose(0, 1).Contiguous().View(tgtLen * bsz, embedDim);
        output = Torch.Linear(output, outProjWeight, outProjBias);
        output = output.View(tgtLen, bsz, output.Size(1));
        if (!needWeights) return (isBatched ? output : output.Squeeze(1), null);
        weights = weights.View(bsz, numHeads, tgtLen, srcLen);
        // 1.13 sums and divides (DivBackward0), 2.x takes the mean (MeanBackward1).
        if (averageAttnWeights) weights = LibTorch.IsAtLeast(2) ? weights.Mean([1]) : weights.Sum([1]) / numHeads;
        return isBatched ? (output, weights) : (output.Squeeze(1), weights.Squeeze(0));
    }

    // A precomputed key or value (static_k, static_v): (N * num_heads, S, head_dim).
    private static Tensor StaticProjection(Tensor projection, string name, long batchHeads, long headDim)
    {
        if (projection.Size(0) != batchHeads) throw Assertion($"expecting {name}.size(0) of {batchHeads}, but got {projection.Size(0)}");
        if (projection.Size(2) != headDim) throw Assertion($"expecting {name}.size(2) of {headDim}, but got {projection.Size(2)}");
        return projection;
    }

    // Python's _in_projection_packed: one matmul when query, key and value are the same tensor (self-attention),
    // two when key and value are, three otherwise; the split matters for the graph and the rounding.
    private static (Tensor Q, Tensor K, Tensor V) InProjectionPacked(Tensor q, Tensor k, Tensor v, Tensor w, Tensor? b)
    {
        long e = q.Size(-1);
        if (ReferenceEquals(k, v))
        {
            if (ReferenceEquals(q, k))
            {
                var qkv = Torch.Linear(q, w, b).Chunk(3, dim: -1);
                return (qkv[0], qkv[1], qkv[2]);
            }
            var ws = w.SplitWithSizes([e, e * 2]);
            var bs = b?.SplitWithSizes([e, e * 2]);
            var kv = Torch.Linear(k, ws[1], bs?[1]).Chunk(2, dim: -1);
            return (Torch.Linear(q, ws[0], bs?[0]), kv[0], kv[1]);
        }
        var w3 = w.Chunk(3);
        var b3 = b?.Chunk(3);
        return (Torch.Linear(q, w3[0], b3?[0]), Torch.Linear(k, w3[1], b3?[1]), Torch.Linear(v, w3[2], b3?[2]));
    }

    private static bool MhaShapeCheck(Tensor query, Tensor key, Tensor value, Tensor? keyPaddingMask, Tensor? attnMask, long numHeads)
    {
        if (query.Dim == 3)
        {
            if (key.Dim != 3 || value.Dim != 3)
                throw Assertion($"For batched (3-D) `query`, expected `key` and `value` to be 3-D but found {key.Dim}-D and {value.Dim}-D tensors respectively");
            if (keyPaddingMask is not null && keyPaddingMask.Dim != 2)
                throw Assertion($"For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D but found {keyPaddingMask.Dim}-D tensor instead");
            if (attnMask is not null && attnMask.Dim is not (2 or 3))
                throw Assertion($"For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found {attnMask.Dim}-D tensor instead");
            return true;
        }
        if (query.Dim == 2)
        {
            if (key.Dim != 2 || value.Dim != 2)
                throw Assertion($"For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found {key.Dim}-D and {value.Dim}-D tensors respectively");
            if (keyPaddingMask is not null && keyPaddingMask.Dim != 1)
                throw Assertion($"For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D but found {keyPaddingMask.Dim}-D tensor instead");
            if (attnMask is not null)
            {
                if (attnMask.Dim is not (2 or 3))
                    throw Assertion($"For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found {attnMask.Dim}-D tensor instead");
                if (attnMask.Dim == 3 && !attnMask.Shape.AsSpan().SequenceEqual([numHeads, query.Size(0), key.Size(0)]))
                    throw Assertion($"Expected `attn_mask` shape to be ({numHeads}, {query.Size(0)}, {key.Size(0)}) but got {SizeText(attnMask.Shape)}");
            }
            return false;
        }
        throw Assertion($"query should be unbatched 2D or batched 3D tensor but received {query.Dim}-D query tensor");
    }

    // Python's asserts: AssertionError there; an argument error here, with the same text.
    private static ArgumentException Assertion(string message) => new(message);


}
