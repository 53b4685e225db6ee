using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Bilinear</c>: <c>y = x1ᵀ A x2 + b</c>, two inputs, initialized as PyTorch initializes it.</summary>
public sealed class Bilinear : Module<(Tensor Input1, Tensor Input2), Tensor>
{
    /// <summary>A layer from (<paramref name="in1Features"/>, <paramref name="in2Features"/>) to <paramref name="outFeatures"/> features.</summary>
    public Bilinear(long in1Features, long in2Features, long outFeatures, bool bias = true, DType? dtype = null)
    {
        In1Features = in1Features;
        In2Features = in2Features;
        OutFeatures = outFeatures;
        RegisterParameter("weight", Parameter.Create(Torch.Empty([outFeatures, in1Features, in2Features], dtype)));
        RegisterParameter("bias", bias ? Parameter.Create(Torch.Empty([outFeatures], dtype)) : null);
        ResetParameters();
    }

    /// <summary>Features of the first input.</summary>
    public long In1Features { get; }

    /// <summary>Features of the second input.</summary>
    public long In2Features { get; }

    /// <summary>Output features.</summary>
    public long OutFeatures { get; }

    /// <summary>The weight, shape (out_features, in1_features, in2_features).</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <summary>The bias, shape (out_features), or null.</summary>
    public Tensor? Bias => GetParameter("bias");

    /// <summary>PyTorch's <c>reset_parameters</c>: weight and bias uniform in ±1/√in1_features.</summary>
    public void ResetParameters()
    {
        double bound = 1 / Math.Sqrt(Weight.Size(1));
        Init.Uniform_(Weight, -bound, bound);
        if (Bias is { } bias) Init.Uniform_(bias, -bound, bound);
    }

    /// <inheritdoc/>
    public override Tensor Forward((Tensor Input1, Tensor Input2) input) => Forward(input.Input1, input.Input2);

    /// <summary>Python's <c>bilinear(input1, input2)</c>.</summary>
    public Tensor Forward(Tensor input1, Tensor input2) => Torch.Bilinear(input1, input2, Weight, Bias);

    /// <summary>Python's <c>bilinear(input1, input2)</c> with the module's hooks, as <c>Call((input1, input2))</c>.</summary>
    public Tensor Call(Tensor input1, Tensor input2) => Call((input1, input2));

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture,
        $"in1_features={In1Features}, in2_features={In2Features}, out_features={OutFeatures}, bias={(Bias is null ? "False" : "True")}");
}
