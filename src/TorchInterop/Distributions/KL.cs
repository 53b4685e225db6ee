using TorchInterop.NN;

namespace TorchInterop.Distributions;

/// <summary>
/// The Kullback-Leibler divergence between two distributions (Python's <c>torch.distributions.kl</c>): a registry
/// of formulas per pair of distribution types, dispatched to the most specific registered pair as PyTorch does.
/// </summary>
public static partial class KL
{
    private static readonly object Gate = new();
    private static readonly Dictionary<(Type P, Type Q), Func<Distribution, Distribution, Tensor>> Registry = [];
    private static readonly Dictionary<(Type P, Type Q), Func<Distribution, Distribution, Tensor>?> Memo = [];

    static KL()
    {
        Add<Bernoulli, Bernoulli>(BernoulliBernoulli);
        Add<Beta, Beta>(BetaBeta);
        Add<Binomial, Binomial>(BinomialBinomial);
        Add<Categorical, Categorical>(CategoricalCategorical);
        Add<Dirichlet, Dirichlet>(DirichletDirichlet);
        Add<Exponential, Exponential>(ExponentialExponential);
        Add<Gamma, Gamma>(GammaGamma);
        Add<Laplace, Laplace>(LaplaceLaplace);
        Add<Normal, Normal>(NormalNormal);
        Add<OneHotCategorical, OneHotCategorical>((p, q) => CategoricalCategorical(p.Categorical, q.Categorical));
        Add<Poisson, Poisson>(PoissonPoisson);
        Add<Uniform, Uniform>(UniformUniform);
        AddMultivariatePairs();
        AddFamilyPairs();
        AddTransformedPairs();
    }

    /// <summary>
    /// <c>register_kl(type_p, type_q)</c>: registers <paramref name="kl"/> for a pair of distribution types
    /// (subclasses included, the most specific registration winning).
    /// </summary>
    public static void Register<TP, TQ>(Func<TP, TQ, Tensor> kl) where TP : Distribution where TQ : Distribution
    {
        ArgumentNullException.ThrowIfNull(kl);
        lock (Gate)
        {
            Registry[(typeof(TP), typeof(TQ))] = (p, q) => kl((TP)p, (TQ)q);
            Memo.Clear();
        }
    }

    /// <summary><c>kl_divergence(p, q)</c>: KL(p ‖ q), batched over the batch shape; NotImplementedError for an unregistered pair.</summary>
    public static Tensor Divergence(Distribution p, Distribution q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        Func<Distribution, Distribution, Tensor>? fun;
        lock (Gate)
        {
            var key = (p.GetType(), q.GetType());
            if (!Memo.TryGetValue(key, out fun)) Memo[key] = fun = Dispatch(key.Item1, key.Item2);
        }
        if (fun is null)
            throw new TorchException($"No KL(p || q) is implemented for p type {p.GetType().Name} and q type {q.GetType().Name}",
                TorchErrorKind.NotImplementedError);
        return fun(p, q);
    }

    private static void Add<TP, TQ>(Func<TP, TQ, Tensor> kl) where TP : Distribution where TQ : Distribution =>
        Registry[(typeof(TP), typeof(TQ))] = (p, q) => kl((TP)p, (TQ)q);

    // Python's _dispatch_kl: among registered pairs the arguments are instances of, the least derived distance wins,
    // compared lexicographically from p's side and from q's side; a disagreement warns.
    private static Func<Distribution, Distribution, Tensor>? Dispatch(Type typeP, Type typeQ)
    {
        var matches = Registry.Keys.Where(k => k.P.IsAssignableFrom(typeP) && k.Q.IsAssignableFrom(typeQ)).ToList();
        if (matches.Count == 0) return null;
        var left = matches.OrderBy(m => Depth(typeP, m.P)).ThenBy(m => Depth(typeQ, m.Q)).First();
        var right = matches.OrderBy(m => Depth(typeQ, m.Q)).ThenBy(m => Depth(typeP, m.P)).First();
        if (Registry[left] != Registry[right])
            Warnings.Raise($"Ambiguous kl_divergence({typeP.Name}, {typeQ.Name}). Please register_kl({left.P.Name}, {right.Q.Name})",
                category: "RuntimeWarning");
        return Registry[left];
    }

    private static int Depth(Type derived, Type ancestor)
    {
        int depth = 0;
        for (var t = derived; t is not null && t != ancestor; t = t.BaseType) depth++;
        return depth;
    }

    private static Tensor BernoulliBernoulli(Bernoulli p, Bernoulli q)
    {
        var t1 = p.Probs * (Torch.Softplus(-q.Logits) - Torch.Softplus(-p.Logits));
        t1[q.Probs == 0L] = double.PositiveInfinity;
        t1[p.Probs == 0L] = 0L;
        var t2 = (1 - p.Probs) * (Torch.Softplus(q.Logits) - Torch.Softplus(p.Logits));
        t2[q.Probs == 1L] = double.PositiveInfinity;
        t2[p.Probs == 1L] = 0L;
        return t1 + t2;
    }

