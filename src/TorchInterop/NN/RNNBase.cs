using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>RNNBase</c>: the stacked (and optionally bidirectional) recurrent layers' configuration, their
/// parameters under PyTorch's names and order (<c>weight_ih_l0</c>, <c>weight_hh_l0</c>, <c>bias_ih_l0</c>,
/// <c>bias_hh_l0</c>, <c>..._reverse</c>, <c>weight_hr_l0</c>), PyTorch's initialization, input checks and repr.
/// </summary>
public abstract class RNNBase<TState> : Module<Tensor, (Tensor Output, TState State)>
{
    private readonly List<string> _flatWeightsNames = [];

    private protected RNNBase(long gatesPerHidden, long inputSize, long hiddenSize, long numLayers, bool bias, bool batchFirst,
        double dropout, bool bidirectional, long projSize, DType? dtype)
    {
        if (dropout is < 0 or > 1 || double.IsNaN(dropout))
            throw new ArgumentException("dropout should be a number in range [0, 1] representing the probability of an element being zeroed", nameof(dropout));
        if (dropout > 0 && numLayers == 1)
            Warnings.Raise("dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers " +
                $"greater than 1, but got dropout={PythonNumberFormat.Repr(dropout)} and num_layers={numLayers}", "torch/nn/modules/rnn.py");
#if LIBTORCH_2
        if (inputSize <= 0) throw new TorchException("input_size must be greater than zero", TorchErrorKind.ValueError);
        if (hiddenSize <= 0) throw new TorchException("hidden_size must be greater than zero", TorchErrorKind.ValueError);
        if (numLayers <= 0) throw new TorchException("num_layers must be greater than zero", TorchErrorKind.ValueError);
#endif
        if (projSize < 0) throw new ArgumentException("proj_size should be a positive integer or zero to disable projections", nameof(projSize));
        if (projSize >= hiddenSize) throw new ArgumentException("proj_size has to be smaller than hidden_size", nameof(projSize));

        InputSize = inputSize;
        HiddenSize = hiddenSize;
        NumLayers = numLayers;
        HasBias = bias;
        BatchFirst = batchFirst;
        Dropout = dropout;
        Bidirectional = bidirectional;
        ProjSize = projSize;

        long gateSize = gatesPerHidden * hiddenSize;
        long realHiddenSize = projSize > 0 ? projSize : hiddenSize;
        for (long layer = 0; layer < numLayers; layer++)
        {
            for (int direction = 0; direction < NumDirections; direction++)
            {
                long layerInputSize = layer == 0 ? inputSize : realHiddenSize * NumDirections;
                string suffix = string.Create(CultureInfo.InvariantCulture, $"_l{layer}{(direction == 1 ? "_reverse" : "")}");
                Add("weight_ih" + suffix, [gateSize, layerInputSize], dtype);
                Add("weight_hh" + suffix, [gateSize, realHiddenSize], dtype);
                if (bias)
                {
                    Add("bias_ih" + suffix, [gateSize], dtype);
                    Add("bias_hh" + suffix, [gateSize], dtype);
                }
                if (projSize > 0) Add("weight_hr" + suffix, [projSize, hiddenSize], dtype);
            }
        }
        ResetParameters();
    }

    /// <summary>Features of each input step.</summary>
    public long InputSize { get; }

    /// <summary>Features of the hidden state.</summary>
    public long HiddenSize { get; }

    /// <summary>Stacked recurrent layers.</summary>
    public long NumLayers { get; }

    /// <summary>Whether the layers have biases (Python's <c>bias</c>).</summary>
    public bool HasBias { get; }

    /// <summary>Input and output are (batch, seq, feature) instead of (seq, batch, feature).</summary>
    public bool BatchFirst { get; }

    /// <summary>Dropout on the outputs of every layer but the last, in training.</summary>
    public double Dropout { get; }

    /// <summary>Whether each layer also runs backwards over the sequence.</summary>
    public bool Bidirectional { get; }

    /// <summary>The LSTM's projection size (0: none).</summary>
    public long ProjSize { get; }

    /// <summary>The parameters in the order LibTorch's kernels take them (Python's <c>_flat_weights</c>).</summary>
    public IReadOnlyList<Tensor> FlatWeights => _flatWeightsNames.Select(name => GetParameter(name)!).ToList();

    /// <summary>Their names, in that order.</summary>
    public IReadOnlyList<string> FlatWeightsNames => _flatWeightsNames;

