namespace TorchInterop.Distributions;

// KL divergences of kl.py between the one-dimensional families: the exponential families by Bregman divergence,
// ContinuousBernoulli and Geometric, and the cross-family pairs (many infinite, where p's support is not inside q's).
public static partial class KL
{
    private const string CrossFamilyMessage = "The cross KL-divergence between different exponential families cannot                             be computed using Bregman divergences";

    private static void AddFamilyPairs()
    {
        Add<ExponentialFamily, ExponentialFamily>(ExponentialFamilyBregman);
        Add<ContinuousBernoulli, ContinuousBernoulli>(ContinuousBernoulliContinuousBernoulli);
        Add<Geometric, Geometric>((p, q) => -p.Entropy() - Torch.Log1p(-q.Probs) / p.Probs - q.Logits);
        Add<Bernoulli, Poisson>((p, q) => -p.Entropy() - (p.Probs * q.Rate.Log() - q.Rate));
        Add<Beta, ContinuousBernoulli>((p, q) => -p.Entropy() - p.Mean * q.Logits - Torch.Log1p(-q.Probs) - q.ContinuousBernoulliLogNorm());
        Add<Beta, Exponential>((p, q) => -p.Entropy() - q.Rate.Log() + q.Rate * (p.Concentration1 / (p.Concentration1 + p.Concentration0)));
        Add<Beta, Gamma>(BetaGamma);
        Add<Beta, Normal>(BetaNormal);
        Add<Beta, Uniform>(BetaUniform);
        Add<ContinuousBernoulli, Exponential>((p, q) => -p.Entropy() - Torch.Log(q.Rate) + q.Rate * p.Mean);
        Add<ContinuousBernoulli, Normal>(ContinuousBernoulliNormal);
        Add<ContinuousBernoulli, Uniform>(ContinuousBernoulliUniform);
        Add<Exponential, Beta>((p, _) => InfinityLike(p.Rate));
        Add<Exponential, ContinuousBernoulli>((p, _) => InfinityLike(p.Rate));
        Add<Exponential, Uniform>((p, _) => InfinityLike(p.Rate));
        Add<Exponential, Gamma>(ExponentialGamma);
        Add<Exponential, Normal>(ExponentialNormal);
        Add<Gamma, Beta>((p, _) => InfinityLike(p.Concentration));
        Add<Gamma, ContinuousBernoulli>((p, _) => InfinityLike(p.Concentration));
        Add<Gamma, Uniform>((p, _) => InfinityLike(p.Concentration));
        Add<Gamma, Exponential>((p, q) => -p.Entropy() - q.Rate.Log() + q.Rate * p.Concentration / p.Rate);
        Add<Gamma, Normal>(GammaNormal);
        Add<Laplace, Beta>((p, _) => InfinityLike(p.Loc));
        Add<Laplace, ContinuousBernoulli>((p, _) => InfinityLike(p.Loc));
        Add<Laplace, Exponential>((p, _) => InfinityLike(p.Loc));
        Add<Laplace, Gamma>((p, _) => InfinityLike(p.Loc));
        Add<Laplace, Uniform>((p, _) => InfinityLike(p.Loc));
        Add<Laplace, Normal>(LaplaceNormal);
        Add<Normal, Beta>((p, _) => InfinityLike(p.Loc));
        Add<Normal, ContinuousBernoulli>((p, _) => InfinityLike(p.Loc));
        Add<Normal, Exponential>((p, _) => InfinityLike(p.Loc));
        Add<Normal, Gamma>((p, _) => InfinityLike(p.Loc));
        Add<Normal, Uniform>((p, _) => InfinityLike(p.Loc));
        Add<Normal, Laplace>(NormalLaplace);
        Add<Poisson, Bernoulli>((p, _) => InfinityLike(p.Rate));
        Add<Poisson, Binomial>((p, _) => InfinityLike(p.Rate));
        Add<Uniform, Beta>(UniformBeta);
        Add<Uniform, ContinuousBernoulli>(UniformContinuousBernoulli);
        Add<Uniform, Exponential>(UniformExponential);
        Add<Uniform, Gamma>(UniformGamma);
        Add<Uniform, Normal>(UniformNormal);
    }

