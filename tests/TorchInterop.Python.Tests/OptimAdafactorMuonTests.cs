using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// PyTorch 2.x's Adafactor and Muon in the dialect against PyTorch: parameters and state after several steps, the
/// group options of the state dict, and the argument checks' messages. Ignored on 1.13, which has neither.
/// </summary>
[TestFixture, NonParallelizable]
public class OptimAdafactorMuonTests
{
    private static void RequireTwo()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
    }

    // Tuple options (Adafactor's eps, Muon's ns_coefficients) are read from the groups, which keep them as tuples; the
    // C# state dict holds pairs as lists, the pickles' form. No line of the Python may start with '#': inside a disabled
    // #if region C# would read it as a directive.
    [Test]
    public void AdafactorTrajectoriesAndState()
    {
        RequireTwo();
#if LIBTORCH_2
        Dialect.Verify(
            """
            torch.manual_seed(0)
            w = torch.randn(3, 2, requires_grad=True)
            b = torch.randn(2, requires_grad=True)
            x = torch.randn(4, 3)
            makers = [lambda: torch.optim.Adafactor([w, b]),
                      lambda: torch.optim.Adafactor([w, b], lr=0.1, beta2_decay=-0.5, eps=(1e-20, 1e-2), d=2.0, weight_decay=0.1, maximize=True)]
            for make in makers:
                optimizer = make()
                for step in range(4):
                    optimizer.zero_grad()
                    (x @ w + b).tanh().pow(2).sum().backward()
                    optimizer.step()
                state = optimizer.state_dict()['state']
                print(type(optimizer).__name__, w, b)
                print(list(state[0].keys()), state[0]['row_var'], state[0]['col_var'], state[1]['variance'], state[1]['step'])
                sd = optimizer.state_dict()['param_groups'][0]
                print([(k, optimizer.param_groups[0][k]) for k in sd if k != 'params'], sd['params'])
            """,
            () =>
            {
                torch.manual_seed(0);
                var w = torch.randn(3, 2, requires_grad: true);
                var b = torch.randn(2, requires_grad: true);
                var x = torch.randn(4, 3);
                foreach (var make in new Func<Optim.Optimizer>[]
                {
                    () => torch.optim.Adafactor([w, b]),
                    () => torch.optim.Adafactor([w, b], lr: 0.1, beta2_decay: -0.5, eps: (1e-20, 1e-2), d: 2.0, weight_decay: 0.1, maximize: true),
                })
                {
                    var optimizer = make();
                    for (int step = 0; step < 4; step++)
                    {
                        optimizer.zero_grad();
                        x.matmul(w).add(b).tanh().pow(2).sum().backward();
                        optimizer.step();
                    }
                    var state = (Dictionary<long, object?>)optimizer.state_dict()["state"]!;
                    var first = (Dictionary<string, object?>)state[0]!;
                    var second = (Dictionary<string, object?>)state[1]!;
                    print(optimizer.GetType().Name, w, b);
                    print(first.Keys.ToList(), first["row_var"], first["col_var"], second["variance"], second["step"]);
                    var sd = (Dictionary<string, object?>)((List<object?>)optimizer.state_dict()["param_groups"]!)[0]!;
                    print(sd.Keys.Where(k => k != "params").Select(k => (k, optimizer.param_groups[0][k])).ToList(), sd["params"]);
                }
            });
#endif
    }

    [Test]
    public void MuonTrajectoriesAndState()
    {
        RequireTwo();
#if LIBTORCH_2
        Dialect.Verify(
            """
            torch.manual_seed(0)
            m = torch.randn(3, 5, requires_grad=True)
            t = torch.randn(6, 2, requires_grad=True)
            for kw in [{}, {'nesterov': False, 'lr': 0.02, 'weight_decay': 0.0}, {'adjust_lr_fn': 'match_rms_adamw', 'ns_steps': 3},
                       {'adjust_lr_fn': 'spectral_unclamped', 'ns_coefficients': (2.0, -1.5, 0.5), 'momentum': 0.5}]:
                optimizer = torch.optim.Muon([m, t], **kw)
                for step in range(3):
                    optimizer.zero_grad()
                    (m.sin().sum() + (t * t).sum() * m.mean()).backward()
                    optimizer.step()
                print(m, t, optimizer.state_dict()['state'][1]['momentum_buffer'])
            muon = torch.optim.Muon([m])
            sd = muon.state_dict()['param_groups'][0]
            print([(k, muon.param_groups[0][k]) for k in sd if k != 'params'], sd['params'])
            """,
            () =>
            {
                torch.manual_seed(0);
                var m = torch.randn(3, 5, requires_grad: true);
                var t = torch.randn(6, 2, requires_grad: true);
                foreach (var make in new Func<Optim.Optimizer>[]
                {
                    () => torch.optim.Muon([m, t]),
                    () => torch.optim.Muon([m, t], nesterov: false, lr: 0.02, weight_decay: 0.0),
                    () => torch.optim.Muon([m, t], adjust_lr_fn: "match_rms_adamw", ns_steps: 3),
                    () => torch.optim.Muon([m, t], adjust_lr_fn: "spectral_unclamped", ns_coefficients: (2.0, -1.5, 0.5), momentum: 0.5),
                })
                {
                    var optimizer = make();
                    for (int step = 0; step < 3; step++)
                    {
                        optimizer.zero_grad();
                        (m.sin().sum() + (t * t).sum() * m.mean()).backward();
                        optimizer.step();
                    }
                    var state = (Dictionary<long, object?>)optimizer.state_dict()["state"]!;
                    print(m, t, ((Dictionary<string, object?>)state[1]!)["momentum_buffer"]);
                }
                var muon = torch.optim.Muon([m]);
                var sd = (Dictionary<string, object?>)((List<object?>)muon.state_dict()["param_groups"]!)[0]!;
                print(sd.Keys.Where(k => k != "params").Select(k => (k, muon.param_groups[0][k])).ToList(), sd["params"]);
            });
#endif
    }

    [Test]
    public void ArgumentChecks()
    {
        RequireTwo();
#if LIBTORCH_2
        Dialect.Verify(
            """
            w = torch.ones(3, 2, requires_grad=True)
            m = torch.ones(3, 5, requires_grad=True)
            b = torch.ones(2, requires_grad=True)
            for attempt in [lambda: torch.optim.Adafactor([w], lr=-1.0), lambda: torch.optim.Adafactor([w], beta2_decay=0.5),
                            lambda: torch.optim.Adafactor([w], eps=(-1.0, 1e-3)), lambda: torch.optim.Adafactor([w], eps=(None, -1e-3)),
                            lambda: torch.optim.Adafactor([w], d=0.5), lambda: torch.optim.Adafactor([w], weight_decay=-0.1),
                            lambda: torch.optim.Muon([m], lr=-0.1), lambda: torch.optim.Muon([m], momentum=-0.5),
                            lambda: torch.optim.Muon([m], weight_decay=-1.0), lambda: torch.optim.Muon([m], adjust_lr_fn='other'),
                            lambda: torch.optim.Muon([m, b])]:
                try:
                    attempt()
                except ValueError as e:
                    print('ValueError:', e)
            m.grad = torch.ones(3, 5)
            try:
                torch.optim.Muon([m], ns_steps=100).step()
            except ValueError as e:
                print('ValueError:', e)
            """,
            () =>
            {
                var w = torch.ones(3, 2, requires_grad: true);
                var m = torch.ones(3, 5, requires_grad: true);
                var b = torch.ones(2, requires_grad: true);
                foreach (var attempt in new Action[]
                {
                    () => torch.optim.Adafactor([w], lr: -1.0), () => torch.optim.Adafactor([w], beta2_decay: 0.5),
                    () => torch.optim.Adafactor([w], eps: (-1.0, 1e-3)), () => torch.optim.Adafactor([w], eps: (null, -1e-3)),
                    () => torch.optim.Adafactor([w], d: 0.5), () => torch.optim.Adafactor([w], weight_decay: -0.1),
                    () => torch.optim.Muon([m], lr: -0.1), () => torch.optim.Muon([m], momentum: -0.5),
                    () => torch.optim.Muon([m], weight_decay: -1.0), () => torch.optim.Muon([m], adjust_lr_fn: "other"),
                    () => torch.optim.Muon([m, b]),
                })
                {
                    try
                    {
                        attempt();
                    }
                    catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                    {
                        print("ValueError:", e.Message);
                    }
                }
                m.grad = torch.ones(3, 5);
                try
                {
                    torch.optim.Muon([m], ns_steps: 100).step();
                }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                {
                    print("ValueError:", e.Message);
                }
            });
#endif
    }
}