    private protected int NumDirections => Bidirectional ? 2 : 1;

    /// <summary>PyTorch's <c>reset_parameters</c>: every parameter uniform in ±1/√hidden_size, in registration order.</summary>
    public void ResetParameters()
    {
        double stdv = HiddenSize > 0 ? 1.0 / Math.Sqrt(HiddenSize) : 0;
        foreach (var weight in Parameters()) Init.Uniform_(weight, -stdv, stdv);
    }

    /// <inheritdoc/>
    public override (Tensor Output, TState State) Forward(Tensor input) => Forward(input, default);

    /// <summary>Runs the layers over <paramref name="input"/> from the initial state <paramref name="hx"/> (zeros when default).</summary>
    public abstract (Tensor Output, TState State) Forward(Tensor input, TState? hx);

    /// <summary>Same as <see cref="Forward(Tensor, TState)"/>.</summary>
    public (Tensor Output, TState State) Call(Tensor input, TState? hx) => Forward(input, hx);

    /// <summary>
    /// Runs the layers over a packed batch (Python's <c>rnn(packed, hx)</c>) from <paramref name="hx"/> (zeros when
    /// default), given in the caller's batch order: the output is packed like the input, the final state is in the
    /// caller's order again.
    /// </summary>
    public abstract (PackedSequence Output, TState State) Forward(PackedSequence input, TState? hx);

    /// <summary><see cref="Forward(PackedSequence, TState)"/> from the zero state.</summary>
    public (PackedSequence Output, TState State) Forward(PackedSequence input) => Forward(input, default);

    /// <summary>Same as <see cref="Forward(PackedSequence)"/>.</summary>
    public (PackedSequence Output, TState State) Call(PackedSequence input) => Forward(input, default);

    /// <summary>Same as <see cref="Forward(PackedSequence, TState)"/>.</summary>
    public (PackedSequence Output, TState State) Call(PackedSequence input, TState? hx) => Forward(input, hx);

