using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>RNNCellBase</c>: one step of a recurrent cell, with <c>weight_ih</c>, <c>weight_hh</c>,
/// <c>bias_ih</c>, <c>bias_hh</c> initialized uniform in ±1/√hidden_size; 1-D input is one unbatched sample.
/// </summary>
public abstract class RNNCellBase<TState> : Module<Tensor, TState>
{
    private protected RNNCellBase(long inputSize, long hiddenSize, bool bias, long chunks, DType? dtype)
    {
        InputSize = inputSize;
        HiddenSize = hiddenSize;
        HasBias = bias;
        RegisterParameter("weight_ih", Parameter.Create(Torch.Empty([chunks * hiddenSize, inputSize], dtype)));
        RegisterParameter("weight_hh", Parameter.Create(Torch.Empty([chunks * hiddenSize, hiddenSize], dtype)));
        RegisterParameter("bias_ih", bias ? Parameter.Create(Torch.Empty([chunks * hiddenSize], dtype)) : null);
        RegisterParameter("bias_hh", bias ? Parameter.Create(Torch.Empty([chunks * hiddenSize], dtype)) : null);
        double stdv = hiddenSize > 0 ? 1.0 / Math.Sqrt(hiddenSize) : 0;
        foreach (var weight in Parameters()) Init.Uniform_(weight, -stdv, stdv);
    }

    /// <summary>Features of the input.</summary>
    public long InputSize { get; }

    /// <summary>Features of the hidden state.</summary>
    public long HiddenSize { get; }

    /// <summary>Whether the cell has biases.</summary>
    public bool HasBias { get; }

    private protected Tensor WeightIh => GetParameter("weight_ih")!;

    private protected Tensor WeightHh => GetParameter("weight_hh")!;

    private protected Tensor? BiasIh => GetParameter("bias_ih");

    private protected Tensor? BiasHh => GetParameter("bias_hh");

    /// <inheritdoc/>
    public override TState Forward(Tensor input) => Forward(input, default);

    /// <summary>One step from the state <paramref name="hx"/> (zeros when default).</summary>
    public abstract TState Forward(Tensor input, TState? hx);

    /// <summary>Same as <see cref="Forward(Tensor, TState)"/>.</summary>
    public TState Call(Tensor input, TState? hx) => Forward(input, hx);

    /// <summary>The input as a batch (1-D input gains a batch dimension), after PyTorch's dimension check.</summary>
    private protected Tensor Batched(Tensor input, out bool isBatched)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim is not (1 or 2))
            throw new ArgumentException($"{GetType().Name}: Expected input to be 1-D or 2-D but received {input.Dim}-D tensor", nameof(input));
        isBatched = input.Dim == 2;
        return isBatched ? input : input.Unsqueeze(0);
    }

    private protected Tensor Zeros(Tensor input) => Torch.Zeros([input.Size(0), HiddenSize], input.Dtype);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{InputSize}, {HiddenSize}") + (HasBias ? "" : ", bias=False");
}

/// <summary>Python's <c>torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh')</c>.</summary>
public sealed class RNNCell : RNNCellBase<Tensor>
{
    /// <summary>An Elman cell with <c>tanh</c> or <c>relu</c>.</summary>
    public RNNCell(long inputSize, long hiddenSize, bool bias = true, string nonlinearity = "tanh", DType? dtype = null)
        : base(inputSize, hiddenSize, bias, 1, dtype) => Nonlinearity = nonlinearity ?? throw new ArgumentNullException(nameof(nonlinearity));

    /// <summary><c>"tanh"</c> or <c>"relu"</c>.</summary>
    public string Nonlinearity { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor? hx)
    {
        input = Batched(input, out bool isBatched);
        hx = hx is null ? Zeros(input) : isBatched ? hx : hx.Unsqueeze(0);
        var result = Nonlinearity switch
        {
            "tanh" => Torch.RnnTanhCell(input, hx, WeightIh, WeightHh, BiasIh, BiasHh),
            "relu" => Torch.RnnReluCell(input, hx, WeightIh, WeightHh, BiasIh, BiasHh),
            _ => throw new TorchException($"Unknown nonlinearity: {Nonlinearity}"),
        };
        return isBatched ? result : result.Squeeze(0);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() => base.ExtraRepr() + (Nonlinearity != "tanh" ? $", nonlinearity={Nonlinearity}" : "");
}

/// <summary>Python's <c>torch.nn.LSTMCell(input_size, hidden_size, bias=True)</c>: returns <c>(h_1, c_1)</c>.</summary>
public sealed class LSTMCell(long inputSize, long hiddenSize, bool bias = true, DType? dtype = null)
    : RNNCellBase<(Tensor H, Tensor C)>(inputSize, hiddenSize, bias, 4, dtype)
{
    /// <summary>One step from (h_0, c_0), zeros when both are null (the default).</summary>
    public override (Tensor H, Tensor C) Forward(Tensor input, (Tensor H, Tensor C) hx)
    {
        input = Batched(input, out bool isBatched);
        Tensor h, c;
        if (hx.H is null && hx.C is null) h = c = Zeros(input);
        else
        {
            ArgumentNullException.ThrowIfNull(hx.H, "hx.H");
            ArgumentNullException.ThrowIfNull(hx.C, "hx.C");
            (h, c) = isBatched ? hx : (hx.H.Unsqueeze(0), hx.C.Unsqueeze(0));
        }
        var (h1, c1) = Torch.LstmCell(input, [h, c], WeightIh, WeightHh, BiasIh, BiasHh);
        return isBatched ? (h1, c1) : (h1.Squeeze(0), c1.Squeeze(0));
    }
}

/// <summary>Python's <c>torch.nn.GRUCell(input_size, hidden_size, bias=True)</c>.</summary>
public sealed class GRUCell(long inputSize, long hiddenSize, bool bias = true, DType? dtype = null)
    : RNNCellBase<Tensor>(inputSize, hiddenSize, bias, 3, dtype)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor? hx)
    {
        input = Batched(input, out bool isBatched);
        hx = hx is null ? Zeros(input) : isBatched ? hx : hx.Unsqueeze(0);
        var result = Torch.GruCell(input, hx, WeightIh, WeightHh, BiasIh, BiasHh);
        return isBatched ? result : result.Squeeze(0);
    }
}
