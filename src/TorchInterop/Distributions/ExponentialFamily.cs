namespace TorchInterop.Distributions;

/// <summary>
/// A distribution of the exponential family, <c>p(x) = h(x) exp(&lt;t(x), θ&gt; - F(θ))</c> (Python's
/// <c>ExponentialFamily</c>): its default entropy comes from the log normalizer F by the Bregman divergence, with
/// F's gradient taken by autograd.
/// </summary>
public abstract class ExponentialFamily : Distribution
{
    /// <summary>The natural parameters θ.</summary>
    protected virtual Tensor[] NaturalParams => throw NotImplemented();

    /// <summary>The log normalizer F(θ).</summary>
    protected virtual Tensor LogNormalizer(Tensor[] naturalParams) => throw NotImplemented();

    /// <summary>The expectation of the carrier measure, E[log h(x)].</summary>
    protected virtual Scalar MeanCarrierMeasure => throw NotImplemented();

    internal Tensor[] NaturalParamsOf() => NaturalParams;

    internal Tensor LogNormalizerOf(Tensor[] naturalParams) => LogNormalizer(naturalParams);

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var carrier = MeanCarrierMeasure;
        var nparams = NaturalParams.Select(p => p.Detach().RequiresGrad_()).ToArray();
        var logNormalizer = LogNormalizer(nparams);
        var gradients = Autograd.Grad([logNormalizer.Sum()], nparams, createGraph: true);
        // Python starts from the number -h and adds F to it (a reflected add of a number)
        Tensor result = (carrier.Kind == ScalarKind.Float ? Scalar.FromDouble(-carrier.ToDouble()) : Scalar.FromInt64(-carrier.ToInt64())) + logNormalizer;
        for (int i = 0; i < nparams.Length; i++)
            result = result - (nparams[i] * gradients[i]!).Reshape([.. BatchShape, -1]).Sum(-1);
        return result;
    }
}
