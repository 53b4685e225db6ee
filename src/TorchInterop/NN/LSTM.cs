namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.LSTM</c>: returns <c>(output, (h_n, c_n))</c>, so <c>out, (h, c) = lstm(x)</c> ports as
/// <c>var (output, (h, c)) = lstm.Call(x);</c>.
/// </summary>
public sealed class LSTM : RNNBase<(Tensor H, Tensor C)>
{
    /// <summary><c>LSTM(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0, bidirectional=False, proj_size=0)</c>.</summary>
    public LSTM(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false, double dropout = 0,
        bool bidirectional = false, long projSize = 0, DType? dtype = null)
        : base(4, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, projSize, dtype) { }

    /// <summary>
    /// Runs the LSTM from <paramref name="hx"/> = (h_0, c_0), zeros when both are null (the default); unbatched 2-D
    /// input takes 2-D states.
    /// </summary>
    public override (Tensor Output, (Tensor H, Tensor C) State) Forward(Tensor input, (Tensor H, Tensor C) hx)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckRank(input, "instead");
        bool isBatched = input.Dim == 3;
        int batchDim = BatchFirst ? 0 : 1;
        if (!isBatched) input = input.Unsqueeze(batchDim);
        Tensor h, c;
        if (hx.H is null && hx.C is null)
        {
            h = ZeroState(input, ProjSize > 0 ? ProjSize : HiddenSize);
            c = ZeroState(input, HiddenSize);
        }
        else
        {
            ArgumentNullException.ThrowIfNull(hx.H, "hx.H");
            ArgumentNullException.ThrowIfNull(hx.C, "hx.C");
            (h, c) = hx;
            if (isBatched && (h.Dim != 3 || c.Dim != 3))
                throw new TorchException($"For batched 3-D input, hx and cx should also be 3-D but got ({h.Dim}-D, {c.Dim}-D) tensors");
            if (!isBatched)
            {
                if (h.Dim != 2 || c.Dim != 2)
                    throw new TorchException($"For unbatched 2-D input, hx and cx should also be 2-D but got ({h.Dim}-D, {c.Dim}-D) tensors");
                (h, c) = (h.Unsqueeze(1), c.Unsqueeze(1));
            }
        }
        CheckInput(input);
        CheckHiddenSize(input, h, ProjSize > 0 ? ProjSize : HiddenSize, "Expected hidden[0] size {0}, got {1}");
        CheckHiddenSize(input, c, HiddenSize, "Expected hidden[1] size {0}, got {1}");
        var (output, hn, cn) = Torch.Lstm(input, [h, c], FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional, BatchFirst);
        return isBatched ? (output, (hn, cn)) : (output.Squeeze(batchDim), (hn.Squeeze(1), cn.Squeeze(1)));
    }

    /// <summary>
    /// Runs the LSTM over a packed batch from <paramref name="hx"/> = (h_0, c_0) in the caller's batch order (zeros
    /// when both are null). As in PyTorch, 1.13 checks the input and state sizes first; 2.x leaves that to LibTorch's
    /// kernel, whose messages then come through.
    /// </summary>
    public override (PackedSequence Output, (Tensor H, Tensor C) State) Forward(PackedSequence input, (Tensor H, Tensor C) hx)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (data, batchSizes, sortedIndices, unsortedIndices) = input;
        long miniBatch = MaxBatchSize(batchSizes);
        long realHiddenSize = ProjSize > 0 ? ProjSize : HiddenSize;
        Tensor h, c;
        if (hx.H is null && hx.C is null)
        {
            h = ZeroState(data, miniBatch, realHiddenSize);
            c = ZeroState(data, miniBatch, HiddenSize);
        }
        else
        {
            ArgumentNullException.ThrowIfNull(hx.H, "hx.H");
            ArgumentNullException.ThrowIfNull(hx.C, "hx.C");
            (h, c) = (PermuteHidden(hx.H, sortedIndices), PermuteHidden(hx.C, sortedIndices));
        }
        if (!LibTorch.IsAtLeast(2))
        {
            CheckInput(data, 2);
            CheckHiddenSize(miniBatch, h, realHiddenSize, "Expected hidden[0] size {0}, got {1}");
            CheckHiddenSize(miniBatch, c, HiddenSize, "Expected hidden[1] size {0}, got {1}");
        }
        var (output, hn, cn) = Torch.Lstm(data, batchSizes, [h, c], FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional);
        return (new PackedSequence(output, batchSizes, sortedIndices, unsortedIndices),
                (PermuteHidden(hn, unsortedIndices), PermuteHidden(cn, unsortedIndices)));
    }
}
