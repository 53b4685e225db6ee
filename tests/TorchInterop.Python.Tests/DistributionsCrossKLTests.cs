using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>kl_divergence between the one-dimensional families (kl.py's cross-family pairs, ContinuousBernoulli's, the Bregman fallback's message) against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class DistributionsCrossKLTests
{
    [Test]
    public void CrossFamilyDivergencesFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import Bernoulli, Beta, Binomial, ContinuousBernoulli, Exponential, Gamma, Laplace, Normal, Poisson, Uniform, Dirichlet, kl_divergence
        be = Bernoulli(torch.tensor([0.3, 0.6]))
        bt = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 1.5]))
        cb = ContinuousBernoulli(torch.tensor([0.3, 0.8]))
        ex = Exponential(torch.tensor([1.5, 0.5]))
        ga = Gamma(torch.tensor([2.0, 3.0]), torch.tensor([1.0, 0.5]))
        la = Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
        no = Normal(torch.tensor([0.5, -1.0]), torch.tensor([1.0, 0.5]))
        po = Poisson(torch.tensor([2.0, 0.5]))
        un = Uniform(torch.tensor([0.2, 0.5]), torch.tensor([0.6, 2.0]))
        bi = Binomial(3, torch.tensor([0.2, 0.5]))
        for p, q in [(be, po), (bt, cb), (bt, ex), (bt, ga), (bt, no), (bt, un), (cb, ex), (cb, no), (cb, un), (ex, bt), (ex, cb), (ex, un), (ex, ga), (ex, no),
                     (ga, bt), (ga, cb), (ga, un), (ga, ex), (ga, no), (la, bt), (la, cb), (la, ex), (la, ga), (la, un), (la, no), (no, bt), (no, cb), (no, ex), (no, ga),
                     (no, un), (no, la), (po, be), (po, bi), (un, bt), (un, cb), (un, ex), (un, ga), (un, no), (cb, ContinuousBernoulli(logits=torch.tensor([0.5, -2.0])))]:
            print(type(p).__name__, type(q).__name__, kl_divergence(p, q))
        for p, q in [(be, no), (po, ga), (Dirichlet(torch.ones(2, 3)), bt)]:
            try:
                kl_divergence(p, q)
            except NotImplementedError as err:
                print(err)
        """,
        () =>
        {
            var be = Bernoulli(torch.tensor([0.3, 0.6]));
            var bt = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 1.5]));
            var cb = ContinuousBernoulli(torch.tensor([0.3, 0.8]));
            var ex = Exponential(torch.tensor([1.5, 0.5]));
            var ga = Gamma(torch.tensor([2.0, 3.0]), torch.tensor([1.0, 0.5]));
            var la = Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]));
            var no = Normal(torch.tensor([0.5, -1.0]), torch.tensor([1.0, 0.5]));
            var po = Poisson(torch.tensor([2.0, 0.5]));
            var un = Uniform(torch.tensor([0.2, 0.5]), torch.tensor([0.6, 2.0]));
            var bi = Binomial(3, torch.tensor([0.2, 0.5]));
            (Distributions.Distribution P, Distributions.Distribution Q)[] pairs =
            [
                (be, po), (bt, cb), (bt, ex), (bt, ga), (bt, no), (bt, un), (cb, ex), (cb, no), (cb, un), (ex, bt), (ex, cb), (ex, un), (ex, ga), (ex, no),
                (ga, bt), (ga, cb), (ga, un), (ga, ex), (ga, no), (la, bt), (la, cb), (la, ex), (la, ga), (la, un), (la, no), (no, bt), (no, cb), (no, ex), (no, ga),
                (no, un), (no, la), (po, be), (po, bi), (un, bt), (un, cb), (un, ex), (un, ga), (un, no), (cb, ContinuousBernoulli(logits: torch.tensor([0.5, -2.0]))),
            ];
            foreach (var (p, q) in pairs) print(p.GetType().Name, q.GetType().Name, kl_divergence(p, q));
            (Distributions.Distribution P, Distributions.Distribution Q)[] unknown = [(be, no), (po, ga), (Dirichlet(torch.ones(2, 3)), bt)];
            foreach (var (p, q) in unknown)
            {
                try { kl_divergence(p, q); }
                catch (TorchException err) when (err.Kind == TorchErrorKind.NotImplementedError) { print(err.Message); }
            }
        });
}
