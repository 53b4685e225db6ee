using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The distributions built on transforms beyond the first set (Weibull, Kumaraswamy, HalfCauchy, LogisticNormal, the
/// relaxed ones), the composite transforms, the constraint registries and the KL pairs of transformed distributions, against PyTorch.
/// </summary>
[TestFixture, NonParallelizable]
public class DistributionsRelaxedTests
{
    [Test]
    public void MoreTransformedDistributionsFollowPyTorch() => Dialect.Verify(
        """
        import torch
        from torch.distributions import *
        from torch.distributions import constraints, relaxed_bernoulli, relaxed_categorical
        torch.manual_seed(0)
        c1 = torch.tensor([1.5, 0.7], requires_grad=True)
        c0 = torch.tensor([2.0, 3.0], requires_grad=True)
        v = torch.tensor([0.3, 0.6])
        for m in [Weibull(c1, c0), Kumaraswamy(c1, c0), HalfCauchy(c1)]:
            print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample, m.arg_constraints)
            print(m.sample(), m.sample((2,)))
            print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance)
            e = m.expand((3, 2))
            print(e, e.batch_shape, e.sample().shape, e.log_prob(v))
            x = m.rsample((3,))
            print(x)
            x.sum().backward()
            print(c1.grad, c0.grad)
            c1.grad = None
            c0.grad = None
        h = HalfCauchy(c1)
        print(h.cdf(v), h.icdf(v))
        w = Weibull(1.0, 2.0)
        print(w, w.batch_shape, w.sample(), w.log_prob(torch.tensor(0.5)), w.concentration_reciprocal)
        ln = LogisticNormal(torch.tensor([0.0, 0.5, -0.5]), torch.tensor([1.0, 0.5, 2.0]))
        print(ln, ln.batch_shape, ln.event_shape, ln.support, ln.loc, ln.scale)
        s = ln.sample((2,))
        print(s, ln.log_prob(s), ln.expand((2,)).batch_shape)
        ls = LogisticNormal(0.0, 1.0)
        print(ls.batch_shape, ls.event_shape, ls.sample())
        temp = torch.tensor([0.5], requires_grad=True)
        p = torch.tensor([0.2, 0.7], requires_grad=True)
        for m in [RelaxedBernoulli(temp, probs=p), RelaxedBernoulli(temp, logits=torch.tensor([0.3, -1.0])), relaxed_bernoulli.LogitRelaxedBernoulli(temp, probs=p)]:
            print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample, m.temperature)
            x = m.rsample((3,))
            print(x, m.log_prob(x.detach()), m.sample().shape)
            x.sum().backward()
            print(temp.grad, p.grad)
            temp.grad = None
            p.grad = None
            print(m.probs, m.logits, m.expand((3, 2)).batch_shape)
        probs = torch.tensor([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]], requires_grad=True)
        for m in [RelaxedOneHotCategorical(temp, probs=probs), relaxed_categorical.ExpRelaxedCategorical(temp, logits=torch.tensor([0.3, -1.0, 0.5]))]:
            print(m, m.batch_shape, m.event_shape, m.support, m.temperature)
            x = m.rsample((2,))
            print(x, m.log_prob(x.detach()))
            x.sum().backward()
            print(temp.grad)
            temp.grad = None
            print(m.probs, m.logits, m.expand((4,) + tuple(m.batch_shape)).batch_shape)
        print(probs.grad)
        for f in [lambda: Weibull(torch.tensor([-1.0]), 1.0), lambda: Kumaraswamy(1.0, torch.tensor([0.0])), lambda: HalfCauchy(torch.tensor(-2.0)), lambda: RelaxedBernoulli(temp), lambda: RelaxedBernoulli(temp, probs=torch.tensor([1.5])), lambda: RelaxedOneHotCategorical(temp, probs=torch.tensor([0.2, -0.3])), lambda: Kumaraswamy(2.0, 3.0).log_prob(torch.tensor(1.5)), lambda: Exponential(1.0).log_prob(torch.tensor(-1.0)), lambda: Exponential(torch.tensor(-1.0)), lambda: Pareto(torch.tensor([-1.0]), 1.0), lambda: Gumbel(0.0, torch.tensor([-1.0]))]:
            try:
                f()
            except ValueError as err:
                print(err)
        """,
        () =>
        {
            torch.manual_seed(0);
            var c1 = torch.tensor([1.5, 0.7], requires_grad: true);
            var c0 = torch.tensor([2.0, 3.0], requires_grad: true);
            var v = torch.tensor([0.3, 0.6]);
            TorchInterop.Distributions.Distribution[] all = [Weibull(c1, c0), Kumaraswamy(c1, c0), HalfCauchy(c1)];
            foreach (var m in all)
            {
                print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample, m.arg_constraints);
                print(m.sample(), m.sample([2]));
                print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance);
                var e = m.expand([3, 2]);
                print(e, e.batch_shape, e.sample().shape, e.log_prob(v));
                var x = m.rsample([3]);
                print(x);
                x.sum().backward();
                print(c1.grad, c0.grad);
                c1.grad = null;
                c0.grad = null;
            }
            var h = HalfCauchy(c1);
            print(h.cdf(v), h.icdf(v));
            var w = Weibull(1.0, 2.0);
            print(w, w.batch_shape, w.sample(), w.log_prob(torch.tensor(0.5)), w.concentration_reciprocal);
            var ln = LogisticNormal(torch.tensor([0.0, 0.5, -0.5]), torch.tensor([1.0, 0.5, 2.0]));
            print(ln, ln.batch_shape, ln.event_shape, ln.support, ln.loc, ln.scale);
            var s = ln.sample([2]);
            print(s, ln.log_prob(s), ln.expand([2]).batch_shape);
            var ls = LogisticNormal(0.0, 1.0);
            print(ls.batch_shape, ls.event_shape, ls.sample());
            var temp = torch.tensor([0.5], requires_grad: true);
            var p = torch.tensor([0.2, 0.7], requires_grad: true);
            TorchInterop.Distributions.Distribution[] bernoullis =
                [RelaxedBernoulli(temp, probs: p), RelaxedBernoulli(temp, logits: torch.tensor([0.3, -1.0])), relaxed_bernoulli.LogitRelaxedBernoulli(temp, probs: p)];
            foreach (var m in bernoullis)
            {
                print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample, Temperature(m));
                var x = m.rsample([3]);
                print(x, m.log_prob(x.detach()), m.sample().shape);
                x.sum().backward();
                print(temp.grad, p.grad);
                temp.grad = null;
                p.grad = null;
                print(Probs(m), Logits(m), m.expand([3, 2]).batch_shape);
            }
            var probs = torch.tensor(new[,] { { 0.2, 0.3, 0.5 }, { 0.6, 0.1, 0.3 } }, requires_grad: true);
            TorchInterop.Distributions.Distribution[] categoricals =
                [RelaxedOneHotCategorical(temp, probs: probs), relaxed_categorical.ExpRelaxedCategorical(temp, logits: torch.tensor([0.3, -1.0, 0.5]))];
            foreach (var m in categoricals)
            {
                print(m, m.batch_shape, m.event_shape, m.support, Temperature(m));
                var x = m.rsample([2]);
                print(x, m.log_prob(x.detach()));
                x.sum().backward();
                print(temp.grad);
                temp.grad = null;
                print(Probs(m), Logits(m), m.expand([4, .. m.BatchShape]).batch_shape);
            }
            print(probs.grad);
            Action[] failures =
            [
                () => Weibull(torch.tensor([-1.0]), 1.0), () => Kumaraswamy(1.0, torch.tensor([0.0])), () => HalfCauchy(torch.tensor(-2.0)),
                () => RelaxedBernoulli(temp), () => RelaxedBernoulli(temp, probs: torch.tensor([1.5])),
                () => RelaxedOneHotCategorical(temp, probs: torch.tensor([0.2, -0.3])), () => Kumaraswamy(2.0, 3.0).log_prob(torch.tensor(1.5)),
                () => Exponential(1.0).log_prob(torch.tensor(-1.0)), () => Exponential(torch.tensor(-1.0)),
                () => Pareto(torch.tensor([-1.0]), 1.0), () => Gumbel(0.0, torch.tensor([-1.0])),
            ];
            foreach (var f in failures)
            {
                try { f(); }
                catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            }
        });

    [Test]
    public void CompositeTransformsAndRegistriesFollowPyTorch() => Dialect.Verify(
        """
        import torch
        from torch.distributions import *
        from torch.distributions import constraints
        x = torch.tensor([[0.5, -1.0, 2.0], [0.1, 0.2, -0.3]], requires_grad=True)
        ct = CatTransform([ExpTransform(), identity_transform, AffineTransform(1.0, 2.0)], dim=1, lengths=[1, 1, 1])
        y = ct(x)
        print(ct, ct.domain, ct.codomain, ct.bijective, ct.event_dim, ct.length, y, ct.inv(y), ct.log_abs_det_jacobian(x, y))
        ct0 = CatTransform([ExpTransform(), SigmoidTransform()], dim=0)
        print(ct0(x), ct0.log_abs_det_jacobian(x, ct0(x)), ct0.domain.check(x), ct0.codomain.check(ct0(x)))
        st = StackTransform([ExpTransform(), TanhTransform(), AffineTransform(0.0, 3.0)], dim=1)
        y = st(x)
        print(st, st.domain, st.codomain, st.bijective, y, st.inv(y), st.log_abs_det_jacobian(x, y))
        st.log_abs_det_jacobian(x, y).sum().backward()
        print(x.grad)
        cc = CorrCholeskyTransform()
        v = torch.tensor([[0.3, -0.5, 1.2], [0.1, 0.0, -2.0]], requires_grad=True)
        L = cc(v)
        print(cc, cc.domain, cc.codomain, cc.bijective, L, cc.inv(L), cc.log_abs_det_jacobian(v, L), cc.forward_shape(torch.Size([2, 6])), cc.inverse_shape(torch.Size([5, 4, 4])))
        print(constraints.corr_cholesky.check(L), constraints.corr_cholesky.check(torch.eye(3) * 2))
        cc.log_abs_det_jacobian(v, L).sum().backward()
        print(v.grad)
        print(constraints.positive_semidefinite, constraints.positive_semidefinite.check(torch.tensor([[2.0, 1.0], [1.0, 2.0]])), constraints.positive_semidefinite.check(torch.tensor([[1.0, 2.0], [2.0, 1.0]])))
        cat = constraints.cat([constraints.positive, constraints.real], dim=0, lengths=[2, 1])
        stk = constraints.stack([constraints.positive, constraints.unit_interval], dim=-1)
        z = torch.tensor([[1.0, 0.5], [-1.0, 2.0], [0.3, 0.3]])
        print(cat, cat.event_dim, cat.is_discrete, cat.check(z), stk, stk.event_dim, stk.check(z))
        u = torch.tensor([-1.0, 0.0, 2.5])
        for c in [constraints.real, constraints.positive, constraints.nonnegative, constraints.greater_than(2.0), constraints.greater_than_eq(-1.0), constraints.less_than(3.0), constraints.unit_interval, constraints.interval(-2.0, 5.0), constraints.half_open_interval(0.0, 2.0), constraints.interval(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([1.0, 3.0, 4.0]))]:
            b = biject_to(c)
            t = transform_to(c)
            print(c, b, b(u), b.inv(b(u)), t(u), c.check(b(u)))
        for c in [constraints.real_vector, constraints.simplex, constraints.independent(constraints.positive, 1), cat, constraints.corr_cholesky]:
            print(c, biject_to(c), transform_to(c))
        print(transform_to(constraints.lower_cholesky), transform_to(constraints.simplex)(u), biject_to(constraints.simplex)(u))
        for c in [constraints.boolean, constraints.lower_triangular, constraints.positive_definite]:
            try:
                biject_to(c)
            except NotImplementedError as err:
                print(err)
        try:
            biject_to(constraints.lower_cholesky)
        except NotImplementedError as err:
            print(err)
        for f in [lambda: CorrCholeskyTransform().forward_shape(torch.Size([4])), lambda: CorrCholeskyTransform().inverse_shape(torch.Size([3, 4])), lambda: CorrCholeskyTransform().inverse_shape(torch.Size([3])), lambda: CorrCholeskyTransform()(torch.ones(4))]:
            try:
                f()
            except (ValueError, RuntimeError) as err:
                print(err)
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 0.5, -1.0, 2.0 }, { 0.1, 0.2, -0.3 } }, requires_grad: true);
            var ct = CatTransform([ExpTransform(), identity_transform, AffineTransform(1.0, 2.0)], dim: 1, lengths: [1, 1, 1]);
            var y = ct.Call(x);
            print(ct, ct.domain, ct.codomain, ct.bijective, ct.event_dim, ct.length, y, ct.inv.Call(y), ct.log_abs_det_jacobian(x, y));
            var ct0 = CatTransform([ExpTransform(), SigmoidTransform()], dim: 0);
            print(ct0.Call(x), ct0.log_abs_det_jacobian(x, ct0.Call(x)), ct0.domain.check(x), ct0.codomain.check(ct0.Call(x)));
            var st = StackTransform([ExpTransform(), TanhTransform(), AffineTransform(0.0, 3.0)], dim: 1);
            y = st.Call(x);
            print(st, st.domain, st.codomain, st.bijective, y, st.inv.Call(y), st.log_abs_det_jacobian(x, y));
            st.log_abs_det_jacobian(x, y).sum().backward();
            print(x.grad);
            var cc = CorrCholeskyTransform();
            var v = torch.tensor(new[,] { { 0.3, -0.5, 1.2 }, { 0.1, 0.0, -2.0 } }, requires_grad: true);
            var l = cc.Call(v);
            print(cc, cc.domain, cc.codomain, cc.bijective, l, cc.inv.Call(l), cc.log_abs_det_jacobian(v, l), cc.forward_shape([2, 6]), cc.inverse_shape([5, 4, 4]));
            print(constraints.corr_cholesky.check(l), constraints.corr_cholesky.check(torch.eye(3) * 2));
            cc.log_abs_det_jacobian(v, l).sum().backward();
            print(v.grad);
            print(constraints.positive_semidefinite, constraints.positive_semidefinite.check(torch.tensor(new[,] { { 2.0, 1.0 }, { 1.0, 2.0 } })),
                constraints.positive_semidefinite.check(torch.tensor(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } })));
            var cat = constraints.cat([constraints.positive, constraints.real], dim: 0, lengths: [2, 1]);
            var stk = constraints.stack([constraints.positive, constraints.unit_interval], dim: -1);
            var z = torch.tensor(new[,] { { 1.0, 0.5 }, { -1.0, 2.0 }, { 0.3, 0.3 } });
            print(cat, cat.event_dim, cat.is_discrete, cat.check(z), stk, stk.event_dim, stk.check(z));
            var u = torch.tensor([-1.0, 0.0, 2.5]);
            TorchInterop.Distributions.Constraint[] scalars =
            [
                constraints.real, constraints.positive, constraints.nonnegative, constraints.greater_than(2.0), constraints.greater_than_eq(-1.0),
                constraints.less_than(3.0), constraints.unit_interval, constraints.interval(-2.0, 5.0), constraints.half_open_interval(0.0, 2.0),
                constraints.interval(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([1.0, 3.0, 4.0])),
            ];
            foreach (var c in scalars)
            {
                var b = biject_to.Call(c);
                var t = transform_to.Call(c);
                print(c, b, b.Call(u), b.inv.Call(b.Call(u)), t.Call(u), c.check(b.Call(u)));
            }
            foreach (var c in new[] { constraints.real_vector, constraints.simplex, constraints.independent(constraints.positive, 1), cat, constraints.corr_cholesky })
                print(c, biject_to.Call(c), transform_to.Call(c));
            print(transform_to.Call(constraints.lower_cholesky), transform_to.Call(constraints.simplex).Call(u), biject_to.Call(constraints.simplex).Call(u));
            foreach (var c in new[] { constraints.boolean, constraints.lower_triangular, constraints.positive_definite })
            {
                try { biject_to.Call(c); }
                catch (TorchException err) when (err.Kind == TorchErrorKind.NotImplementedError) { print(err.Message); }
            }
            try { biject_to.Call(constraints.lower_cholesky); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.NotImplementedError) { print(err.Message); }
            Action[] failures =
            [
                () => CorrCholeskyTransform().forward_shape([4]), () => CorrCholeskyTransform().inverse_shape([3, 4]),
                () => CorrCholeskyTransform().inverse_shape([3]), () => CorrCholeskyTransform().Call(torch.ones(4)),
            ];
            foreach (var f in failures)
            {
                try { f(); }
                catch (TorchException err) when (err.Kind is TorchErrorKind.ValueError or TorchErrorKind.RuntimeError) { print(err.Message); }
            }
        });

    [Test]
    public void KlDivergenceOfTransformedDistributionsFollowsPyTorch() => Dialect.Verify(
        """
        import torch
        from torch.distributions import *
        a = torch.tensor([0.5, 1.5])
        b = torch.tensor([2.0, 0.7])
        pairs = [(LogNormal(a, b), LogNormal(b, a)), (HalfNormal(a), HalfNormal(b)), (Cauchy(a, b), Cauchy(b, a)), (Gumbel(a, b), Gumbel(b, a)), (Pareto(a, b), Pareto(b, torch.tensor([3.0, 2.5]))),
                 (HalfCauchy(a), HalfCauchy(b)), (Weibull(a, b), Weibull(a, b)), (Kumaraswamy(a, b), Kumaraswamy(a, b)), (Chi2(a), Chi2(b)), (Chi2(a), Gamma(b, a)),
                 (Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1), Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)),
                 (TransformedDistribution(Normal(a, b), [ExpTransform()]), TransformedDistribution(Normal(b, a), [ExpTransform()])),
                 (Beta(a, b), Pareto(a, b)), (Exponential(a), Pareto(a, b)), (Exponential(a), Gumbel(a, b)), (Gamma(a, b), Pareto(a, b)), (Gamma(a, b), Gumbel(b, a)),
                 (Gumbel(a, b), Beta(a, b)), (Gumbel(a, b), Exponential(a)), (Gumbel(a, b), Gamma(a, b)), (Gumbel(a, b), Pareto(a, b)), (Gumbel(a, b), Uniform(a, a + 1)), (Gumbel(a, b), Normal(b, a)),
                 (Laplace(a, b), Pareto(a, b)), (Normal(a, b), Pareto(a, b)), (Normal(a, b), Gumbel(b, a)),
                 (Pareto(a, b), Beta(a, b)), (Pareto(a, b), Uniform(a, a + 1)), (Pareto(a, torch.tensor([0.5, 3.0])), Exponential(b)), (Pareto(a, torch.tensor([0.5, 3.0])), Gamma(a, b)), (Pareto(a, torch.tensor([1.5, 3.0])), Normal(b, a)),
                 (Uniform(a, a + 1), Gumbel(b, a)), (Uniform(a, a + 1), Pareto(torch.tensor([0.4, 2.0]), b))]
        for p, q in pairs:
            print(type(p).__name__, type(q).__name__, kl_divergence(p, q))
        loc = torch.tensor([0.5, -1.0], requires_grad=True)
        k = kl_divergence(Gumbel(loc, b), Normal(a, b)) + kl_divergence(LogNormal(loc, b), LogNormal(a, b))
        k.sum().backward()
        print(loc.grad)
        for p, q in [(Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1), Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 2)), (LogNormal(a, b), TransformedDistribution(Normal(a, b), [AffineTransform(0.0, 2.0)])), (Weibull(a, b), Weibull(b, a))]:
            try:
                kl_divergence(p, q)
            except NotImplementedError as err:
                print('NotImplementedError', err)
        """,
        () =>
        {
            var a = torch.tensor([0.5, 1.5]);
            var b = torch.tensor([2.0, 0.7]);
            (TorchInterop.Distributions.Distribution P, TorchInterop.Distributions.Distribution Q)[] pairs =
            [
                (LogNormal(a, b), LogNormal(b, a)), (HalfNormal(a), HalfNormal(b)), (Cauchy(a, b), Cauchy(b, a)), (Gumbel(a, b), Gumbel(b, a)),
                (Pareto(a, b), Pareto(b, torch.tensor([3.0, 2.5]))), (HalfCauchy(a), HalfCauchy(b)), (Weibull(a, b), Weibull(a, b)), (Kumaraswamy(a, b), Kumaraswamy(a, b)),
                (Chi2(a), Chi2(b)), (Chi2(a), Gamma(b, a)),
                (Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1), Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)),
                (TransformedDistribution(Normal(a, b), [ExpTransform()]), TransformedDistribution(Normal(b, a), [ExpTransform()])),
                (Beta(a, b), Pareto(a, b)), (Exponential(a), Pareto(a, b)), (Exponential(a), Gumbel(a, b)), (Gamma(a, b), Pareto(a, b)), (Gamma(a, b), Gumbel(b, a)),
                (Gumbel(a, b), Beta(a, b)), (Gumbel(a, b), Exponential(a)), (Gumbel(a, b), Gamma(a, b)), (Gumbel(a, b), Pareto(a, b)), (Gumbel(a, b), Uniform(a, a + 1)),
                (Gumbel(a, b), Normal(b, a)), (Laplace(a, b), Pareto(a, b)), (Normal(a, b), Pareto(a, b)), (Normal(a, b), Gumbel(b, a)),
                (Pareto(a, b), Beta(a, b)), (Pareto(a, b), Uniform(a, a + 1)), (Pareto(a, torch.tensor([0.5, 3.0])), Exponential(b)),
                (Pareto(a, torch.tensor([0.5, 3.0])), Gamma(a, b)), (Pareto(a, torch.tensor([1.5, 3.0])), Normal(b, a)),
                (Uniform(a, a + 1), Gumbel(b, a)), (Uniform(a, a + 1), Pareto(torch.tensor([0.4, 2.0]), b)),
            ];
            foreach (var (p, q) in pairs) print(p.GetType().Name, q.GetType().Name, kl_divergence(p, q));
            var loc = torch.tensor([0.5, -1.0], requires_grad: true);
            var k = kl_divergence(Gumbel(loc, b), Normal(a, b)) + kl_divergence(LogNormal(loc, b), LogNormal(a, b));
            k.sum().backward();
            print(loc.grad);
            (TorchInterop.Distributions.Distribution P, TorchInterop.Distributions.Distribution Q)[] unsupported =
            [
                (Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1), Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 2)),
                (LogNormal(a, b), TransformedDistribution(Normal(a, b), [AffineTransform(0.0, 2.0)])), (Weibull(a, b), Weibull(b, a)),
            ];
            foreach (var (p, q) in unsupported)
            {
                try { kl_divergence(p, q); }
                catch (TorchException err) when (err.Kind == TorchErrorKind.NotImplementedError) { print("NotImplementedError", err.Message); }
            }
        });

    private static Tensor Temperature(TorchInterop.Distributions.Distribution m) => m switch
    {
        TorchInterop.Distributions.RelaxedBernoulli r => r.temperature,
        TorchInterop.Distributions.LogitRelaxedBernoulli r => r.temperature,
        TorchInterop.Distributions.RelaxedOneHotCategorical r => r.temperature,
        TorchInterop.Distributions.ExpRelaxedCategorical r => r.temperature,
        _ => throw new ArgumentException("not relaxed", nameof(m)),
    };

    private static Tensor Probs(TorchInterop.Distributions.Distribution m) => m switch
    {
        TorchInterop.Distributions.RelaxedBernoulli r => r.probs,
        TorchInterop.Distributions.LogitRelaxedBernoulli r => r.probs,
        TorchInterop.Distributions.RelaxedOneHotCategorical r => r.probs,
        TorchInterop.Distributions.ExpRelaxedCategorical r => r.probs,
        _ => throw new ArgumentException("not relaxed", nameof(m)),
    };

    private static Tensor Logits(TorchInterop.Distributions.Distribution m) => m switch
    {
        TorchInterop.Distributions.RelaxedBernoulli r => r.logits,
        TorchInterop.Distributions.LogitRelaxedBernoulli r => r.logits,
        TorchInterop.Distributions.RelaxedOneHotCategorical r => r.logits,
        TorchInterop.Distributions.ExpRelaxedCategorical r => r.logits,
        _ => throw new ArgumentException("not relaxed", nameof(m)),
    };
}
