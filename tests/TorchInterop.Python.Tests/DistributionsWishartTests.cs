using TorchInterop.Distributions;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.distributions;

namespace TorchInterop.Python.Tests;

/// <summary>Wishart against PyTorch: Bartlett samples from the same seed (with the redraws and warnings), gradients, densities, entropy, moments, reprs and messages.</summary>
[TestFixture, NonParallelizable]
public class DistributionsWishartTests
{
    [Test]
    public void WishartFollowsPyTorch() => Dialect.Verify(
        """
        import torch, warnings
        from torch.distributions import Wishart
        torch.manual_seed(5)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            cov = torch.tensor([[2.0, 0.3], [0.3, 1.0]], requires_grad=True)
            m = Wishart(torch.tensor(3.5), covariance_matrix=cov)
            print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints['df'], m.arg_constraints['scale_tril'])
            x = m.rsample((2,))
            print(x)
            try:
                x.sum().backward()
            except RuntimeError as err:
                print(err)
            y = m.rsample()
            print(y)
            y.sum().backward()
            print(cov.grad)
            print(m.sample(), m.rsample(max_try_correction=1))
            v = torch.tensor([[1.5, 0.2], [0.2, 0.8]])
            print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance)
            print(m.scale_tril, m.precision_matrix, m)
            p = Wishart(torch.tensor([2.5, 4.0]), precision_matrix=torch.tensor([[1.0, 0.2], [0.2, 0.5]]))
            print(p, p.batch_shape, p.covariance_matrix, p.log_prob(v), p.entropy(), p.mode, p.rsample((3,)))
            t = Wishart(5, scale_tril=torch.tensor([[[1.0, 0.0, 0.0], [0.5, 2.0, 0.0], [0.1, 0.2, 1.0]], [[0.3, 0.0, 0.0], [-0.1, 1.0, 0.0], [0.0, 0.0, 2.0]]]))
            print(t, t.batch_shape, t.sample(), t.entropy())
            try:
                t.variance
            except RuntimeError as err:
                print(err)
            e = t.expand((3, 2))
            print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.eye(3)))
            l = Wishart(1.5, covariance_matrix=torch.eye(2))
            print(l.df, l.sample())
            for m1 in w:
                print(m1.category.__name__, m1.message)
        for args in [dict(df=3.0), dict(df=3.0, covariance_matrix=torch.eye(2), scale_tril=torch.eye(2)), dict(df=3.0, covariance_matrix=torch.ones(2)),
                     dict(df=1, covariance_matrix=torch.eye(2)), dict(df=0.5, scale_tril=torch.eye(2)), dict(df=torch.tensor([3.0, 0.5]), precision_matrix=torch.eye(2)),
                     dict(df=3.0, covariance_matrix=torch.tensor([[1.0, 2.0], [2.0, 1.0]])), dict(df=3.0, scale_tril=torch.tensor([[1.0, 1.0], [0.0, 1.0]]))]:
            try:
                Wishart(**args)
            except (ValueError, AssertionError) as err:
                print(type(err).__name__, err)
        try:
            m.log_prob(torch.ones(2, 2))
        except ValueError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(5);
            Wishart m;
            using (var w = warnings.catch_warnings(record: true))
            {
                var cov = torch.tensor(new[,] { { 2.0, 0.3 }, { 0.3, 1.0 } }, requires_grad: true);
                m = Wishart(torch.tensor(3.5), covariance_matrix: cov);
                print(m, m.batch_shape, m.event_shape, m.support, m.arg_constraints["df"], m.arg_constraints["scale_tril"]);
                var x = m.rsample([2]);
                print(x);
                try { x.sum().backward(); }
                catch (TorchException err) { print(err.Message); }
                var y = m.rsample();
                print(y);
                y.sum().backward();
                print(cov.grad);
                print(m.sample(), m.rsample(max_try_correction: 1));
                var v = torch.tensor(new[,] { { 1.5, 0.2 }, { 0.2, 0.8 } });
                print(m.log_prob(v), m.entropy(), m.mean, m.mode, m.variance);
                print(m.scale_tril, m.precision_matrix, m);
                var p = Wishart(torch.tensor([2.5, 4.0]), precision_matrix: torch.tensor(new[,] { { 1.0, 0.2 }, { 0.2, 0.5 } }));
                print(p, p.batch_shape, p.covariance_matrix, p.log_prob(v), p.entropy(), p.mode, p.rsample([3]));
                var t = Wishart(5, scale_tril: torch.tensor([1.0, 0.0, 0.0, 0.5, 2.0, 0.0, 0.1, 0.2, 1.0, 0.3, 0.0, 0.0, -0.1, 1.0, 0.0, 0.0, 0.0, 2.0]).reshape(2, 3, 3));
                print(t, t.batch_shape, t.sample(), t.entropy());
                try { _ = t.variance; }
                catch (TorchException err) { print(err.Message); }
                var e = t.expand([3, 2]);
                print(e, e.batch_shape, e.sample().shape, e.log_prob(torch.eye(3)));
                var l = Wishart(1.5, covariance_matrix: torch.eye(2));
                print(l.df, l.sample());
                foreach (var m1 in w) print(m1.category.__name__, m1.message);
            }
            PrintError(() => Wishart(3.0));
            PrintError(() => Wishart(3.0, covariance_matrix: torch.eye(2), scale_tril: torch.eye(2)));
            PrintError(() => Wishart(3.0, covariance_matrix: torch.ones(2)));
            PrintError(() => Wishart(1, covariance_matrix: torch.eye(2)));
            PrintError(() => Wishart(0.5, scale_tril: torch.eye(2)));
            PrintError(() => Wishart(torch.tensor([3.0, 0.5]), precision_matrix: torch.eye(2)));
            PrintError(() => Wishart(3.0, covariance_matrix: torch.tensor(new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } })));
            PrintError(() => Wishart(3.0, scale_tril: torch.tensor(new[,] { { 1.0, 1.0 }, { 0.0, 1.0 } })));
            try { m.log_prob(torch.ones(2, 2)); }
            catch (TorchException err) when (err.Kind == TorchErrorKind.ValueError) { print(err.Message); }
        });

    private static void PrintError(Action action)
    {
        try { action(); }
        catch (TorchException err) when (err.Kind is TorchErrorKind.ValueError or TorchErrorKind.AssertionError) { print(err.PythonTypeName, err.Message); }
    }
}
