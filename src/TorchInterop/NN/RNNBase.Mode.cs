namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.RNNBase(mode, input_size, hidden_size, ...)</c> built directly: the parameters, initialization
/// and repr of the recurrent layers of the given mode (<c>'LSTM'</c>, <c>'GRU'</c>, <c>'RNN_TANH'</c> or
/// <c>'RNN_RELU'</c>), and, as in PyTorch, no forward of its own: calling it fails with PyTorch's NotImplementedError.
/// </summary>
public sealed class RNNBase : RNNBase<Tensor>
{
    /// <summary>The layers of <paramref name="mode"/>, PyTorch's <c>RNNBase.__init__</c>.</summary>
    public RNNBase(string mode, long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
        double dropout = 0, bool bidirectional = false, long projSize = 0, DType? dtype = null)
        : base(GatesPerHidden(mode), inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, projSize, dtype) =>
        Mode = mode;

    /// <summary>The recurrence: <c>'LSTM'</c>, <c>'GRU'</c>, <c>'RNN_TANH'</c> or <c>'RNN_RELU'</c>.</summary>
    public string Mode { get; }

    /// <summary>Fails as PyTorch's RNNBase does: it has no forward.</summary>
    public override (Tensor Output, Tensor State) Forward(Tensor input, Tensor? hx) => throw MissingForward("RNNBase");

    /// <summary>Fails as PyTorch's RNNBase does: it has no forward.</summary>
    public override (PackedSequence Output, Tensor State) Forward(PackedSequence input, Tensor? hx) => throw MissingForward("RNNBase");

    internal static TorchException MissingForward(string typeName) =>
        new($"Module [{typeName}] is missing the required \"forward\" function", TorchErrorKind.NotImplementedError);

    private static long GatesPerHidden(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return mode switch
        {
            "LSTM" => 4,
            "GRU" => 3,
            "RNN_TANH" or "RNN_RELU" => 1,
            _ => throw new TorchException("Unrecognized RNN mode: " + mode, TorchErrorKind.ValueError),
        };
    }
}

/// <summary>
/// Python's <c>torch.nn.RNNCellBase(input_size, hidden_size, bias, num_chunks)</c> built directly: a cell's
/// parameters (<c>num_chunks * hidden_size</c> rows), initialization and repr, and, as in PyTorch, no forward.
/// </summary>
public sealed class RNNCellBase(long inputSize, long hiddenSize, bool bias, long numChunks, DType? dtype = null)
    : RNNCellBase<Tensor>(inputSize, hiddenSize, bias, numChunks, dtype)
{
    /// <summary>Fails as PyTorch's RNNCellBase does: it has no forward.</summary>
    public override Tensor Forward(Tensor input, Tensor? hx) => throw RNNBase.MissingForward("RNNCellBase");
}
