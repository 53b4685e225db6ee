namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.GRU</c>: returns <c>(output, h_n)</c>.</summary>
public sealed class GRU : RNNBase<Tensor>
{
    /// <summary><c>GRU(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0, bidirectional=False)</c>.</summary>
    public GRU(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false, double dropout = 0,
        bool bidirectional = false, DType? dtype = null)
        : base(3, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, 0, dtype) { }

    /// <summary>Runs the GRU from <paramref name="hx"/> (zeros when null); unbatched 2-D input takes a 2-D state.</summary>
    public override (Tensor Output, Tensor State) Forward(Tensor input, Tensor? hx) =>
        RunWithSingleState(input, hx, (x, h) => Torch.Gru(x, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional, BatchFirst));

    /// <summary>Runs the GRU over a packed batch from <paramref name="hx"/> (zeros when null), in the caller's batch order.</summary>
    public override (PackedSequence Output, Tensor State) Forward(PackedSequence input, Tensor? hx) =>
        RunPackedWithSingleState(input, hx, (data, batchSizes, h) =>
            Torch.Gru(data, batchSizes, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional));
}

/// <summary>
/// Python's <c>torch.nn.RNN</c>: an Elman network with <c>tanh</c> or <c>relu</c>; returns <c>(output, h_n)</c>.
/// </summary>
public sealed class RNN : RNNBase<Tensor>
{
    /// <summary><c>RNN(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0, bidirectional=False)</c>.</summary>
    public RNN(long inputSize, long hiddenSize, long numLayers = 1, string nonlinearity = "tanh", bool bias = true, bool batchFirst = false,
        double dropout = 0, bool bidirectional = false, DType? dtype = null)
        : base(1, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, 0, dtype)
    {
        // 2.x's ValueError adds the choices.
        Nonlinearity = nonlinearity is "tanh" or "relu" ? nonlinearity : throw new ArgumentException(
            $"Unknown nonlinearity '{nonlinearity}'" + (LibTorch.IsAtLeast(2) ? ". Select from 'tanh' or 'relu'." : ""), nameof(nonlinearity));
    }

    /// <summary><c>"tanh"</c> or <c>"relu"</c>.</summary>
    public string Nonlinearity { get; }

    /// <summary>Runs the network from <paramref name="hx"/> (zeros when null); unbatched 2-D input takes a 2-D state.</summary>
    public override (Tensor Output, Tensor State) Forward(Tensor input, Tensor? hx) =>
        RunWithSingleState(input, hx, (x, h) => Nonlinearity == "tanh"
            ? Torch.RnnTanh(x, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional, BatchFirst)
            : Torch.RnnRelu(x, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional, BatchFirst));

    /// <summary>Runs the network over a packed batch from <paramref name="hx"/> (zeros when null), in the caller's batch order.</summary>
    public override (PackedSequence Output, Tensor State) Forward(PackedSequence input, Tensor? hx) =>
        RunPackedWithSingleState(input, hx, (data, batchSizes, h) => Nonlinearity == "tanh"
            ? Torch.RnnTanh(data, batchSizes, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional)
            : Torch.RnnRelu(data, batchSizes, h, FlatWeights, HasBias, NumLayers, Dropout, Training, Bidirectional));
}
