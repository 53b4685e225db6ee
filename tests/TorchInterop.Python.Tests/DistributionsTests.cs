using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>torch.distributions against PyTorch: samples from the same seed, densities, moments, gradients, reprs and messages.</summary>
[TestFixture, NonParallelizable]
public class DistributionsTests
{
    [Test]
    public void NormalFollowsPyTorch() => Dialect.Verify(
        """
        from torch.distributions import Normal, constraints
        torch.manual_seed(0)
        loc = torch.tensor([0.5, -1.0], requires_grad=True)
        scale = torch.tensor([1.0, 2.0], requires_grad=True)
        m = Normal(loc, scale)
        print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints['scale'])
        print(m.sample(), m.sample((3,)))
        x = m.rsample((2,))
        print(x)
        x.sum().backward()
        print(loc.grad, scale.grad)
        v = torch.tensor([0.2, 0.3])
        print(m.log_prob(v), m.cdf(v), m.icdf(torch.tensor([0.1, 0.9])), m.entropy(), m.perplexity())
        print(m.mean, m.mode, m.variance, m.stddev)
        s = Normal(0.0, 1.0)
        print(s, s.batch_shape, s.sample(), s.log_prob(torch.tensor(0.5)))
        e = m.expand((3, 2))
        print(e, e.batch_shape, e.sample().shape)
        try:
            Normal(torch.zeros(2), torch.tensor([1.0, -1.0]))
        except ValueError as err:
            print(err)
        try:
            m.log_prob(torch.zeros(3))
        except ValueError as err:
            print(err)
        print(Normal(0.0, -1.0, validate_args=False))
        """,
        () =>
        {
            torch.manual_seed(0);
            var loc = torch.tensor([0.5, -1.0], requires_grad: true);
            var scale = torch.tensor([1.0, 2.0], requires_grad: true);
            var m = Normal(loc, scale);
            print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints["scale"]);
            print(m.sample(), m.sample([3]));
            var x = m.rsample([2]);
            print(x);
            x.sum().backward();
            print(loc.grad, scale.grad);
            var v = torch.tensor([0.2, 0.3]);
            print(m.log_prob(v), m.cdf(v), m.icdf(torch.tensor([0.1, 0.9])), m.entropy(), m.perplexity());
            print(m.mean, m.mode, m.variance, m.stddev);
            var s = Normal(0.0, 1.0);
            print(s, s.batch_shape, s.sample(), s.log_prob(torch.tensor(0.5)));
            var e = m.expand([3, 2]);
            print(e, e.batch_shape, e.sample().shape);
            try { Normal(torch.zeros(2), torch.tensor([1.0, -1.0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { m.log_prob(torch.zeros(3)); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            print(Normal(0.0, -1.0, validate_args: false));
        });

    [Test]
    public void DiscreteDistributionsFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import Bernoulli, Categorical, OneHotCategorical, Poisson, Binomial
        torch.manual_seed(1)
        b = Bernoulli(torch.tensor([0.3, 0.5, 0.9]))
        print(b, b.sample(), b.sample((2,)), b.log_prob(torch.tensor([1.0, 0.0, 1.0])), b.entropy(), b.mean, b.mode, b.variance)
        print(b.enumerate_support(), b.logits, b)
        bl = Bernoulli(logits=torch.tensor([0.0, 2.0]))
        print(bl, bl.probs, bl)
        try:
            Bernoulli()
        except ValueError as err:
            print(err)
        c = Categorical(torch.tensor([[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]]))
        print(c, c.batch_shape, c.support, c.sample(), c.sample((4,)), c.log_prob(torch.tensor([2, 0])), c.entropy(), c.mode, c.mean)
        print(c.enumerate_support(), c.enumerate_support(False).shape, c.expand((3, 2)).batch_shape)
        try:
            c.log_prob(torch.tensor([3, 0]))
        except ValueError as err:
            print(err)
        o = OneHotCategorical(logits=torch.tensor([1.0, 2.0, 0.5]))
        print(o, o.event_shape, o.sample(), o.sample((2,)), o.log_prob(torch.tensor([0.0, 1.0, 0.0])), o.entropy(), o.mode, o.variance)
        print(o.enumerate_support())
        p = Poisson(torch.tensor([1.0, 4.5]))
        print(p, p.sample((3,)), p.log_prob(torch.tensor([2.0, 3.0])), p.mode, p.support)
        n = Binomial(10, torch.tensor([0.2, 0.7]))
        print(n, n.sample(), n.sample((2,)), n.log_prob(torch.tensor([3.0, 7.0])), n.entropy(), n.mean, n.mode, n.variance, n.support)
        """,
        () =>
        {
            torch.manual_seed(1);
            var b = Bernoulli(torch.tensor([0.3, 0.5, 0.9]));
            print(b, b.sample(), b.sample([2]), b.log_prob(torch.tensor([1.0, 0.0, 1.0])), b.entropy(), b.mean, b.mode, b.variance);
            print(b.enumerate_support(), b.logits, b);
            var bl = Bernoulli(logits: torch.tensor([0.0, 2.0]));
            print(bl, bl.probs, bl);
            try { Bernoulli(); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            var c = Categorical(torch.tensor(new[,] { { 0.2, 0.3, 0.5 }, { 0.6, 0.2, 0.2 } }));
            print(c, c.batch_shape, c.support, c.sample(), c.sample([4]), c.log_prob(torch.tensor([2, 0])), c.entropy(), c.mode, c.mean);
            print(c.enumerate_support(), c.enumerate_support(false).shape, c.expand([3, 2]).batch_shape);
            try { c.log_prob(torch.tensor([3, 0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            var o = OneHotCategorical(logits: torch.tensor([1.0, 2.0, 0.5]));
            print(o, o.event_shape, o.sample(), o.sample([2]), o.log_prob(torch.tensor([0.0, 1.0, 0.0])), o.entropy(), o.mode, o.variance);
            print(o.enumerate_support());
            var p = Poisson(torch.tensor([1.0, 4.5]));
            print(p, p.sample([3]), p.log_prob(torch.tensor([2.0, 3.0])), p.mode, p.support);
            var n = Binomial(10, torch.tensor([0.2, 0.7]));
            print(n, n.sample(), n.sample([2]), n.log_prob(torch.tensor([3.0, 7.0])), n.entropy(), n.mean, n.mode, n.variance, n.support);
        });

    [Test]
    public void ContinuousDistributionsFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import Uniform, Exponential, Laplace, Gamma, Beta, Dirichlet
        torch.manual_seed(2)
        u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 3.0]))
        print(u, u.support, u.sample(), u.rsample((2,)), u.log_prob(torch.tensor([0.5, 2.0])), u.cdf(torch.tensor([0.5, 2.0])), u.icdf(torch.tensor([0.5, 0.5])))
        print(u.entropy(), u.mean, u.mode, u.stddev, u.variance)
        try:
            u.log_prob(torch.tensor([1.5, 2.0]))
        except ValueError as err:
            print(err)
        rate = torch.tensor([0.5, 2.0], requires_grad=True)
        e = Exponential(rate)
        x = e.rsample((3,))
        print(e, x, e.log_prob(torch.tensor([1.0, 1.0])), e.cdf(torch.tensor([1.0, 1.0])), e.icdf(torch.tensor([0.3, 0.3])), e.entropy(), e.mean, e.variance)
        x.sum().backward()
        print(rate.grad)
        l = Laplace(0.0, 2.0)
        print(l, l.sample((3,)), l.log_prob(torch.tensor(1.0)), l.cdf(torch.tensor(1.0)), l.icdf(torch.tensor(0.8)), l.entropy(), l.variance, l.stddev)
        conc = torch.tensor([0.5, 3.0], requires_grad=True)
        g = Gamma(conc, torch.tensor([1.0, 2.0]))
        y = g.rsample((2,))
        print(g, y, g.log_prob(torch.tensor([1.0, 2.0])), g.entropy(), g.mean, g.mode, g.variance)
        y.sum().backward()
        print(conc.grad)
        bt = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
        print(bt, bt.sample(), bt.rsample((2,)), bt.log_prob(torch.tensor([0.3, 0.6])), bt.entropy(), bt.mean, bt.variance, bt.concentration1)
        alpha = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
        d = Dirichlet(alpha)
        z = d.rsample()
        print(d, d.event_shape, z, z.grad_fn, d.log_prob(torch.tensor([0.2, 0.3, 0.5])), d.entropy(), d.mean, d.mode, d.variance, Dirichlet(torch.tensor([0.5, 0.5, 0.9])).mode, Dirichlet(torch.tensor([[0.5, 0.5], [2.0, 3.0]])).mode)
        (z * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
        print(alpha.grad)
        try:
            Dirichlet(torch.tensor(1.0))
        except ValueError as err:
            print(err)
        try:
            Gamma(torch.tensor([1.0, -1.0]), 1.0)
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(2);
            var u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 3.0]));
            print(u, u.support, u.sample(), u.rsample([2]), u.log_prob(torch.tensor([0.5, 2.0])), u.cdf(torch.tensor([0.5, 2.0])), u.icdf(torch.tensor([0.5, 0.5])));
            print(u.entropy(), u.mean, u.mode, u.stddev, u.variance);
            try { u.log_prob(torch.tensor([1.5, 2.0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            var rate = torch.tensor([0.5, 2.0], requires_grad: true);
            var e = Exponential(rate);
            var x = e.rsample([3]);
            print(e, x, e.log_prob(torch.tensor([1.0, 1.0])), e.cdf(torch.tensor([1.0, 1.0])), e.icdf(torch.tensor([0.3, 0.3])), e.entropy(), e.mean, e.variance);
            x.sum().backward();
            print(rate.grad);
            var l = Laplace(0.0, 2.0);
            print(l, l.sample([3]), l.log_prob(torch.tensor(1.0)), l.cdf(torch.tensor(1.0)), l.icdf(torch.tensor(0.8)), l.entropy(), l.variance, l.stddev);
            var conc = torch.tensor([0.5, 3.0], requires_grad: true);
            var g = Gamma(conc, torch.tensor([1.0, 2.0]));
            var y = g.rsample([2]);
            print(g, y, g.log_prob(torch.tensor([1.0, 2.0])), g.entropy(), g.mean, g.mode, g.variance);
            y.sum().backward();
            print(conc.grad);
            var bt = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]));
            print(bt, bt.sample(), bt.rsample([2]), bt.log_prob(torch.tensor([0.3, 0.6])), bt.entropy(), bt.mean, bt.variance, bt.concentration1);
            var alpha = torch.tensor([1.0, 2.0, 3.0], requires_grad: true);
            var d = Dirichlet(alpha);
            var z = d.rsample();
            print(d, d.event_shape, z, z.grad_fn, d.log_prob(torch.tensor([0.2, 0.3, 0.5])), d.entropy(), d.mean, d.mode, d.variance, Dirichlet(torch.tensor([0.5, 0.5, 0.9])).mode, Dirichlet(torch.tensor(new[,] { { 0.5, 0.5 }, { 2.0, 3.0 } })).mode);
            (z * torch.tensor([1.0, 2.0, 3.0])).sum().backward();
            print(alpha.grad);
            try { Dirichlet(torch.tensor(1.0)); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { Gamma(torch.tensor([1.0, -1.0]), 1.0); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
        });

    [Test]
    public void KlDivergenceFollowsPyTorch() => Dialect.Verify(
        """
        from torch.distributions import *
        print(kl_divergence(Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0])), Normal(torch.tensor([0.5, 0.0]), torch.tensor([1.5, 1.0]))))
        print(kl_divergence(Bernoulli(torch.tensor([0.3, 0.0])), Bernoulli(torch.tensor([0.6, 0.5]))))
        print(kl_divergence(Categorical(torch.tensor([0.2, 0.8])), Categorical(logits=torch.tensor([1.0, 0.0]))))
        print(kl_divergence(OneHotCategorical(torch.tensor([0.2, 0.8])), OneHotCategorical(torch.tensor([0.5, 0.5]))))
        print(kl_divergence(Exponential(torch.tensor([1.0])), Exponential(torch.tensor([2.0]))))
        print(kl_divergence(Laplace(0.0, 1.0), Laplace(1.0, 2.0)))
        print(kl_divergence(Gamma(torch.tensor([2.0]), torch.tensor([1.0])), Gamma(torch.tensor([3.0]), torch.tensor([2.0]))))
        print(kl_divergence(Beta(torch.tensor([2.0]), torch.tensor([3.0])), Beta(torch.tensor([1.0]), torch.tensor([1.0]))))
        print(kl_divergence(Dirichlet(torch.tensor([1.0, 2.0])), Dirichlet(torch.tensor([2.0, 2.0]))))
        print(kl_divergence(Poisson(torch.tensor([1.0])), Poisson(torch.tensor([3.0]))))
        print(kl_divergence(Uniform(torch.tensor([0.0, 0.0]), torch.tensor([1.0, 2.0])), Uniform(torch.tensor([0.0, 0.5]), torch.tensor([2.0, 2.0]))))
        print(kl_divergence(Binomial(10, torch.tensor([0.3])), Binomial(10, torch.tensor([0.5]))))
        """,
        () =>
        {
            print(kl_divergence(Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0])), Normal(torch.tensor([0.5, 0.0]), torch.tensor([1.5, 1.0]))));
            print(kl_divergence(Bernoulli(torch.tensor([0.3, 0.0])), Bernoulli(torch.tensor([0.6, 0.5]))));
            print(kl_divergence(Categorical(torch.tensor([0.2, 0.8])), Categorical(logits: torch.tensor([1.0, 0.0]))));
            print(kl_divergence(OneHotCategorical(torch.tensor([0.2, 0.8])), OneHotCategorical(torch.tensor([0.5, 0.5]))));
            print(kl_divergence(Exponential(torch.tensor([1.0])), Exponential(torch.tensor([2.0]))));
            print(kl_divergence(Laplace(0.0, 1.0), Laplace(1.0, 2.0)));
            print(kl_divergence(Gamma(torch.tensor([2.0]), torch.tensor([1.0])), Gamma(torch.tensor([3.0]), torch.tensor([2.0]))));
            print(kl_divergence(Beta(torch.tensor([2.0]), torch.tensor([3.0])), Beta(torch.tensor([1.0]), torch.tensor([1.0]))));
            print(kl_divergence(Dirichlet(torch.tensor([1.0, 2.0])), Dirichlet(torch.tensor([2.0, 2.0]))));
            print(kl_divergence(Poisson(torch.tensor([1.0])), Poisson(torch.tensor([3.0]))));
            print(kl_divergence(Uniform(torch.tensor([0.0, 0.0]), torch.tensor([1.0, 2.0])), Uniform(torch.tensor([0.0, 0.5]), torch.tensor([2.0, 2.0]))));
            print(kl_divergence(Binomial(10, torch.tensor([0.3])), Binomial(10, torch.tensor([0.5]))));
        });

    [Test]
    public void ConstraintsPrintAndCheckAsPyTorch() => Dialect.Verify(
        """
        from torch.distributions import constraints
        x = torch.tensor([-1.0, 0.0, 0.5, 1.0, float('nan')])
        for c in [constraints.real, constraints.positive, constraints.nonnegative, constraints.unit_interval, constraints.boolean,
                  constraints.nonnegative_integer, constraints.positive_integer, constraints.interval(-1.0, 0.5),
                  constraints.half_open_interval(-1.0, 0.5), constraints.greater_than(0.0), constraints.greater_than_eq(0.5),
                  constraints.less_than(0.5), constraints.integer_interval(0, 1)]:
            print(c, c.check(x), c.is_discrete, c.event_dim)
        print(constraints.simplex, constraints.simplex.check(torch.tensor([[0.5, 0.5], [0.2, 0.9]])), constraints.simplex.event_dim)
        print(constraints.real_vector, constraints.independent(constraints.positive, 1).check(torch.tensor([[1.0, 2.0], [1.0, -1.0]])))
        print(constraints.one_hot.check(torch.tensor([[0.0, 1.0], [1.0, 1.0]])), constraints.lower_cholesky.check(torch.tensor([[1.0, 0.0], [2.0, 3.0]])))
        print(constraints.positive_definite.check(torch.tensor([[2.0, 1.0], [1.0, 2.0]])), constraints.dependent, constraints.is_dependent(constraints.dependent))
        """,
        () =>
        {
            var x = torch.tensor([-1.0, 0.0, 0.5, 1.0, double.NaN]);
            foreach (var c in new[] { constraints.real, constraints.positive, constraints.nonnegative, constraints.unit_interval, constraints.boolean,
                         constraints.nonnegative_integer, constraints.positive_integer, constraints.interval(-1.0, 0.5),
                         constraints.half_open_interval(-1.0, 0.5), constraints.greater_than(0.0), constraints.greater_than_eq(0.5),
                         constraints.less_than(0.5), constraints.integer_interval(0, 1) })
                print(c, c.check(x), c.is_discrete, c.event_dim);
            print(constraints.simplex, constraints.simplex.check(torch.tensor(new[,] { { 0.5, 0.5 }, { 0.2, 0.9 } })), constraints.simplex.event_dim);
            print(constraints.real_vector, constraints.independent(constraints.positive, 1).check(torch.tensor(new[,] { { 1.0, 2.0 }, { 1.0, -1.0 } })));
            print(constraints.one_hot.check(torch.tensor(new[,] { { 0.0, 1.0 }, { 1.0, 1.0 } })), constraints.lower_cholesky.check(torch.tensor(new[,] { { 1.0, 0.0 }, { 2.0, 3.0 } })));
            print(constraints.positive_definite.check(torch.tensor(new[,] { { 2.0, 1.0 }, { 1.0, 2.0 } })), constraints.dependent, constraints.is_dependent(constraints.dependent));
        });
}
