using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>torch.distributions.transforms and the distributions built on them, against PyTorch: values, gradients, reprs, shapes and messages.</summary>
[TestFixture, NonParallelizable]
public class DistributionsTransformsTests
{
    [Test]
    public void TransformsFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import transforms as T
        from torch.distributions import ExpTransform, AffineTransform, ComposeTransform, identity_transform
        x = torch.tensor([[0.5, -1.0, 2.0], [0.1, 0.2, -0.3]], requires_grad=True)
        ts = [T.ExpTransform(), T.SigmoidTransform(), T.SoftplusTransform(), T.TanhTransform(), T.AffineTransform(1.0, -2.0), T.AffineTransform(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.5, -1.0, 2.0]), event_dim=1)]
        for t in ts:
            y = t(x)
            print(t, t.domain, t.codomain, t.bijective, t.sign, t.event_dim)
            print(y, t.inv(y), t.log_abs_det_jacobian(x, y))
            print(t.inv, t.inv.inv is t, t.inv.domain, t.forward_shape(torch.Size([2, 3])), t.inv.log_abs_det_jacobian(y, x))
        p = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
        pt = T.PowerTransform(2.0)
        print(pt, pt.exponent, pt(p), pt.inv(pt(p)), pt.log_abs_det_jacobian(p, pt(p)), pt == T.PowerTransform(2.0), pt == T.PowerTransform(3.0))
        sb = T.StickBreakingTransform()
        s = sb(x)
        print(sb, sb.domain, sb.codomain, s, sb.inv(s), sb.log_abs_det_jacobian(x, s), sb.forward_shape(torch.Size([2, 3])), sb.inverse_shape(torch.Size([2, 4])))
        sm = T.SoftmaxTransform()
        print(sm, sm(x), sm.inv(sm(x)), sm.bijective)
        m = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
        lc = T.LowerCholeskyTransform()
        print(lc, lc.domain, lc.codomain, lc(m), lc.inv(lc(m)))
        r = T.ReshapeTransform((2, 3), (3, 2))
        print(r, r.domain, r.codomain, r(x), r.inv(r(x)).shape, r.log_abs_det_jacobian(x, r(x)), r.forward_shape(torch.Size([4, 2, 3])))
        c = ComposeTransform([T.AffineTransform(0.0, 2.0), ExpTransform(), T.PowerTransform(0.5)])
        y = c(x)
        print(c, c.domain, c.codomain, c.bijective, c.sign, y, c.inv(y))
        print(c.inv, c.inv.inv is c)
        ld = c.log_abs_det_jacobian(x, y)
        print(ld)
        ld.sum().backward()
        print(x.grad)
        it = T.IndependentTransform(ExpTransform(), 1)
        print(it, it.domain, it.codomain, it(x), it.log_abs_det_jacobian(x, it(x)), it.event_dim)
        a = T.AbsTransform()
        print(a, a(x), a.inv(x), a.bijective, identity_transform, identity_transform(x), identity_transform.domain)
        print(ExpTransform() == ExpTransform(), ExpTransform() == T.SigmoidTransform(), T.AffineTransform(1.0, 2.0) == T.AffineTransform(1.0, 2.0), T.AffineTransform(1.0, 2.0) == T.AffineTransform(1.0, 3.0))
        print(ExpTransform().inv == ExpTransform().inv, c.inv == c.inv)
        e1 = ExpTransform(cache_size=1)
        z = e1(x)
        print(e1(x) is z, e1.inv(z) is x, e1.with_cache(0), e1.with_cache(1) is e1)
        try:
            ExpTransform(cache_size=2)
        except ValueError as err:
            print(err)
        try:
            T.ReshapeTransform((2, 3), (4,))
        except ValueError as err:
            print(err)
        try:
            r.forward_shape(torch.Size([2, 2]))
        except ValueError as err:
            print(err)
        try:
            T.AbsTransform().sign
        except NotImplementedError as err:
            print('NotImplementedError', err)
        try:
            T.StickBreakingTransform().event_dim
            T.ReshapeTransform((6,), (2, 3)).event_dim
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 0.5, -1.0, 2.0 }, { 0.1, 0.2, -0.3 } }, requires_grad: true);
            TorchInterop.Distributions.Transform[] ts = [transforms.ExpTransform(), transforms.SigmoidTransform(), transforms.SoftplusTransform(), transforms.TanhTransform(),
                transforms.AffineTransform(1.0, -2.0), transforms.AffineTransform(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.5, -1.0, 2.0]), event_dim: 1)];
            foreach (var t in ts)
            {
                var y = t.Call(x);
                print(t, t.domain, t.codomain, t.bijective, t.sign, t.event_dim);
                print(y, t.inv.Call(y), t.log_abs_det_jacobian(x, y));
                print(t.inv, ReferenceEquals(t.inv.inv, t), t.inv.domain, t.forward_shape([2, 3]), t.inv.log_abs_det_jacobian(y, x));
            }
            var p = torch.tensor([0.5, 1.5, 2.0], requires_grad: true);
            var pt = transforms.PowerTransform(2.0);
            print(pt, pt.exponent, pt.Call(p), pt.inv.Call(pt.Call(p)), pt.log_abs_det_jacobian(p, pt.Call(p)), pt == transforms.PowerTransform(2.0), pt == transforms.PowerTransform(3.0));
            var sb = transforms.StickBreakingTransform();
            var s = sb.Call(x);
            print(sb, sb.domain, sb.codomain, s, sb.inv.Call(s), sb.log_abs_det_jacobian(x, s), sb.forward_shape([2, 3]), sb.inverse_shape([2, 4]));
            var sm = transforms.SoftmaxTransform();
            print(sm, sm.Call(x), sm.inv.Call(sm.Call(x)), sm.bijective);
            var m = torch.tensor(new[,] { { 1.0, 2.0 }, { 3.0, -1.0 } });
            var lc = transforms.LowerCholeskyTransform();
            print(lc, lc.domain, lc.codomain, lc.Call(m), lc.inv.Call(lc.Call(m)));
            var r = transforms.ReshapeTransform([2, 3], [3, 2]);
            print(r, r.domain, r.codomain, r.Call(x), r.inv.Call(r.Call(x)).shape, r.log_abs_det_jacobian(x, r.Call(x)), r.forward_shape([4, 2, 3]));
            var c = ComposeTransform([transforms.AffineTransform(0.0, 2.0), ExpTransform(), transforms.PowerTransform(0.5)]);
            var yc = c.Call(x);
            print(c, c.domain, c.codomain, c.bijective, c.sign, yc, c.inv.Call(yc));
            print(c.inv, ReferenceEquals(c.inv.inv, c));
            var ld = c.log_abs_det_jacobian(x, yc);
            print(ld);
            ld.sum().backward();
            print(x.grad);
            var it = transforms.IndependentTransform(ExpTransform(), 1);
            print(it, it.domain, it.codomain, it.Call(x), it.log_abs_det_jacobian(x, it.Call(x)), it.event_dim);
            var a = transforms.AbsTransform();
            print(a, a.Call(x), a.inv.Call(x), a.bijective, identity_transform, identity_transform.Call(x), identity_transform.domain);
            print(ExpTransform() == ExpTransform(), ExpTransform() == transforms.SigmoidTransform(), AffineTransform(1.0, 2.0) == AffineTransform(1.0, 2.0),
                AffineTransform(1.0, 2.0) == AffineTransform(1.0, 3.0));
            print(ExpTransform().inv == ExpTransform().inv, c.inv == c.inv);
            var e1 = ExpTransform(cache_size: 1);
            var z = e1.Call(x);
            print(ReferenceEquals(e1.Call(x), z), ReferenceEquals(e1.inv.Call(z), x), e1.with_cache(0), ReferenceEquals(e1.with_cache(1), e1));
            try { ExpTransform(cache_size: 2); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { transforms.ReshapeTransform([2, 3], [4]); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { r.forward_shape([2, 2]); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { _ = transforms.AbsTransform().sign; }
            catch (TorchException err) when (err.Kind == TorchErrorKind.NotImplementedError) { print("NotImplementedError", err.Message); }
            try { _ = transforms.StickBreakingTransform().event_dim; _ = transforms.ReshapeTransform([6], [2, 3]).event_dim; }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
        });

    [Test]
    public void TransformedDistributionsFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import LogNormal, HalfNormal, Cauchy, Gumbel, Pareto, Chi2, Independent, Normal, TransformedDistribution, ExpTransform, AffineTransform
        torch.manual_seed(0)
        loc = torch.tensor([0.5, -1.0], requires_grad=True)
        scale = torch.tensor([1.0, 2.0], requires_grad=True)
        v = torch.tensor([0.7, 1.5])
        for m in [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale), Gumbel(loc, scale), Pareto(scale, torch.tensor([3.0, 2.5])), Chi2(torch.tensor([3.0, 4.0]))]:
            print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample)
            print(m.sample(), m.sample((2,)))
            print(m.log_prob(torch.tensor([1.5, 2.5])), m.entropy(), m.mean, m.mode, m.variance, m.stddev)
            e = m.expand((3, 2))
            print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.tensor([1.5, 2.5])))
        for m in [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale), Gumbel(loc, scale)]:
            x = m.rsample((3,))
            print(x)
            x.sum().backward()
            print(loc.grad, scale.grad)
            loc.grad = None
            scale.grad = None
        for m in [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale)]:
            print(m.cdf(v), m.icdf(torch.tensor([0.2, 0.9])))
        s = LogNormal(0.0, 1.0)
        print(s, s.batch_shape, s.sample(), s.log_prob(torch.tensor(2.0)))
        g = Gumbel(1.0, 2.0)
        print(g, g.sample((2,)), g.log_prob(torch.tensor(0.5)), g.cdf(torch.tensor(0.5)), g.icdf(torch.tensor(0.3)))
        i = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1)
        print(i, i.batch_shape, i.event_shape, i.support, i.sample(), i.log_prob(torch.ones(2, 3)), i.entropy(), i.mean, i.variance)
        ie = i.expand((4, 2))
        print(ie, ie.batch_shape, ie.sample().shape)
        t = TransformedDistribution(Normal(torch.zeros(2), torch.ones(2)), [AffineTransform(1.0, 2.0), ExpTransform()])
        print(t, t.batch_shape, t.event_shape, t.support, t.sample(), t.log_prob(torch.tensor([1.0, 3.0])), t.cdf(torch.tensor([1.0, 3.0])), t.icdf(torch.tensor([0.2, 0.5])))
        n = TransformedDistribution(Normal(0.0, 1.0), AffineTransform(0.0, -1.0))
        print(n.cdf(torch.tensor(0.3)), n.icdf(torch.tensor(0.3)), n.log_prob(torch.tensor(0.3)))
        try:
            Independent(Normal(torch.zeros(2), torch.ones(2)), 2)
        except ValueError as err:
            print(err)
        try:
            HalfNormal(torch.tensor([1.0, -1.0]))
        except ValueError as err:
            print(err)
        try:
            Chi2(torch.tensor([-1.0]))
        except ValueError as err:
            print(err)
        try:
            LogNormal(0.0, 1.0).log_prob(torch.tensor([-1.0]))
        except ValueError as err:
            print(err)
        try:
            Pareto(torch.tensor([1.0]), torch.tensor([2.0])).log_prob(torch.tensor([0.5]))
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(0);
            var loc = torch.tensor([0.5, -1.0], requires_grad: true);
            var scale = torch.tensor([1.0, 2.0], requires_grad: true);
            var v = torch.tensor([0.7, 1.5]);
            TorchInterop.Distributions.Distribution[] all = [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale), Gumbel(loc, scale), Pareto(scale, torch.tensor([3.0, 2.5])),
                Chi2(torch.tensor([3.0, 4.0]))];
            foreach (var m in all)
            {
                print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample);
                print(m.sample(), m.sample([2]));
                print(m.log_prob(torch.tensor([1.5, 2.5])), m.entropy(), m.mean, m.mode, m.variance, m.stddev);
                var e = m.expand([3, 2]);
                print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.tensor([1.5, 2.5])));
            }
            TorchInterop.Distributions.Distribution[] reparameterized = [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale), Gumbel(loc, scale)];
            foreach (var m in reparameterized)
            {
                var x = m.rsample([3]);
                print(x);
                x.sum().backward();
                print(loc.grad, scale.grad);
                loc.grad = null;
                scale.grad = null;
            }
            TorchInterop.Distributions.Distribution[] withCdf = [LogNormal(loc, scale), HalfNormal(scale), Cauchy(loc, scale)];
            foreach (var m in withCdf) print(m.cdf(v), m.icdf(torch.tensor([0.2, 0.9])));
            var s = LogNormal(0.0, 1.0);
            print(s, s.batch_shape, s.sample(), s.log_prob(torch.tensor(2.0)));
            var g = Gumbel(1.0, 2.0);
            print(g, g.sample([2]), g.log_prob(torch.tensor(0.5)), g.cdf(torch.tensor(0.5)), g.icdf(torch.tensor(0.3)));
            var i = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1);
            print(i, i.batch_shape, i.event_shape, i.support, i.sample(), i.log_prob(torch.ones(2, 3)), i.entropy(), i.mean, i.variance);
            var ie = i.expand([4, 2]);
            print(ie, ie.batch_shape, ie.sample().shape);
            var t = TransformedDistribution(Normal(torch.zeros(2), torch.ones(2)), [AffineTransform(1.0, 2.0), ExpTransform()]);
            print(t, t.batch_shape, t.event_shape, t.support, t.sample(), t.log_prob(torch.tensor([1.0, 3.0])), t.cdf(torch.tensor([1.0, 3.0])),
                t.icdf(torch.tensor([0.2, 0.5])));
            var n = TransformedDistribution(Normal(0.0, 1.0), AffineTransform(0.0, -1.0));
            print(n.cdf(torch.tensor(0.3)), n.icdf(torch.tensor(0.3)), n.log_prob(torch.tensor(0.3)));
            try { Independent(Normal(torch.zeros(2), torch.ones(2)), 2); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { HalfNormal(torch.tensor([1.0, -1.0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { Chi2(torch.tensor([-1.0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { LogNormal(0.0, 1.0).log_prob(torch.tensor([-1.0])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
            try { Pareto(torch.tensor([1.0]), torch.tensor([2.0])).log_prob(torch.tensor([0.5])); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
        });
}
