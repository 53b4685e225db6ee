using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>The multivariate normals against PyTorch: samples from the same seed, densities, gradients, lazy matrices, reprs, KL pairs and messages.</summary>
[TestFixture, NonParallelizable]
public class DistributionsMultivariateTests
{
    [Test]
    public void MultivariateNormalsFollowPyTorch() => Dialect.Verify(
        """
        from torch.distributions import MultivariateNormal, LowRankMultivariateNormal, kl_divergence
        torch.manual_seed(3)
        loc = torch.tensor([0.5, -1.0], requires_grad=True)
        cov = torch.tensor([[2.0, 0.3], [0.3, 1.0]])
        m = MultivariateNormal(loc, cov)
        print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints['covariance_matrix'], m.arg_constraints['scale_tril'])
        print(m.sample(), m.sample((2,)))
        x = m.rsample((3,))
        print(x)
        x.sum().backward()
        print(loc.grad)
        v = torch.tensor([[0.1, 0.2], [1.0, -1.0]])
        print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance, m.stddev)
        print(m.scale_tril, m.precision_matrix, m)
        p = MultivariateNormal(torch.zeros(3, 2), precision_matrix=torch.tensor([[1.0, 0.2], [0.2, 0.5]]))
        print(p, p.batch_shape, p.covariance_matrix, p.scale_tril, p.log_prob(torch.ones(2)), p.entropy())
        t = MultivariateNormal(torch.zeros(2), scale_tril=torch.tensor([[[1.0, 0.0], [0.5, 2.0]], [[0.3, 0.0], [-0.1, 1.0]]]))
        print(t, t.batch_shape, t.sample((2,)).shape, t.log_prob(torch.ones(4, 1, 2)), t.entropy(), t.variance)
        e = t.expand((3, 2))
        print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.zeros(2)))
        print(kl_divergence(m, MultivariateNormal(torch.zeros(2), torch.eye(2))), kl_divergence(t, MultivariateNormal(torch.ones(2), precision_matrix=torch.tensor([[1.0, 0.2], [0.2, 0.5]]))))
        for args in [dict(loc=torch.tensor(1.0), covariance_matrix=torch.eye(1)), dict(loc=torch.zeros(2)), dict(loc=torch.zeros(2), covariance_matrix=torch.eye(2), scale_tril=torch.eye(2)),
                     dict(loc=torch.zeros(2), covariance_matrix=torch.ones(2)), dict(loc=torch.zeros(2), scale_tril=torch.ones(2)), dict(loc=torch.zeros(2), precision_matrix=torch.ones(2)),
                     dict(loc=torch.zeros(2), covariance_matrix=torch.tensor([[1.0, 2.0], [2.0, 1.0]])), dict(loc=torch.zeros(2), scale_tril=torch.tensor([[1.0, 1.0], [0.0, 1.0]]))]:
            try:
                MultivariateNormal(**args)
            except ValueError as err:
                print(err)
        try:
            m.log_prob(torch.zeros(3))
        except ValueError as err:
            print(err)
        try:
            kl_divergence(m, MultivariateNormal(torch.zeros(3), torch.eye(3)))
        except ValueError as err:
            print(err)
        torch.manual_seed(4)
        lr_loc = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
        f = torch.tensor([[0.5], [1.0], [-0.3]], requires_grad=True)
        d = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
        l = LowRankMultivariateNormal(lr_loc, f, d)
        print(l, l.batch_shape, l.event_shape, l.support, l.arg_constraints['cov_factor'], l.arg_constraints['cov_diag'])
        y = l.rsample((2,))
        print(y, l.sample())
        y.sum().backward()
        print(lr_loc.grad, f.grad, d.grad)
        print(l.log_prob(torch.tensor([0.5, 0.5, 0.5])), l.entropy(), l.mean, l.mode, l.variance)
        print(l.scale_tril, l.covariance_matrix, l.precision_matrix)
        le = l.expand((2,))
        print(le, le.batch_shape, le.cov_factor.shape, le.log_prob(torch.zeros(3)))
        full = MultivariateNormal(torch.zeros(3), l.covariance_matrix.detach())
        print(kl_divergence(l, l), kl_divergence(l, full), kl_divergence(full, l), kl_divergence(l, LowRankMultivariateNormal(torch.zeros(3), torch.ones(3, 2), torch.ones(3))))
        for a in [(torch.tensor(0.0), f, d), (lr_loc, torch.ones(3), d), (lr_loc, torch.ones(2, 1), d), (lr_loc, f, torch.ones(2)), (torch.zeros(2, 3), torch.ones(3, 3, 1), d), (lr_loc, f, torch.tensor([1.0, -5.0, 2.0]))]:
            try:
                LowRankMultivariateNormal(*a)
            except ValueError as err:
                print(err)
        """,
        () =>
        {
            torch.manual_seed(3);
            var loc = torch.tensor([0.5, -1.0], requires_grad: true);
            var cov = torch.tensor(new[,] { { 2.0, 0.3 }, { 0.3, 1.0 } });
            var m = MultivariateNormal(loc, cov);
            print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints["covariance_matrix"], m.arg_constraints["scale_tril"]);
            print(m.sample(), m.sample([2]));
            var x = m.rsample([3]);
            print(x);
            x.sum().backward();
            print(loc.grad);
            var v = torch.tensor(new[,] { { 0.1, 0.2 }, { 1.0, -1.0 } });
            print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance, m.stddev);
            print(m.scale_tril, m.precision_matrix, m);
            var p = MultivariateNormal(torch.zeros(3, 2), precision_matrix: torch.tensor(new[,] { { 1.0, 0.2 }, { 0.2, 0.5 } }));
            print(p, p.batch_shape, p.covariance_matrix, p.scale_tril, p.log_prob(torch.ones(2)), p.entropy());
            var t = MultivariateNormal(torch.zeros(2), scale_tril: torch.tensor([1.0, 0.0, 0.5, 2.0, 0.3, 0.0, -0.1, 1.0]).reshape(2, 2, 2));
            print(t, t.batch_shape, t.sample([2]).shape, t.log_prob(torch.ones(4, 1, 2)), t.entropy(), t.variance);
            var e = t.expand([3, 2]);
            print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.zeros(2)));
            print(kl_divergence(m, MultivariateNormal(torch.zeros(2), torch.eye(2))),
                kl_divergence(t, MultivariateNormal(torch.ones(2), precision_matrix: torch.tensor(new[,] { { 1.0, 0.2 }, { 0.2, 0.5 } }))));
            PrintValueError(() => MultivariateNormal(torch.tensor(1.0), covariance_matrix: torch.eye(1)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), covariance_matrix: torch.eye(2), scale_tril: torch.eye(2)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), covariance_matrix: torch.ones(2)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), scale_tril: torch.ones(2)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), precision_matrix: torch.ones(2)));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), covariance_matrix: torch.tensor(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } })));
            PrintValueError(() => MultivariateNormal(torch.zeros(2), scale_tril: torch.tensor(new[,] { { 1.0, 1.0 }, { 0.0, 1.0 } })));
            PrintValueError(() => m.log_prob(torch.zeros(3)));
            PrintValueError(() => kl_divergence(m, MultivariateNormal(torch.zeros(3), torch.eye(3))));
            torch.manual_seed(4);
            var lrLoc = torch.tensor([1.0, 0.0, -1.0], requires_grad: true);
            var f = torch.tensor(new[,] { { 0.5 }, { 1.0 }, { -0.3 } }, requires_grad: true);
            var d = torch.tensor([1.0, 0.5, 2.0], requires_grad: true);
            var l = LowRankMultivariateNormal(lrLoc, f, d);
            print(l, l.batch_shape, l.event_shape, l.support, l.arg_constraints["cov_factor"], l.arg_constraints["cov_diag"]);
            var y = l.rsample([2]);
            print(y, l.sample());
            y.sum().backward();
            print(lrLoc.grad, f.grad, d.grad);
            print(l.log_prob(torch.tensor([0.5, 0.5, 0.5])), l.entropy(), l.mean, l.mode, l.variance);
            print(l.scale_tril, l.covariance_matrix, l.precision_matrix);
            var le = (LowRankMultivariateNormal)l.expand([2]);
            print(le, le.batch_shape, le.cov_factor.shape, le.log_prob(torch.zeros(3)));
            var full = MultivariateNormal(torch.zeros(3), l.covariance_matrix.detach());
            print(kl_divergence(l, l), kl_divergence(l, full), kl_divergence(full, l),
                kl_divergence(l, LowRankMultivariateNormal(torch.zeros(3), torch.ones(3, 2), torch.ones(3))));
            PrintValueError(() => LowRankMultivariateNormal(torch.tensor(0.0), f, d));
            PrintValueError(() => LowRankMultivariateNormal(lrLoc, torch.ones(3), d));
            PrintValueError(() => LowRankMultivariateNormal(lrLoc, torch.ones(2, 1), d));
            PrintValueError(() => LowRankMultivariateNormal(lrLoc, f, torch.ones(2)));
            PrintValueError(() => LowRankMultivariateNormal(torch.zeros(2, 3), torch.ones(3, 3, 1), d));
            PrintValueError(() => LowRankMultivariateNormal(lrLoc, f, torch.tensor([1.0, -5.0, 2.0])));
        });

    internal static void PrintValueError(Action action)
    {
        try { action(); }
        catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
    }
}