    // Python's _kl_expfamily_expfamily: the Bregman divergence of the log normalizer, its gradient by autograd
    private static Tensor ExponentialFamilyBregman(ExponentialFamily p, ExponentialFamily q)
    {
        if (p.GetType() != q.GetType()) throw new TorchException(CrossFamilyMessage, TorchErrorKind.NotImplementedError);
        var pParams = p.NaturalParamsOf().Select(t => t.Detach().RequiresGrad_()).ToArray();
        var qParams = q.NaturalParamsOf();
        var logNormalizer = p.LogNormalizerOf(pParams);
        var gradients = Autograd.Grad([logNormalizer.Sum()], pParams, createGraph: true);
        var result = q.LogNormalizerOf(qParams) - logNormalizer;
        for (int i = 0; i < pParams.Length; i++)
        {
            var term = (qParams[i] - pParams[i]) * gradients[i]!;
            result.Sub_(DistributionUtils.SumRightmost(term, q.EventShape.Length));
        }
        return result;
    }

    private static Tensor ContinuousBernoulliContinuousBernoulli(ContinuousBernoulli p, ContinuousBernoulli q)
    {
        var t1 = p.Mean * (p.Logits - q.Logits);
        var t2 = p.ContinuousBernoulliLogNorm() + Torch.Log1p(-p.Probs);
        var t3 = -q.ContinuousBernoulliLogNorm() - Torch.Log1p(-q.Probs);
        return t1 + t2 + t3;
    }

    private static Tensor BetaGamma(Beta p, Gamma q)
    {
        var t1 = -p.Entropy();
        var t2 = q.Concentration.Lgamma() - q.Concentration * q.Rate.Log();
        var t3 = (q.Concentration - 1) * (p.Concentration1.Digamma() - (p.Concentration1 + p.Concentration0).Digamma());
        var t4 = q.Rate * p.Concentration1 / (p.Concentration1 + p.Concentration0);
        return t1 + t2 - t3 + t4;
    }

    private static Tensor BetaNormal(Beta p, Normal q)
    {
        var eBeta = p.Concentration1 / (p.Concentration1 + p.Concentration0);
        var varNormal = q.Scale.Pow(2);
        var t1 = -p.Entropy();
        var t2 = 0.5 * (varNormal * 2 * Math.PI).Log();
        var t3 = (eBeta * (1 - eBeta) / (p.Concentration1 + p.Concentration0 + 1) + eBeta.Pow(2)) * 0.5;
        var t4 = q.Loc * eBeta;
        var t5 = q.Loc.Pow(2) * 0.5;
        return t1 + t2 + (t3 - t4 + t5) / varNormal;
    }

    private static Tensor BetaUniform(Beta p, Uniform q)
    {
        var result = -p.Entropy() + (q.High - q.Low).Log();
        result[(q.Low > 0.0).BitwiseOr(q.High < 1.0)] = double.PositiveInfinity;
        return result;
    }

    private static Tensor ContinuousBernoulliNormal(ContinuousBernoulli p, Normal q)
    {
        var t1 = -p.Entropy();
        var t2 = 0.5 * (Math.Log(2.0 * Math.PI) + Torch.Square(q.Loc / q.Scale)) + Torch.Log(q.Scale);
        var t3 = (p.Variance + Torch.Square(p.Mean) - 2.0 * q.Loc * p.Mean) / (2.0 * Torch.Square(q.Scale));
        return t1 + t2 + t3;
    }

    private static Tensor ContinuousBernoulliUniform(ContinuousBernoulli p, Uniform q)
    {
        var result = -p.Entropy() + (q.High - q.Low).Log();
        return Torch.Where(Torch.Max(Torch.Ge(q.Low, 0.0), Torch.Le(q.High, 1.0)), Torch.OnesLike(result) * double.PositiveInfinity, result);
    }

    private static Tensor ExponentialGamma(Exponential p, Gamma q)
    {
        var ratio = q.Rate / p.Rate;
        var t1 = -q.Concentration * Torch.Log(ratio);
        const double euler = DistributionUtils.EulerConstant;
        return t1 + ratio + q.Concentration.Lgamma() + q.Concentration * euler - (1 + euler);
    }

    private static Tensor ExponentialNormal(Exponential p, Normal q)
    {
        var varNormal = q.Scale.Pow(2);
        var rateSqr = p.Rate.Pow(2);
        var t1 = 0.5 * Torch.Log(rateSqr * varNormal * 2 * Math.PI);
        var t2 = rateSqr.Reciprocal();
        var t3 = q.Loc / p.Rate;
        var t4 = q.Loc.Pow(2) * 0.5;
        return t1 - 1 + (t2 - t3 + t4) / varNormal;
    }

    private static Tensor GammaNormal(Gamma p, Normal q)
    {
        var varNormal = q.Scale.Pow(2);
        var betaSqr = p.Rate.Pow(2);
        var t1 = 0.5 * Torch.Log(betaSqr * varNormal * 2 * Math.PI) - p.Concentration - p.Concentration.Lgamma();
        var t2 = 0.5 * (p.Concentration.Pow(2) + p.Concentration) / betaSqr;
        var t3 = q.Loc * p.Concentration / p.Rate;
        var t4 = 0.5 * q.Loc.Pow(2);
        return t1 + (p.Concentration - 1) * p.Concentration.Digamma() + (t2 - t3 + t4) / varNormal;
    }

