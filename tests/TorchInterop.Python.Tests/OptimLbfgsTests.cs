using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.optim.LBFGS against PyTorch: trajectories with a fixed step and the strong-Wolfe search, its state, messages.</summary>
[TestFixture, NonParallelizable]
public class OptimLbfgsTests
{
    [Test]
    public void Trajectories() => Dialect.Verify(
        """
        torch.manual_seed(0)
        A = torch.randn(6, 3)
        y = torch.randn(6)
        for kwargs in [dict(), dict(line_search_fn='strong_wolfe'), dict(lr=0.5, history_size=2, max_iter=5),
                       dict(lr=0.8, history_size=2, max_iter=7, line_search_fn='strong_wolfe', tolerance_change=1e-5)]:
            w = torch.zeros(3, requires_grad=True)
            optimizer = torch.optim.LBFGS([w], **kwargs)
            def closure():
                optimizer.zero_grad()
                loss = ((A @ w - y) ** 2).sum() + (w ** 4).sum()
                loss.backward()
                return loss
            for step in range(3):
                loss = optimizer.step(closure)
                print(step, loss, w)
            state = optimizer.state_dict()['state'][0]
            print(list(state), state['func_evals'], state['n_iter'], state['t'], state['H_diag'], state['prev_loss'])
            print(len(state['old_dirs']), state['ro'], state['prev_flat_grad'])
            print(optimizer.state_dict()['param_groups'])
        """,
        () =>
        {
            torch.manual_seed(0);
            var A = torch.randn(6, 3);
            var y = torch.randn(6);
            foreach (var make in new Func<Tensor, Optim.LBFGS>[]
            {
                w => torch.optim.LBFGS([w]),
                w => torch.optim.LBFGS([w], line_search_fn: "strong_wolfe"),
                w => torch.optim.LBFGS([w], lr: 0.5, history_size: 2, max_iter: 5),
                w => torch.optim.LBFGS([w], lr: 0.8, history_size: 2, max_iter: 7, line_search_fn: "strong_wolfe", tolerance_change: 1e-5),
            })
            {
                var w = torch.zeros(3, requires_grad: true);
                var optimizer = make(w);
                Tensor closure()
                {
                    optimizer.zero_grad();
                    var loss = ((A.matmul(w) - y).pow(2)).sum() + w.pow(4).sum();
                    loss.backward();
                    return loss;
                }
                for (int step = 0; step < 3; step++)
                {
                    var loss = optimizer.step(closure);
                    print(step, loss, w);
                }
                var state = (Dictionary<string, object?>)((Dictionary<long, object?>)optimizer.state_dict()["state"]!)[0]!;
                print(list(state.Keys), state["func_evals"], state["n_iter"], state["t"], state["H_diag"], state["prev_loss"]);
                print(len((List<object?>)state["old_dirs"]!), state["ro"], state["prev_flat_grad"]);
                print(optimizer.state_dict()["param_groups"]);
            }
        });

    [Test]
    public void Messages() => Dialect.Verify(
        """
        w = torch.zeros(3, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        try:
            torch.optim.LBFGS([{'params': [w]}, {'params': [b]}])
        except ValueError as e:
            print('ValueError:', e)
        optimizer = torch.optim.LBFGS([w], line_search_fn='armijo')
        def closure():
            optimizer.zero_grad()
            loss = ((w - 1) ** 2).sum()
            loss.backward()
            return loss
        try:
            optimizer.step(closure)
        except RuntimeError as e:
            print('RuntimeError:', e)
        try:
            optimizer.step()
        except TypeError as e:
            print('TypeError:', e)
        optimizer = torch.optim.LBFGS([w], tolerance_grad=10.0)
        print(optimizer.step(closure), w, optimizer.state_dict()['state'])
        """,
        () =>
        {
            var w = torch.zeros(3, requires_grad: true);
            var b = torch.zeros(1, requires_grad: true);
            try
            {
                torch.optim.LBFGS([dict(@params: new[] { w }), dict(@params: new[] { b })]);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print("ValueError:", e.Message);
            }
            var optimizer = torch.optim.LBFGS([w], line_search_fn: "armijo");
            Tensor closure()
            {
                optimizer.zero_grad();
                var loss = (w - 1).pow(2).sum();
                loss.backward();
                return loss;
            }
            try
            {
                optimizer.step(closure);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
            {
                print("RuntimeError:", e.Message);
            }
            try
            {
                optimizer.step();
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError)
            {
                print("TypeError:", e.Message);
            }
            optimizer = torch.optim.LBFGS([w], tolerance_grad: 10.0);
            print(optimizer.step(closure), w, optimizer.state_dict()["state"]);
        });
}
