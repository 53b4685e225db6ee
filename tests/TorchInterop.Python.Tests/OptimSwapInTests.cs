using System.Collections;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// PyTorch 2.x's <c>torch.optim.swap_in_optimizer_params_and_state</c> against PyTorch: a step inside the scope
/// updates the swapped-in parameters and state (in-place edits reaching the caller's dict), the live ones are
/// restored after it, and each malformed state dict is refused with PyTorch's message. Ignored on 1.13.
/// </summary>
[TestFixture, NonParallelizable]
public class OptimSwapInTests
{
    [Test]
    public void StepsTheSwappedInParametersAndRestoresTheLiveOnes()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
#if LIBTORCH_2
        Dialect.Verify(
            """
            torch.manual_seed(0)
            model = torch.nn.Linear(3, 2)
            x = torch.randn(4, 3)
            optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
            model(x).pow(2).sum().backward()
            optimizer.step()
            sd = optimizer.state_dict()
            osd = {'state': {k: {n: v.clone() for n, v in s.items()} for k, s in sd['state'].items()},
                   'param_groups': [dict(g, lr=0.5) for g in sd['param_groups']]}
            params = {n: p.detach().clone().requires_grad_() for n, p in model.named_parameters()}
            for p, q in zip(params.values(), model.parameters()):
                p.grad = q.grad.clone()
            with torch.optim.swap_in_optimizer_params_and_state(optimizer, params, osd):
                print(optimizer.param_groups[0]['lr'], optimizer.param_groups[0]['params'][0] is params['weight'])
                optimizer.step()
            print(params['weight'], params['bias'])
            print(osd['state'][0]['exp_avg'], osd['state'][0]['step'], osd['param_groups'][0]['lr'])
            print(model.weight, optimizer.param_groups[0]['lr'], optimizer.state_dict()['state'][0]['step'])
            print(optimizer.param_groups[0]['params'][0] is model.weight)
            """,
            () =>
            {
                torch.manual_seed(0);
                var model = torch.nn.Linear(3, 2);
                var x = torch.randn(4, 3);
                var optimizer = torch.optim.Adam(model.parameters(), lr: 0.1);
                model.forward(x).pow(2).sum().backward();
                optimizer.step();
                var sd = optimizer.state_dict();
                var osd = new Dictionary<string, object?>
                {
                    ["state"] = ((IDictionary<long, object?>)sd["state"]!).ToDictionary(kv => kv.Key,
                        kv => (object?)((Dictionary<string, object?>)kv.Value!).ToDictionary(e => e.Key, e => (object?)((Tensor)e.Value!).clone())),
                    ["param_groups"] = ((IEnumerable<object?>)sd["param_groups"]!)
                        .Select(g => (object?)new Dictionary<string, object?>((Dictionary<string, object?>)g!) { ["lr"] = 0.5 }).ToList(),
                };
                var @params = model.named_parameters().ToDictionary(np => np.Name, np => np.Value.detach().clone().requires_grad_());
                foreach (var (p, q) in @params.Values.Zip(model.parameters())) p.grad = q.grad!.clone();
                using (torch.optim.swap_in_optimizer_params_and_state(optimizer, @params, osd))
                {
                    print(optimizer.param_groups[0]["lr"], ReferenceEquals(((IReadOnlyList<Tensor>)optimizer.param_groups[0]["params"]!)[0], @params["weight"]));
                    optimizer.step();
                }
                var state0 = (IDictionary)((IDictionary)osd["state"]!)[0L]!;
                print(@params["weight"], @params["bias"]);
                print(state0["exp_avg"], state0["step"], ((IDictionary)((IList)osd["param_groups"]!)[0]!)["lr"]);
                print(model.weight, optimizer.param_groups[0]["lr"], ((IDictionary)((IDictionary)optimizer.state_dict()["state"]!)[0L]!)["step"]);
                print(ReferenceEquals(((IReadOnlyList<Tensor>)optimizer.param_groups[0]["params"]!)[0], model.weight));
            });
#endif
    }

    [Test]
    public void RefusesWhatPyTorchRefuses()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
