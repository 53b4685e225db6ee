#if LIBTORCH_2
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.RMSNorm(normalized_shape, eps=None, elementwise_affine=True)</c> (PyTorch 2.4+): each input
/// divided by its root mean square over the last dimensions, times a learned weight (at ones); without
/// <c>eps</c>, the machine epsilon of the input's dtype.
/// </summary>
public sealed class RMSNorm : Module<Tensor, Tensor>
{
    /// <summary>An RMS norm over the last dimensions of shape <paramref name="normalizedShape"/>.</summary>
    public RMSNorm(long[] normalizedShape, double? eps = null, bool elementwiseAffine = true, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(normalizedShape);
        NormalizedShape = (long[])normalizedShape.Clone();
        Eps = eps;
        ElementwiseAffine = elementwiseAffine;
        RegisterParameter("weight", elementwiseAffine ? Parameter.Create(Torch.Empty(NormalizedShape, dtype)) : null);
        ResetParameters();
    }

    /// <summary>Over the last dimension only: <c>RMSNorm(4)</c>.</summary>
    public RMSNorm(long normalizedShape, double? eps = null, bool elementwiseAffine = true, DType? dtype = null)
        : this([normalizedShape], eps, elementwiseAffine, dtype) { }

    /// <summary>The trailing dimensions normalized over.</summary>
    public long[] NormalizedShape { get; }

    /// <summary>Added to the mean square; null for the dtype's machine epsilon.</summary>
    public double? Eps { get; }

    /// <summary>Whether there is a learned weight.</summary>
    public bool ElementwiseAffine { get; }

    /// <summary>PyTorch's <c>reset_parameters</c>: the weight to ones.</summary>
    public void ResetParameters()
    {
        if (GetParameter("weight") is { } weight) Init.Ones_(weight);
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.RmsNorm(input, NormalizedShape, GetParameter("weight"), Eps);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        "(" + string.Join(", ", NormalizedShape) + (NormalizedShape.Length == 1 ? ",)" : ")") +
        $", eps={(Eps is { } e ? PythonNumberFormat.Repr(e) : "None")}, elementwise_affine={(ElementwiseAffine ? "True" : "False")}";
}
#endif
