using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True, bias=True)</c> (<c>bias</c> since PyTorch 2.1).</summary>
public sealed class LayerNorm : Module<Tensor, Tensor>
{
    /// <summary>Normalizes over the last dimensions, of shape <paramref name="normalizedShape"/>; weight starts at ones, bias at zeros.</summary>
    /// <param name="normalizedShape">The shape of the normalized (last) dimensions.</param>
    /// <param name="eps">Added to the variance for numerical stability.</param>
    /// <param name="elementwiseAffine">Whether there is a learned weight (and bias).</param>
    /// <param name="bias">Whether the affine transform has a bias (false needs PyTorch 2.x's LibTorch).</param>
    /// <exception cref="NotSupportedException"><paramref name="bias"/> is false on LibTorch 1.x.</exception>
    public LayerNorm(long[] normalizedShape, double eps = 1e-5, bool elementwiseAffine = true, bool bias = true)
    {
        ArgumentNullException.ThrowIfNull(normalizedShape);
        NormalizationBias.Check(bias, nameof(LayerNorm));
        NormalizedShape = (long[])normalizedShape.Clone();
        Eps = eps;
        RegisterParameter("weight", elementwiseAffine ? Parameter.Create(Torch.Ones(NormalizedShape)) : null);
        RegisterParameter("bias", elementwiseAffine && bias ? Parameter.Create(Torch.Zeros(NormalizedShape)) : null);
    }

    /// <summary>Normalizes over the last dimension, of size <paramref name="normalizedShape"/>.</summary>
    /// <exception cref="NotSupportedException"><paramref name="bias"/> is false on LibTorch 1.x.</exception>
    public LayerNorm(long normalizedShape, double eps = 1e-5, bool elementwiseAffine = true, bool bias = true)
        : this([normalizedShape], eps, elementwiseAffine, bias) { }

    /// <summary>The shape of the normalized dimensions.</summary>
    public long[] NormalizedShape { get; }

    /// <summary>Added to the variance for numerical stability.</summary>
    public double Eps { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.LayerNorm(input, NormalizedShape, GetParameter("weight"), GetParameter("bias"), Eps);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        "(" + string.Join(", ", NormalizedShape) + (NormalizedShape.Length == 1 ? ",)" : ")") +
        $", eps={PythonNumberFormat.Repr(Eps)}, elementwise_affine={(GetParameter("weight") is null ? "False" : "True")}" +
        NormalizationBias.Repr(GetParameter("bias"));
}