    /// <summary>
    /// The forward pass of the networks whose state is one tensor (GRU, RNN): unbatched input, the zero default state,
    /// the checks, then <paramref name="kernel"/> (LibTorch's op) on (input, h_0).
    /// </summary>
    private protected (Tensor Output, Tensor State) RunWithSingleState(Tensor input, Tensor? hx, Func<Tensor, Tensor, (Tensor, Tensor)> kernel)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckRank(input, ReprName == "RNN" ? "tensor instead" : "instead");
        bool isBatched = input.Dim == 3;
        int batchDim = BatchFirst ? 0 : 1;
        if (!isBatched)
        {
            input = input.Unsqueeze(batchDim);
            if (hx is not null)
            {
                if (hx.Dim != 2) throw new TorchException($"For unbatched 2-D input, hx should also be 2-D but got {hx.Dim}-D tensor");
                hx = hx.Unsqueeze(1);
            }
        }
        else if (hx is not null && hx.Dim != 3)
        {
            throw new TorchException($"For batched 3-D input, hx should also be 3-D but got {hx.Dim}-D tensor");
        }
        hx ??= ZeroState(input, HiddenSize);
        CheckInput(input);
        CheckHiddenSize(input, hx, HiddenSize);
        var (output, hidden) = kernel(input, hx);
        return isBatched ? (output, hidden) : (output.Squeeze(batchDim), hidden.Squeeze(1));
    }

    /// <summary>
    /// The packed forward pass of the networks whose state is one tensor: the zero default state or
    /// <paramref name="hx"/> permuted into the packing order, the checks, <paramref name="kernel"/> (LibTorch's packed
    /// op) on (data, batch_sizes, h_0), and the final state permuted back.
    /// </summary>
    private protected (PackedSequence Output, Tensor State) RunPackedWithSingleState(PackedSequence input, Tensor? hx,
        Func<Tensor, Tensor, Tensor, (Tensor, Tensor)> kernel)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (data, batchSizes, sortedIndices, unsortedIndices) = input;
        long miniBatch = MaxBatchSize(batchSizes);
        hx = hx is null ? ZeroState(data, miniBatch, HiddenSize) : PermuteHidden(hx, sortedIndices);
        CheckInput(data, 2);
        CheckHiddenSize(miniBatch, hx, HiddenSize);
        var (output, hidden) = kernel(data, batchSizes, hx);
        return (new PackedSequence(output, batchSizes, sortedIndices, unsortedIndices), PermuteHidden(hidden, unsortedIndices));
    }

    /// <summary>Python's <c>int(batch_sizes[0])</c>: the batch size of a packed input's first step.</summary>
    private protected static long MaxBatchSize(Tensor batchSizes)
    {
        using var first = batchSizes[0];
        return (long)first;
    }

    /// <summary>Python's <c>permute_hidden</c>: the state's batch dimension (1) reordered by <paramref name="permutation"/>, if any.</summary>
    private protected static Tensor PermuteHidden(Tensor hx, Tensor? permutation) =>
        permutation is null ? hx : hx.IndexSelect(1, permutation);

    /// <summary>
    /// PyTorch 2.x's first check of the input (a ValueError naming the network); 1.13 has none, its
    /// <c>check_input</c> rejects the rank later. <paramref name="tail"/>: RNN's message ends "tensor instead", LSTM's
    /// and GRU's "instead".
    /// </summary>
    private protected void CheckRank(Tensor input, string tail)
    {
        if (LibTorch.IsAtLeast(2) && input.Dim is not (2 or 3))
            throw new TorchException($"{ReprName}: Expected input to be 2D or 3D, got {input.Dim}D {tail}", TorchErrorKind.ValueError);
    }

    /// <summary>
    /// Python's <c>check_input</c>: a 3-D input (2-D: the data of a packed one, <paramref name="expectedDim"/>) whose
    /// last size is <see cref="InputSize"/>.
    /// </summary>
    private protected void CheckInput(Tensor input, int expectedDim = 3)
    {
        if (input.Dim != expectedDim) throw new TorchException($"input must have {expectedDim} dimensions, got {input.Dim}");
        if (input.Size(-1) != InputSize)
            throw new TorchException($"input.size(-1) must be equal to input_size. Expected {InputSize}, got {input.Size(-1)}");
    }

    /// <summary>Python's <c>check_hidden_size</c> against (layers × directions, batch, <paramref name="size"/>).</summary>
    private protected void CheckHiddenSize(Tensor input, Tensor hx, long size, string message = "Expected hidden size {0}, got {1}") =>
        CheckHiddenSize(BatchFirst ? input.Size(0) : input.Size(1), hx, size, message);

    /// <summary>Python's <c>check_hidden_size</c> against (layers × directions, <paramref name="miniBatch"/>, <paramref name="size"/>).</summary>
    private protected void CheckHiddenSize(long miniBatch, Tensor hx, long size, string message = "Expected hidden size {0}, got {1}")
    {
        long[] expected = [NumLayers * NumDirections, miniBatch, size];
        if (!hx.Shape.AsSpan().SequenceEqual(expected))
            throw new TorchException(string.Format(CultureInfo.InvariantCulture, message,
                "(" + string.Join(", ", expected) + ")", "[" + string.Join(", ", hx.Shape) + "]"));
    }

    /// <summary>Zeros of shape (layers × directions, batch, <paramref name="size"/>), the default initial state.</summary>
    private protected Tensor ZeroState(Tensor input, long size) =>
        Torch.Zeros([NumLayers * NumDirections, BatchFirst ? input.Size(0) : input.Size(1), size], input.Dtype);

    /// <summary>Zeros of shape (layers × directions, <paramref name="miniBatch"/>, <paramref name="size"/>) like <paramref name="data"/>, a packed input's default state.</summary>
    private protected Tensor ZeroState(Tensor data, long miniBatch, long size) =>
        Torch.Zeros([NumLayers * NumDirections, miniBatch, size], data.Dtype, data.Device);

    /// <inheritdoc/>
    protected override string ExtraRepr()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{InputSize}, {HiddenSize}");
        if (ProjSize != 0) text += string.Create(CultureInfo.InvariantCulture, $", proj_size={ProjSize}");
        if (NumLayers != 1) text += string.Create(CultureInfo.InvariantCulture, $", num_layers={NumLayers}");
        if (!HasBias) text += ", bias=False";
        if (BatchFirst) text += ", batch_first=True";
        if (Dropout != 0) text += $", dropout={PythonNumberFormat.Repr(Dropout)}";
        if (Bidirectional) text += ", bidirectional=True";
        return text;
    }

    private void Add(string name, long[] shape, DType? dtype)
    {
        RegisterParameter(name, Parameter.Create(Torch.Empty(shape, dtype)));
        _flatWeightsNames.Add(name);
    }
}