    private static Tensor LaplaceNormal(Laplace p, Normal q)
    {
        var varNormal = q.Scale.Pow(2);
        var scaleSqrVarRatio = p.Scale.Pow(2) / varNormal;
        var t1 = 0.5 * Torch.Log(2 * scaleSqrVarRatio / Math.PI);
        var t2 = 0.5 * p.Loc.Pow(2);
        var t3 = p.Loc * q.Loc;
        var t4 = 0.5 * q.Loc.Pow(2);
        return -t1 + scaleSqrVarRatio + (t2 - t3 + t4) / varNormal - 1;
    }

    private static Tensor NormalLaplace(Normal p, Laplace q)
    {
        var locDiff = p.Loc - q.Loc;
        var scaleRatio = p.Scale / q.Scale;
        var locDiffScaleRatio = locDiff / p.Scale;
        var t1 = Torch.Log(scaleRatio);
        var t2 = Math.Sqrt(2 / Math.PI) * p.Scale * Torch.Exp(-0.5 * locDiffScaleRatio.Pow(2));
        var t3 = locDiff * Torch.Erf(Math.Sqrt(0.5) * locDiffScaleRatio);
        return -t1 + (t2 + t3) / q.Scale - 0.5 * (1 + Math.Log(0.5 * Math.PI));
    }

    private static Tensor UniformBeta(Uniform p, Beta q)
    {
        var commonTerm = p.High - p.Low;
        var t1 = Torch.Log(commonTerm);
        var t2 = (q.Concentration1 - 1) * (XLogX(p.High) - XLogX(p.Low) - commonTerm) / commonTerm;
        var t3 = (q.Concentration0 - 1) * (XLogX(1 - p.High) - XLogX(1 - p.Low) + commonTerm) / commonTerm;
        var t4 = q.Concentration1.Lgamma() + q.Concentration0.Lgamma() - (q.Concentration1 + q.Concentration0).Lgamma();
        var result = t3 + t4 - t1 - t2;
        result[(p.High > 1.0).BitwiseOr(p.Low < 0.0)] = double.PositiveInfinity;
        return result;
    }

    private static Tensor UniformContinuousBernoulli(Uniform p, ContinuousBernoulli q)
    {
        var result = -p.Entropy() - p.Mean * q.Logits - Torch.Log1p(-q.Probs) - q.ContinuousBernoulliLogNorm();
        return Torch.Where(Torch.Max(Torch.Ge(p.High, 1.0), Torch.Le(p.Low, 0.0)), Torch.OnesLike(result) * double.PositiveInfinity, result);
    }

    private static Tensor UniformExponential(Uniform p, Exponential q)
    {
        var result = q.Rate * (p.High + p.Low) / 2 - ((p.High - p.Low) * q.Rate).Log();
        result[p.Low < 0.0] = double.PositiveInfinity;
        return result;
    }

    private static Tensor UniformGamma(Uniform p, Gamma q)
    {
        var commonTerm = p.High - p.Low;
        var t1 = commonTerm.Log();
        var t2 = q.Concentration.Lgamma() - q.Concentration * q.Rate.Log();
        var t3 = (1 - q.Concentration) * (XLogX(p.High) - XLogX(p.Low) - commonTerm) / commonTerm;
        var t4 = q.Rate * (p.High + p.Low) / 2;
        var result = -t1 + t2 + t3 + t4;
        result[p.Low < 0.0] = double.PositiveInfinity;
        return result;
    }

    private static Tensor UniformNormal(Uniform p, Normal q)
    {
        var commonTerm = p.High - p.Low;
        var t1 = (Math.Sqrt(Math.PI * 2) * q.Scale / commonTerm).Log();
        var t2 = commonTerm.Pow(2) / 12;
        var t3 = ((p.High + p.Low - 2 * q.Loc) / 2).Pow(2);
        return t1 + 0.5 * (t2 + t3) / q.Scale.Pow(2);
    }

    // Python's _x_log_x: 2.x uses xlogy, which gives 0 at 0
    private static Tensor XLogX(Tensor tensor) =>
#if LIBTORCH_2
        Torch.SpecialXlogy(tensor, tensor);
#else
        tensor * tensor.Log();
#endif

    // Python's _infinite_like
    private static Tensor InfinityLike(Tensor tensor) => Torch.FullLike(tensor, double.PositiveInfinity);
}
