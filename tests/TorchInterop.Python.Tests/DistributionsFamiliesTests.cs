using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;
using static TorchInterop.Python.Tests.DistributionsMultivariateTests;

namespace TorchInterop.Python.Tests;

/// <summary>
/// StudentT, FisherSnedecor, Geometric, NegativeBinomial, Multinomial, ContinuousBernoulli, VonMises and
/// MixtureSameFamily against PyTorch: samples from the same seed, densities, moments, gradients, reprs and messages.
/// </summary>
[TestFixture, NonParallelizable]
public class DistributionsFamiliesTests
{
    [Test]
    public void RemainingFamiliesFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import StudentT, FisherSnedecor, Geometric, NegativeBinomial, Multinomial, ContinuousBernoulli, VonMises, MixtureSameFamily, Categorical, Normal, MultivariateNormal, kl_divergence
        torch.manual_seed(5)
        df = torch.tensor([0.5, 1.5, 3.0, 6.0], requires_grad=True)
        s = StudentT(df, torch.tensor(1.0), 2.0)
        print(s, s.batch_shape, s.support, s.arg_constraints['df'], s.mean, s.mode, s.variance)
        z = s.rsample((2,))
        print(z, s.sample())
        z.sum().backward()
        print(df.grad)
        print(s.log_prob(torch.tensor([0.0, 1.0, 2.0, 3.0])), s.entropy(), s.expand((2, 4)).batch_shape, StudentT(3.0), StudentT(3.0).sample())
        f = FisherSnedecor(torch.tensor([1.0, 3.0, 5.0]), torch.tensor([2.0, 5.0, 10.0]))
        print(f, f.support, f.mean, f.mode, f.variance, f.rsample((2,)), f.log_prob(torch.tensor([0.5, 1.0, 2.0])), FisherSnedecor(2.0, 3.0).batch_shape)
        print(f.expand((2, 3)).sample().shape)
        g = Geometric(torch.tensor([0.2, 0.5, 1.0]))
        print(g, g.support, g.sample(), g.sample((2,)), g.log_prob(torch.tensor([0.0, 2.0, 0.0])), g.entropy(), g.mean, g.mode, g.variance, g.logits)
        gl = Geometric(logits=torch.tensor([0.0, -1.0]))
        print(gl, gl.probs, gl.sample(), Geometric(0.3), kl_divergence(gl, Geometric(torch.tensor([0.3, 0.6]))))
        for mk in [lambda: Geometric(torch.tensor([0.0, 0.5])), lambda: Geometric(torch.tensor([1.5])), lambda: Geometric(), lambda: g.log_prob(torch.tensor([0.5, 1.0, 0.0]))]:
            try:
                mk()
            except ValueError as err:
                print(err)
        n = NegativeBinomial(torch.tensor([3.0, 5.0]), torch.tensor([0.3, 0.8]))
        print(n, n.support, n.sample(), n.sample((2,)), n.log_prob(torch.tensor([0.0, 4.0])), n.mean, n.mode, n.variance, n.param_shape, n.logits)
        nl = NegativeBinomial(0.0, logits=torch.tensor([0.5, -0.5]))
        print(nl, nl.log_prob(torch.tensor([0.0, 1.0])), nl.expand((2, 2)).batch_shape)
        try:
            NegativeBinomial(2.0, torch.tensor([1.0]))
        except ValueError as err:
            print(err)
        mu = Multinomial(5, torch.tensor([[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]]))
        print(mu, mu.batch_shape, mu.event_shape, mu.support, mu.sample(), mu.sample((2,)), mu.mean, mu.variance, mu.param_shape)
        print(mu.log_prob(torch.tensor([[1.0, 1.0, 3.0], [0.0, 0.0, 5.0]])), mu.entropy(), mu.expand((3, 2)).batch_shape, Multinomial(logits=torch.tensor([0.0, 1.0])).sample((3,)))
        try:
            mu.log_prob(torch.tensor([[1.0, 1.0, 4.0], [0.0, 0.0, 5.0]]))
        except ValueError as err:
            print(err)
        p = torch.tensor([0.2, 0.4999, 0.7], requires_grad=True)
        c = ContinuousBernoulli(p)
        print(c, c.support, c.mean, c.variance, c.stddev, c.entropy(), c.param_shape)
        w = c.rsample((2,))
        print(w, c.sample())
        w.sum().backward()
        print(p.grad)
        v = torch.tensor([0.1, 0.5, 0.9])
        print(c.log_prob(v), c.cdf(v), c.icdf(v), ContinuousBernoulli(logits=torch.tensor([0.0, 2.0])), ContinuousBernoulli(0.3).batch_shape)
        print(kl_divergence(c, ContinuousBernoulli(torch.tensor([0.6, 0.3, 0.5]))), c.expand((2, 3)).batch_shape)
        for mk in [lambda: ContinuousBernoulli(torch.tensor([1.5]), validate_args=False), lambda: ContinuousBernoulli(torch.tensor([1.5])), lambda: ContinuousBernoulli()]:
            try:
                print(mk())
            except ValueError as err:
                print(err)
        vm = VonMises(torch.tensor([0.0, 1.0]), torch.tensor([0.5, 4.0]))
        print(vm, vm.support, vm.sample(), vm.sample((3,)), vm.log_prob(torch.tensor([0.2, 0.8])), vm.mean, vm.mode, vm.variance, vm.has_rsample)
        ve = vm.expand((2, 2))
        print(ve, ve.sample().shape, VonMises(0.5, 1.0).sample((2,)))
        try:
            VonMises(0.0, -1.0)
        except ValueError as err:
            print(err)
        mix = MixtureSameFamily(Categorical(torch.tensor([0.3, 0.7])), Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0])))
        print(mix, mix.batch_shape, mix.event_shape, mix.support, mix.sample(), mix.sample((3,)), mix.log_prob(torch.tensor([0.0, 1.0])), mix.cdf(torch.tensor(0.5)), mix.mean, mix.variance)
        mm = MixtureSameFamily(Categorical(torch.ones(2, 3)), MultivariateNormal(torch.randn(2, 3, 2), torch.eye(2)))
        print(mm, mm.batch_shape, mm.event_shape, mm.sample((2,)), mm.log_prob(torch.zeros(2)), mm.mean, mm.variance, mm.expand((4, 2)).batch_shape)
        for mk in [lambda: MixtureSameFamily(Normal(0.0, 1.0), Normal(0.0, 1.0)), lambda: MixtureSameFamily(Categorical(torch.ones(3)), Normal(torch.zeros(2), 1.0)),
                   lambda: MixtureSameFamily(Categorical(torch.ones(2, 2)), Normal(torch.zeros(3, 2), 1.0))]:
            try:
                mk()
            except ValueError as err:
                print(err)
        """,
        () =>
        {
            torch.manual_seed(5);
            var df = torch.tensor([0.5, 1.5, 3.0, 6.0], requires_grad: true);
            var s = StudentT(df, torch.tensor(1.0), 2.0);
            print(s, s.batch_shape, s.support, s.arg_constraints["df"], s.mean, s.mode, s.variance);
            var z = s.rsample([2]);
            print(z, s.sample());
            z.sum().backward();
            print(df.grad);
            print(s.log_prob(torch.tensor([0.0, 1.0, 2.0, 3.0])), s.entropy(), s.expand([2, 4]).batch_shape, StudentT(3.0), StudentT(3.0).sample());
            var f = FisherSnedecor(torch.tensor([1.0, 3.0, 5.0]), torch.tensor([2.0, 5.0, 10.0]));
            print(f, f.support, f.mean, f.mode, f.variance, f.rsample([2]), f.log_prob(torch.tensor([0.5, 1.0, 2.0])), FisherSnedecor(2.0, 3.0).batch_shape);
            print(f.expand([2, 3]).sample().shape);
            var g = Geometric(torch.tensor([0.2, 0.5, 1.0]));
            print(g, g.support, g.sample(), g.sample([2]), g.log_prob(torch.tensor([0.0, 2.0, 0.0])), g.entropy(), g.mean, g.mode, g.variance, g.logits);
            var gl = Geometric(logits: torch.tensor([0.0, -1.0]));
            print(gl, gl.probs, gl.sample(), Geometric(0.3), kl_divergence(gl, Geometric(torch.tensor([0.3, 0.6]))));
            PrintValueError(() => Geometric(torch.tensor([0.0, 0.5])));
            PrintValueError(() => Geometric(torch.tensor([1.5])));
            PrintValueError(() => Geometric());
            PrintValueError(() => g.log_prob(torch.tensor([0.5, 1.0, 0.0])));
            var n = NegativeBinomial(torch.tensor([3.0, 5.0]), torch.tensor([0.3, 0.8]));
            print(n, n.support, n.sample(), n.sample([2]), n.log_prob(torch.tensor([0.0, 4.0])), n.mean, n.mode, n.variance, n.param_shape, n.logits);
            var nl = NegativeBinomial(0.0, logits: torch.tensor([0.5, -0.5]));
            print(nl, nl.log_prob(torch.tensor([0.0, 1.0])), nl.expand([2, 2]).batch_shape);
            PrintValueError(() => NegativeBinomial(2.0, torch.tensor([1.0])));
            var mu = Multinomial(5, torch.tensor(new[,] { { 0.2, 0.3, 0.5 }, { 0.1, 0.1, 0.8 } }));
            print(mu, mu.batch_shape, mu.event_shape, mu.support, mu.sample(), mu.sample([2]), mu.mean, mu.variance, mu.param_shape);
            print(mu.log_prob(torch.tensor(new[,] { { 1.0, 1.0, 3.0 }, { 0.0, 0.0, 5.0 } })), mu.entropy(), mu.expand([3, 2]).batch_shape,
                Multinomial(logits: torch.tensor([0.0, 1.0])).sample([3]));
            PrintValueError(() => mu.log_prob(torch.tensor(new[,] { { 1.0, 1.0, 4.0 }, { 0.0, 0.0, 5.0 } })));
            var p = torch.tensor([0.2, 0.4999, 0.7], requires_grad: true);
            var c = ContinuousBernoulli(p);
            print(c, c.support, c.mean, c.variance, c.stddev, c.entropy(), c.param_shape);
            var w = c.rsample([2]);
            print(w, c.sample());
            w.sum().backward();
            print(p.grad);
            var v = torch.tensor([0.1, 0.5, 0.9]);
            print(c.log_prob(v), c.cdf(v), c.icdf(v), ContinuousBernoulli(logits: torch.tensor([0.0, 2.0])), ContinuousBernoulli(0.3).batch_shape);
            print(kl_divergence(c, ContinuousBernoulli(torch.tensor([0.6, 0.3, 0.5]))), c.expand([2, 3]).batch_shape);
            PrintValueError(() => print(ContinuousBernoulli(torch.tensor([1.5]), validate_args: false)));
            PrintValueError(() => print(ContinuousBernoulli(torch.tensor([1.5]))));
            PrintValueError(() => print(ContinuousBernoulli()));
            var vm = VonMises(torch.tensor([0.0, 1.0]), torch.tensor([0.5, 4.0]));
            print(vm, vm.support, vm.sample(), vm.sample([3]), vm.log_prob(torch.tensor([0.2, 0.8])), vm.mean, vm.mode, vm.variance, vm.has_rsample);
            var ve = vm.expand([2, 2]);
            print(ve, ve.sample().shape, VonMises(0.5, 1.0).sample([2]));
            PrintValueError(() => VonMises(0.0, -1.0));
            var mix = MixtureSameFamily(Categorical(torch.tensor([0.3, 0.7])), Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0])));
            print(mix, mix.batch_shape, mix.event_shape, mix.support, mix.sample(), mix.sample([3]), mix.log_prob(torch.tensor([0.0, 1.0])),
                mix.cdf(torch.tensor(0.5)), mix.mean, mix.variance);
            var mm = MixtureSameFamily(Categorical(torch.ones(2, 3)), MultivariateNormal(torch.randn(2, 3, 2), torch.eye(2)));
            print(mm, mm.batch_shape, mm.event_shape, mm.sample([2]), mm.log_prob(torch.zeros(2)), mm.mean, mm.variance, mm.expand([4, 2]).batch_shape);
            PrintValueError(() => MixtureSameFamily(Normal(0.0, 1.0), Normal(0.0, 1.0)));
            PrintValueError(() => MixtureSameFamily(Categorical(torch.ones(3)), Normal(torch.zeros(2), 1.0)));
            PrintValueError(() => MixtureSameFamily(Categorical(torch.ones(2, 2)), Normal(torch.zeros(3, 2), 1.0)));
        });

    [Test]
    public void LKJCholeskyFollowsPyTorch() => Dialect.Verify(
        """
        from torch.distributions import LKJCholesky, constraints
        torch.manual_seed(7)
        l = LKJCholesky(3, torch.tensor([0.5, 2.0]))
        print(l, l.batch_shape, l.event_shape, l.support, l.arg_constraints['concentration'])
        s = l.sample()
        print(s, l.sample((2,)).shape, l.log_prob(s), l.support.check(s))
        u = LKJCholesky(2)
        print(u, u.batch_shape, u.sample(), u.log_prob(torch.eye(2)), u.expand((2,)).batch_shape, u.expand((2,)).sample().shape)
        print(constraints.corr_cholesky, constraints.corr_cholesky.event_dim, constraints.corr_cholesky.check(torch.tensor([[1.0, 0.0], [0.6, 0.8]])), constraints.corr_cholesky.check(torch.eye(2) * 2))
        print(constraints.positive_semidefinite, constraints.positive_semidefinite.check(torch.tensor([[1.0, 1.0], [1.0, 1.0]])), constraints.positive_semidefinite.check(torch.tensor([[1.0, 2.0], [2.0, 1.0]])))
        try:
            LKJCholesky(1)
        except ValueError as err:
            print(err)
        try:
            l.log_prob(torch.eye(3) * 2)
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(7);
            var l = LKJCholesky(3, torch.tensor([0.5, 2.0]));
            print(l, l.batch_shape, l.event_shape, l.support, l.arg_constraints["concentration"]);
            var s = l.sample();
            print(s, l.sample([2]).shape, l.log_prob(s), l.support.check(s));
            var u = LKJCholesky(2);
            print(u, u.batch_shape, u.sample(), u.log_prob(torch.eye(2)), u.expand([2]).batch_shape, u.expand([2]).sample().shape);
            print(constraints.corr_cholesky, constraints.corr_cholesky.event_dim, constraints.corr_cholesky.check(torch.tensor(new[,] { { 1.0, 0.0 }, { 0.6, 0.8 } })),
                constraints.corr_cholesky.check(torch.eye(2) * 2));
            print(constraints.positive_semidefinite, constraints.positive_semidefinite.check(torch.tensor(new[,] { { 1.0, 1.0 }, { 1.0, 1.0 } })),
                constraints.positive_semidefinite.check(torch.tensor(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } })));
            PrintValueError(() => LKJCholesky(1));
            PrintValueError(() => l.log_prob(torch.eye(3) * 2));
        });

