using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True)</c>.</summary>
public sealed class LayerNorm : Module<Tensor, Tensor>
{
    /// <summary>Normalizes over the last dimensions, of shape <paramref name="normalizedShape"/>; weight starts at ones, bias at zeros.</summary>
    public LayerNorm(long[] normalizedShape, double eps = 1e-5, bool elementwiseAffine = true)
    {
        ArgumentNullException.ThrowIfNull(normalizedShape);
        NormalizedShape = (long[])normalizedShape.Clone();
        Eps = eps;
        RegisterParameter("weight", elementwiseAffine ? Parameter.Create(Torch.Ones(NormalizedShape)) : null);
        RegisterParameter("bias", elementwiseAffine ? Parameter.Create(Torch.Zeros(NormalizedShape)) : null);
    }

    /// <summary>Normalizes over the last dimension, of size <paramref name="normalizedShape"/>.</summary>
    public LayerNorm(long normalizedShape, double eps = 1e-5, bool elementwiseAffine = true) : this([normalizedShape], eps, elementwiseAffine) { }

    /// <summary>The shape of the normalized dimensions.</summary>
    public long[] NormalizedShape { get; }

    /// <summary>Added to the variance for numerical stability.</summary>
    public double Eps { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.LayerNorm(input, NormalizedShape, GetParameter("weight"), GetParameter("bias"), Eps);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        "(" + string.Join(", ", NormalizedShape) + (NormalizedShape.Length == 1 ? ",)" : ")") +
        $", eps={PythonNumberFormat.Repr(Eps)}, elementwise_affine={(GetParameter("weight") is null ? "False" : "True")}";
}