#if LIBTORCH_2
        Dialect.Verify(
            """
            torch.manual_seed(0)
            model = torch.nn.Linear(3, 2)
            params = dict(model.named_parameters())
            fresh = torch.optim.SGD(model.parameters(), lr=0.1)
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
            model(torch.randn(4, 3)).sum().backward()
            optimizer.step()
            sd = optimizer.state_dict()
            group = sd['param_groups'][0]
            cases = [(fresh, sd), (optimizer, [sd]), (optimizer, {'state': [], 'param_groups': []}),
                     (optimizer, {'state': {0: 1}, 'param_groups': []}), (optimizer, {'state': sd['state'], 'param_groups': 3}),
                     (optimizer, {'state': sd['state'], 'param_groups': []}), (optimizer, {'state': sd['state'], 'param_groups': [[1]]}),
                     (optimizer, {'state': sd['state'], 'param_groups': [dict(group, params=['a', 'b'])]}),
                     (optimizer, {'state': sd['state'], 'param_groups': [dict(group, params=[0])]}),
                     (optimizer, {'state': sd['state'], 'param_groups': [dict(group, foo=1)]}),
                     (optimizer, {'state': dict(sd['state'], **{'7': {}}), 'param_groups': [group]}),
                     (optimizer, {'state': {0: {}, 1: {}, 5: {}}, 'param_groups': [group]})]
            for opt, state in cases:
                try:
                    with torch.optim.swap_in_optimizer_params_and_state(opt, params, state):
                        print('entered')
                except RuntimeError as e:
                    print(e)
            """,
            () =>
            {
                torch.manual_seed(0);
                var model = torch.nn.Linear(3, 2);
                var @params = model.named_parameters().ToDictionary(np => np.Name, np => np.Value);
                var fresh = torch.optim.SGD(model.parameters(), lr: 0.1);
                var optimizer = torch.optim.SGD(model.parameters(), lr: 0.1, momentum: 0.9);
                model.forward(torch.randn(4, 3)).sum().backward();
                optimizer.step();
                var sd = optimizer.state_dict();
                var group = (Dictionary<string, object?>)((IList)sd["param_groups"]!)[0]!;
                Dictionary<string, object?> With(string key, object? value) => new(group) { [key] = value };
                Dictionary<string, object?> Sd(object? state, object? groups) => new() { ["state"] = state, ["param_groups"] = groups };
                var stateWithStringKey = new Dictionary<object, object?>(((IDictionary<long, object?>)sd["state"]!).Select(kv => new KeyValuePair<object, object?>(kv.Key, kv.Value)))
                {
                    ["7"] = new Dictionary<string, object?>(),
                };
                var cases = new (Optim.Optimizer, object)[]
                {
                    (fresh, sd), (optimizer, new List<object?> { sd }), (optimizer, Sd(new List<object?>(), new List<object?>())),
                    (optimizer, Sd(new Dictionary<long, object?> { [0] = 1L }, new List<object?>())), (optimizer, Sd(sd["state"], 3L)),
                    (optimizer, Sd(sd["state"], new List<object?>())), (optimizer, Sd(sd["state"], new List<object?> { new List<object?> { 1L } })),
                    (optimizer, Sd(sd["state"], new List<object?> { With("params", new List<object?> { "a", "b" }) })),
                    (optimizer, Sd(sd["state"], new List<object?> { With("params", new List<object?> { 0L }) })),
                    (optimizer, Sd(sd["state"], new List<object?> { With("foo", 1L) })),
                    (optimizer, Sd(stateWithStringKey, new List<object?> { group })),
                    (optimizer, Sd(new Dictionary<long, object?> { [0] = new Dictionary<string, object?>(), [1] = new Dictionary<string, object?>(), [5] = new Dictionary<string, object?>() },
                        new List<object?> { group })),
                };
                foreach (var (opt, state) in cases)
                {
                    try
                    {
                        using (torch.optim.swap_in_optimizer_params_and_state(opt, @params, state)) print("entered");
                    }
                    catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
                    {
                        print(e.Message);
                    }
                }
            });
#endif
    }
}