#if LIBTORCH_2
    [Test]
    public void GeneralizedParetoFollowsPyTorch() => Dialect.Verify(
        """
        from torch.distributions import GeneralizedPareto
        torch.manual_seed(6)
        loc = torch.tensor([0.0, 1.0, -1.0], requires_grad=True)
        scale = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
        conc = torch.tensor([0.0, 0.3, -0.4], requires_grad=True)
        g = GeneralizedPareto(loc, scale, conc)
        print(g, g.batch_shape, g.support, g.arg_constraints['scale'], g.mean, g.mode, g.variance, g.entropy())
        x = g.rsample((2,))
        print(x, g.sample())
        x.sum().backward()
        print(loc.grad, scale.grad, conc.grad)
        v = torch.tensor([0.5, 2.0, -0.5])
        print(g.log_prob(v), g.cdf(v), g.icdf(torch.tensor([0.1, 0.5, 0.9])), g.log_cdf(v), g.log_survival_function(v))
        print(GeneralizedPareto(0.0, 1.0, 0.5), GeneralizedPareto(0.0, 1.0, 0.5).batch_shape, g.expand((2, 3)).batch_shape)
        try:
            GeneralizedPareto(0.0, -1.0, 0.5)
        except ValueError as err:
            print(err)
        try:
            g.log_prob(torch.tensor([-1.0, 2.0, 0.0]))
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(6);
            var loc = torch.tensor([0.0, 1.0, -1.0], requires_grad: true);
            var scale = torch.tensor([1.0, 2.0, 0.5], requires_grad: true);
            var conc = torch.tensor([0.0, 0.3, -0.4], requires_grad: true);
            var g = GeneralizedPareto(loc, scale, conc);
            print(g, g.batch_shape, g.support, g.arg_constraints["scale"], g.mean, g.mode, g.variance, g.entropy());
            var x = g.rsample([2]);
            print(x, g.sample());
            x.sum().backward();
            print(loc.grad, scale.grad, conc.grad);
            var v = torch.tensor([0.5, 2.0, -0.5]);
            print(g.log_prob(v), g.cdf(v), g.icdf(torch.tensor([0.1, 0.5, 0.9])), g.log_cdf(v), g.log_survival_function(v));
            print(GeneralizedPareto(0.0, 1.0, 0.5), GeneralizedPareto(0.0, 1.0, 0.5).batch_shape, g.expand([2, 3]).batch_shape);
            PrintValueError(() => GeneralizedPareto(0.0, -1.0, 0.5));
            PrintValueError(() => g.log_prob(torch.tensor([-1.0, 2.0, 0.0])));
        });
#endif
}
