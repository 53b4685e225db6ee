using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Linear</c>: <c>y = x Wᵀ + b</c>, initialized as PyTorch initializes it.</summary>
public class Linear : Module<Tensor, Tensor>
{
    /// <summary>A layer from <paramref name="inFeatures"/> to <paramref name="outFeatures"/> features.</summary>
    public Linear(long inFeatures, long outFeatures, bool bias = true, DType? dtype = null)
    {
        InFeatures = inFeatures;
        OutFeatures = outFeatures;
        RegisterParameter("weight", Parameter.Create(Torch.Empty([outFeatures, inFeatures], dtype)));
        RegisterParameter("bias", bias ? Parameter.Create(Torch.Empty([outFeatures], dtype)) : null);
        ResetParameters();
    }

    /// <summary>Input features.</summary>
    public long InFeatures { get; private protected set; }

    /// <summary>Output features.</summary>
    public long OutFeatures { get; private protected set; }

    /// <summary>The weight, shape (out_features, in_features).</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <summary>The bias, shape (out_features), or null.</summary>
    public Tensor? Bias => GetParameter("bias");

    /// <summary>PyTorch's <c>reset_parameters</c>: kaiming_uniform_ with a=√5, the bias uniform in ±1/√fan_in.</summary>
    public virtual void ResetParameters()
    {
        Init.KaimingUniform_(Weight, a: Math.Sqrt(5));
        if (Bias is { } bias)
        {
            var (fanIn, _) = Init.CalculateFanInAndFanOut(Weight);
            double bound = fanIn > 0 ? 1 / Math.Sqrt(fanIn) : 0;
            Init.Uniform_(bias, -bound, bound);
        }
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Linear(input, Weight, Bias);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"in_features={InFeatures}, out_features={OutFeatures}, bias={(Bias is null ? "False" : "True")}");
}

/// <summary>
/// PyTorch's <c>NonDynamicallyQuantizableLinear</c>: a <see cref="Linear"/> under another name, the output projection
/// of <see cref="MultiheadAttention"/> (the name shows in its repr).
/// </summary>
public sealed class NonDynamicallyQuantizableLinear(long inFeatures, long outFeatures, bool bias = true, DType? dtype = null)
    : Linear(inFeatures, outFeatures, bias, dtype);