    private static Tensor BetaBeta(Beta p, Beta q)
    {
        var sumP = p.Concentration1 + p.Concentration0;
        var sumQ = q.Concentration1 + q.Concentration0;
        var t1 = q.Concentration1.Lgamma() + q.Concentration0.Lgamma() + sumP.Lgamma();
        var t2 = p.Concentration1.Lgamma() + p.Concentration0.Lgamma() + sumQ.Lgamma();
        var t3 = (p.Concentration1 - q.Concentration1) * Torch.Digamma(p.Concentration1);
        var t4 = (p.Concentration0 - q.Concentration0) * Torch.Digamma(p.Concentration0);
        var t5 = (sumQ - sumP) * Torch.Digamma(sumP);
        return t1 - t2 + t3 + t4 + t5;
    }

    private static Tensor BinomialBinomial(Binomial p, Binomial q)
    {
        if ((p.TotalCount < q.TotalCount).Any().Item<bool>())
            throw new TorchException("KL between Binomials where q.total_count > p.total_count is not implemented", TorchErrorKind.NotImplementedError);
        var kl = p.TotalCount * (p.Probs * (p.Logits - q.Logits) + (-p.Probs).Log1p() - (-q.Probs).Log1p());
        var infinite = p.TotalCount > q.TotalCount;
        kl[infinite] = InfiniteLike(kl[infinite]);
        return kl;
    }

    private static Tensor CategoricalCategorical(Categorical p, Categorical q)
    {
        var t = p.Probs * (p.Logits - q.Logits);
        t[(q.Probs == 0L).ExpandAs(t)] = double.PositiveInfinity;
        t[(p.Probs == 0L).ExpandAs(t)] = 0L;
        return t.Sum(-1);
    }

    private static Tensor DirichletDirichlet(Dirichlet p, Dirichlet q)
    {
        var sumP = p.Concentration.Sum(-1);
        var sumQ = q.Concentration.Sum(-1);
        var t1 = sumP.Lgamma() - sumQ.Lgamma();
        var t2 = (p.Concentration.Lgamma() - q.Concentration.Lgamma()).Sum(-1);
        var t3 = p.Concentration - q.Concentration;
        var t4 = p.Concentration.Digamma() - sumP.Digamma().Unsqueeze(-1);
        return t1 - t2 + (t3 * t4).Sum(-1);
    }

    private static Tensor ExponentialExponential(Exponential p, Exponential q)
    {
        var rateRatio = q.Rate / p.Rate;
        var t1 = -rateRatio.Log();
        return t1 + rateRatio - 1;
    }

    private static Tensor GammaGamma(Gamma p, Gamma q)
    {
        var t1 = q.Concentration * (p.Rate / q.Rate).Log();
        var t2 = Torch.Lgamma(q.Concentration) - Torch.Lgamma(p.Concentration);
        var t3 = (p.Concentration - q.Concentration) * Torch.Digamma(p.Concentration);
        var t4 = (q.Rate - p.Rate) * (p.Concentration / p.Rate);
        return t1 + t2 + t3 + t4;
    }

    private static Tensor LaplaceLaplace(Laplace p, Laplace q)
    {
        var scaleRatio = p.Scale / q.Scale;
        var locAbsDiff = (p.Loc - q.Loc).Abs();
        var t1 = -scaleRatio.Log();
        var t2 = locAbsDiff / q.Scale;
        var t3 = scaleRatio * Torch.Exp(-locAbsDiff / p.Scale);
        return t1 + t2 + t3 - 1;
    }

    private static Tensor NormalNormal(Normal p, Normal q)
    {
        var varRatio = (p.Scale / q.Scale).Pow(2);
        var t1 = ((p.Loc - q.Loc) / q.Scale).Pow(2);
        return 0.5 * (varRatio + t1 - 1 - varRatio.Log());
    }

    private static Tensor PoissonPoisson(Poisson p, Poisson q) => p.Rate * (p.Rate.Log() - q.Rate.Log()) - (p.Rate - q.Rate);

    private static Tensor UniformUniform(Uniform p, Uniform q)
    {
        var result = ((q.High - q.Low) / (p.High - p.Low)).Log();
        result[(q.Low > p.Low).BitwiseOr(q.High < p.High)] = double.PositiveInfinity;
        return result;
    }

    // Python's _infinite_like: inf everywhere in the tensor's shape
    private static Tensor InfiniteLike(Tensor tensor) => Torch.FullLike(tensor, double.PositiveInfinity);
}
