namespace TorchInterop.Distributions;

// kl.py's pairs for the transformed distributions (and the mixed pairs with the others), in kl.py's words.
public static partial class KL
{
    private const double EulerGamma = DistributionUtils.EulerConstant;

    private static void AddTransformedPairs()
    {
        Add<TransformedDistribution, TransformedDistribution>(TransformedTransformed);
        Add<Independent, Independent>(IndependentIndependent);
        Add<Cauchy, Cauchy>(CauchyCauchy);
        Add<Gumbel, Gumbel>(GumbelGumbel);
        Add<HalfNormal, HalfNormal>((p, q) => NormalNormal((Normal)p.BaseDist, (Normal)q.BaseDist));
        Add<Pareto, Pareto>(ParetoPareto);

        Add<Beta, Pareto>((p, _) => InfiniteLike(p.Concentration1));
        Add<Exponential, Pareto>((p, _) => InfiniteLike(p.Rate));
        Add<Exponential, Gumbel>(ExponentialGumbel);
        Add<Gamma, Pareto>((p, _) => InfiniteLike(p.Concentration));
        Add<Gamma, Gumbel>(GammaGumbel);
        Add<Gumbel, Beta>((p, _) => InfiniteLike(p.Loc));
        Add<Gumbel, Exponential>((p, _) => InfiniteLike(p.Loc));
        Add<Gumbel, Gamma>((p, _) => InfiniteLike(p.Loc));
        Add<Gumbel, Pareto>((p, _) => InfiniteLike(p.Loc));
        Add<Gumbel, Uniform>((p, _) => InfiniteLike(p.Loc));
        Add<Gumbel, Normal>(GumbelNormal);
        Add<Laplace, Pareto>((p, _) => InfiniteLike(p.Loc));
        Add<Normal, Pareto>((p, _) => InfiniteLike(p.Loc));
        Add<Normal, Gumbel>(NormalGumbel);
        Add<Pareto, Beta>((p, _) => InfiniteLike(p.Scale));
        Add<Pareto, Uniform>((p, _) => InfiniteLike(p.Scale));
        Add<Pareto, Exponential>(ParetoExponential);
        Add<Pareto, Gamma>(ParetoGamma);
        Add<Pareto, Normal>(ParetoNormal);
        Add<Uniform, Gumbel>(UniformGumbel);
        Add<Uniform, Pareto>(UniformPareto);
    }

    private static Tensor TransformedTransformed(TransformedDistribution p, TransformedDistribution q)
    {
        if (!p.Transforms.SequenceEqual(q.Transforms)) throw new TorchException("", TorchErrorKind.NotImplementedError);
        if (!p.EventShape.SequenceEqual(q.EventShape)) throw new TorchException("", TorchErrorKind.NotImplementedError);
        return Divergence(p.BaseDist, q.BaseDist);
    }

    private static Tensor IndependentIndependent(Independent p, Independent q)
    {
        if (p.ReinterpretedBatchNdims != q.ReinterpretedBatchNdims) throw new TorchException("", TorchErrorKind.NotImplementedError);
        return DistributionUtils.SumRightmost(Divergence(p.BaseDist, q.BaseDist), p.ReinterpretedBatchNdims);
    }

    // from https://arxiv.org/abs/1905.10965
    private static Tensor CauchyCauchy(Cauchy p, Cauchy q)
    {
        var t1 = ((p.Scale + q.Scale).Pow(2) + (p.Loc - q.Loc).Pow(2)).Log();
        var t2 = (4 * p.Scale * q.Scale).Log();
        return t1 - t2;
    }

    private static Tensor GumbelGumbel(Gumbel p, Gumbel q)
    {
        var ct1 = p.Scale / q.Scale;
        var ct2 = q.Loc / q.Scale;
        var ct3 = p.Loc / q.Scale;
        var t1 = -ct1.Log() - ct2 + ct3;
        var t2 = ct1 * EulerGamma;
        var t3 = Torch.Exp(ct2 + (1 + ct1).Lgamma() - ct3);
        return t1 + t2 + t3 - (1 + EulerGamma);
    }

    private static Tensor ParetoPareto(Pareto p, Pareto q)
    {
        var scaleRatio = p.Scale / q.Scale;
        var alphaRatio = q.Alpha / p.Alpha;
        var t1 = q.Alpha * scaleRatio.Log();
        var t2 = -alphaRatio.Log();
        var result = t1 + t2 + alphaRatio - 1;
        // the supports' lower bounds are the scales
        result[p.Scale < q.Scale] = double.PositiveInfinity;
        return result;
    }

    private static Tensor ExponentialGumbel(Exponential p, Gumbel q)
    {
        var scaleRateProd = p.Rate * q.Scale;
        var locScaleRatio = q.Loc / q.Scale;
        var t1 = scaleRateProd.Log() - 1;
        var t2 = Torch.Exp(locScaleRatio) * scaleRateProd / (scaleRateProd + 1);
        var t3 = scaleRateProd.Reciprocal();
        return t1 - locScaleRatio + t2 + t3;
    }

    private static Tensor GammaGumbel(Gamma p, Gumbel q)
    {
        var betaScaleProd = p.Rate * q.Scale;
        var locScaleRatio = q.Loc / q.Scale;
        var t1 = (p.Concentration - 1) * p.Concentration.Digamma() - p.Concentration.Lgamma() - p.Concentration;
        var t2 = betaScaleProd.Log() + p.Concentration / betaScaleProd;
        var t3 = Torch.Exp(locScaleRatio) * (1 + betaScaleProd.Reciprocal()).Pow(-p.Concentration) - locScaleRatio;
        return t1 + t2 + t3;
    }

    private static Tensor GumbelNormal(Gumbel p, Normal q)
    {
        var paramRatio = p.Scale / q.Scale;
        var t1 = (paramRatio / Math.Sqrt(2 * Math.PI)).Log();
        var t2 = (Math.PI * paramRatio * 0.5).Pow(2) / 3;
        var t3 = ((p.Loc + p.Scale * EulerGamma - q.Loc) / q.Scale).Pow(2) * 0.5;
        return -t1 + t2 + t3 - (EulerGamma + 1);
    }

    private static Tensor NormalGumbel(Normal p, Gumbel q)
    {
        var meanScaleRatio = p.Loc / q.Scale;
        var varScaleSqrRatio = (p.Scale / q.Scale).Pow(2);
        var locScaleRatio = q.Loc / q.Scale;
        var t1 = varScaleSqrRatio.Log() * 0.5;
        var t2 = meanScaleRatio - locScaleRatio;
        var t3 = Torch.Exp(-meanScaleRatio + 0.5 * varScaleSqrRatio + locScaleRatio);
        return -t1 + t2 + t3 - (0.5 * (1 + Math.Log(2 * Math.PI)));
    }

    private static Tensor ParetoExponential(Pareto p, Exponential q)
    {
        var scaleRateProd = p.Scale * q.Rate;
        var t1 = (p.Alpha / scaleRateProd).Log();
        var t2 = p.Alpha.Reciprocal();
        var t3 = p.Alpha * scaleRateProd / (p.Alpha - 1);
        var result = t1 - t2 + t3 - 1;
        result[p.Alpha <= 1L] = double.PositiveInfinity;
        return result;
    }

    private static Tensor ParetoGamma(Pareto p, Gamma q)
    {
        var commonTerm = p.Scale.Log() + p.Alpha.Reciprocal();
        var t1 = p.Alpha.Log() - commonTerm;
        var t2 = q.Concentration.Lgamma() - q.Concentration * q.Rate.Log();
        var t3 = (1 - q.Concentration) * commonTerm;
        var t4 = q.Rate * p.Alpha * p.Scale / (p.Alpha - 1);
        var result = t1 + t2 + t3 + t4 - 1;
        result[p.Alpha <= 1L] = double.PositiveInfinity;
        return result;
    }

    private static Tensor ParetoNormal(Pareto p, Normal q)
    {
        var varNormal = 2 * q.Scale.Pow(2);
        var commonTerm = p.Scale / (p.Alpha - 1);
        var t1 = (Math.Sqrt(2 * Math.PI) * q.Scale * p.Alpha / p.Scale).Log();
        var t2 = p.Alpha.Reciprocal();
        var t3 = p.Alpha * commonTerm.Pow(2) / (p.Alpha - 2);
        var t4 = (p.Alpha * commonTerm - q.Loc).Pow(2);
        var result = t1 - t2 + (t3 + t4) / varNormal - 1;
        result[p.Alpha <= 2L] = double.PositiveInfinity;
        return result;
    }

    private static Tensor UniformGumbel(Uniform p, Gumbel q)
    {
        var commonTerm = q.Scale / (p.High - p.Low);
        var highLocDiff = (p.High - q.Loc) / q.Scale;
        var lowLocDiff = (p.Low - q.Loc) / q.Scale;
        var t1 = commonTerm.Log() + 0.5 * (highLocDiff + lowLocDiff);
        var t2 = commonTerm * (Torch.Exp(-highLocDiff) - Torch.Exp(-lowLocDiff));
        return t1 - t2;
    }

    private static Tensor UniformPareto(Uniform p, Pareto q)
    {
        var supportUniform = p.High - p.Low;
        var t1 = (q.Alpha * q.Scale.Pow(q.Alpha) * supportUniform).Log();
        var t2 = (XLogX(p.High) - XLogX(p.Low) - supportUniform) / supportUniform;
        var result = t2 * (q.Alpha + 1) - t1;
        result[p.Low < q.Scale] = double.PositiveInfinity;
        return result;
    }
}
