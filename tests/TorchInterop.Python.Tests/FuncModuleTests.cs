using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>
/// functorch's model transforms (make_functional, ensembling, per-sample gradients), 2.x's torch.func additions
/// (stack_module_state, linearize, debug_unwrap, replace_all_batch_norm_modules_) and vmap's randomness modes, against
/// each version's PyTorch. functorch's names are imported from functorch on both versions, as 1.13 code is written.
/// </summary>
[TestFixture, NonParallelizable]
public class FuncModuleTests
{
    private const string Attempt = """
        def attempt(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)

        """;

    private static void attempt(Func<object?> f)
    {
        try
        {
            print(f());
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName, e.Message);
        }
    }

    private static void RequireTwo()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
    }

    [Test]
    public void MakeFunctionalRunsACopyWithTheGivenParameters() => Dialect.Verify(
        "from functorch import make_functional, make_functional_with_buffers, grad\n" + Attempt + """
        from torch import nn
        torch.manual_seed(0)
        m = nn.Linear(3, 2)
        fmodel, params = make_functional(m)
        print(fmodel)
        print([p.shape for p in params], params[0].requires_grad)
        x = torch.randn(4, 3)
        print(fmodel(params, x))
        print(fmodel((params[0] * 2, params[1]), x))
        print(m(x))
        _, frozen = make_functional(m, disable_autograd_tracking=True)
        print(frozen[0].requires_grad)
        bn = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
        attempt(lambda: make_functional(bn))
        fb, p, b = make_functional_with_buffers(bn)
        print(fb)
        print(b)
        print(fb(p, b, x))
        print(b)
        print(grad(lambda params, x: fmodel(params, x).pow(2).sum())(params, x))
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.Linear(3, 2);
            var (fmodel, @params) = functorch.make_functional(m);
            print(fmodel);
            print(@params.Select(p => p!.shape).ToList(), @params[0]!.requires_grad);
            var x = torch.randn(4, 3);
            print(fmodel.forward(@params, x));
            print(fmodel.forward(new TensorTuple(@params[0]! * 2, @params[1]), x));
            print(m.forward(x));
            var (_, frozen) = functorch.make_functional(m, disable_autograd_tracking: true);
            print(frozen[0]!.requires_grad);
            var bn = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.BatchNorm1d(2));
            attempt(() => functorch.make_functional(bn));
            var (fb, p, b) = functorch.make_functional_with_buffers(bn);
            print(fb);
            print(b);
            print(fb.forward(p, b, x));
            print(b);
            print(functorch.grad((TensorTuple ps, Tensor xs) => fmodel.forward(ps, xs).pow(2).sum())(@params, x));
        });

    [Test]
    public void CombineStateForEnsembleStacksAndVmapsTheModels() => Dialect.Verify(
        "from functorch import combine_state_for_ensemble, vmap\n" + Attempt + """
        from torch import nn
        torch.manual_seed(1)
        attempt(lambda: combine_state_for_ensemble([]))
        attempt(lambda: combine_state_for_ensemble([nn.Linear(3, 2), nn.Linear(3, 2).eval()]))
        attempt(lambda: combine_state_for_ensemble([nn.Linear(3, 2), nn.Sequential(nn.Linear(3, 2))]))
        models = [nn.Linear(3, 2) for _ in range(4)]
        fmodel, params, buffers = combine_state_for_ensemble(models)
        print(fmodel)
        print(params, buffers)
        x = torch.randn(5, 3)
        print(vmap(fmodel, in_dims=(0, 0, None))(params, buffers, x))
        print(vmap(fmodel)(params, buffers, torch.randn(4, 5, 3)))
        print(models[2](x))
        """,
        () =>
        {
            torch.manual_seed(1);
            attempt(() => functorch.combine_state_for_ensemble(new List<Linear>()));
            attempt(() => functorch.combine_state_for_ensemble([torch.nn.Linear(3, 2), torch.nn.Linear(3, 2).eval()]));
            attempt(() => functorch.combine_state_for_ensemble<Module<Tensor, Tensor>>([torch.nn.Linear(3, 2), torch.nn.Sequential(torch.nn.Linear(3, 2))]));
            var models = Enumerable.Range(0, 4).Select(_ => torch.nn.Linear(3, 2)).ToList();
            var (fmodel, @params, buffers) = functorch.combine_state_for_ensemble(models);
            print(fmodel);
            print(@params, buffers);
            var x = torch.randn(5, 3);
            print(functorch.vmap(fmodel, in_dims: (0, 0, null))(@params, buffers, x));
            print(functorch.vmap(fmodel)(@params, buffers, torch.randn(4, 5, 3)));
            print(models[2].forward(x));
        });

    private sealed class SimpleCNN : torch.nn.Module
    {
        public Conv2d conv1 = torch.nn.Conv2d(1, 32, 3, 1);
        public Conv2d conv2 = torch.nn.Conv2d(32, 64, 3, 1);
        public Linear fc1 = torch.nn.Linear(9216, 128);
        public Linear fc2 = torch.nn.Linear(128, 10);

        public override Tensor forward(Tensor x)
        {
            x = conv1.forward(x);
            x = F.relu(x);
            x = conv2.forward(x);
            x = F.relu(x);
            x = torch.max_pool2d(x, [2, 2]); // F.max_pool2d(x, 2): the dialect's functional lacks it
            x = torch.flatten(x, 1);
            x = fc1.forward(x);
            x = F.relu(x);
            x = fc2.forward(x);
            var output = F.log_softmax(x, dim: 1);
            output = x;
            return output;
        }
    }

    // functorch's per-sample-gradients tutorial (notebooks/per_sample_grads), line for line on the CPU with a smaller batch.
    [Test]
    public void PerSampleGradientsTutorial() => Dialect.Verify(
        """
        import torch.nn as nn
        import torch.nn.functional as F
        torch.manual_seed(0)

        class SimpleCNN(nn.Module):
            def __init__(self):
                super(SimpleCNN, self).__init__()
                self.conv1 = nn.Conv2d(1, 32, 3, 1)
                self.conv2 = nn.Conv2d(32, 64, 3, 1)
                self.fc1 = nn.Linear(9216, 128)
                self.fc2 = nn.Linear(128, 10)

            def forward(self, x):
                x = self.conv1(x)
                x = F.relu(x)
                x = self.conv2(x)
                x = F.relu(x)
                x = F.max_pool2d(x, 2)
                x = torch.flatten(x, 1)
                x = self.fc1(x)
                x = F.relu(x)
                x = self.fc2(x)
                output = F.log_softmax(x, dim=1)
                output = x
                return output

        def loss_fn(predictions, targets):
            return F.nll_loss(predictions, targets)

        batch_size = 8
        data = torch.randn(batch_size, 1, 28, 28)
        targets = torch.randint(10, (batch_size,))
        model = SimpleCNN()

        def compute_grad(sample, target):
            sample = sample.unsqueeze(0)
            target = target.unsqueeze(0)
            prediction = model(sample)
            loss = loss_fn(prediction, target)
            return torch.autograd.grad(loss, list(model.parameters()))

        def compute_sample_grads(data, targets):
            sample_grads = [compute_grad(data[i], targets[i]) for i in range(batch_size)]
            sample_grads = zip(*sample_grads)
            sample_grads = [torch.stack(shards) for shards in sample_grads]
            return sample_grads

        per_sample_grads = compute_sample_grads(data, targets)
        print(per_sample_grads[1].shape)

        from functorch import make_functional_with_buffers, vmap, grad
        fmodel, params, buffers = make_functional_with_buffers(model)

        def compute_loss_stateless_model(params, buffers, sample, target):
            batch = sample.unsqueeze(0)
            targets = target.unsqueeze(0)
            predictions = fmodel(params, buffers, batch)
            loss = loss_fn(predictions, targets)
            return loss

        ft_compute_grad = grad(compute_loss_stateless_model)
        ft_compute_sample_grad = vmap(ft_compute_grad, in_dims=(None, None, 0, 0))
        ft_per_sample_grads = ft_compute_sample_grad(params, buffers, data, targets)
        for per_sample_grad, ft_per_sample_grad in zip(per_sample_grads, ft_per_sample_grads):
            print(ft_per_sample_grad.shape, torch.allclose(per_sample_grad, ft_per_sample_grad, atol=3e-3, rtol=1e-5))
        print(ft_per_sample_grads[3][:2])
        """,
        () =>
        {
            torch.manual_seed(0);
            Tensor loss_fn(Tensor predictions, Tensor targets) => F.nll_loss(predictions, targets);

            int batch_size = 8;
            var data = torch.randn(batch_size, 1, 28, 28);
            var targets = torch.randint(10, [batch_size]);
            var model = new SimpleCNN();

            TensorTuple compute_grad(Tensor sample, Tensor target)
            {
                sample = sample.unsqueeze(0);
                target = target.unsqueeze(0);
                var prediction = model.forward(sample);
                var loss = loss_fn(prediction, target);
                return torch.autograd.grad(loss, model.parameters().ToList());
            }

            List<Tensor> compute_sample_grads(Tensor data, Tensor targets)
            {
                var sample_grads = Enumerable.Range(0, batch_size).Select(i => compute_grad(data[i], targets[i])).ToList();
                return Enumerable.Range(0, sample_grads[0].Count).Select(k => torch.stack(sample_grads.Select(g => g[k]!).ToList())).ToList();
            }

            var per_sample_grads = compute_sample_grads(data, targets);
            print(per_sample_grads[1].shape);

            var (fmodel, @params, buffers) = functorch.make_functional_with_buffers(model);

            Tensor compute_loss_stateless_model(TensorTuple @params, TensorTuple buffers, Tensor sample, Tensor target)
            {
                var batch = sample.unsqueeze(0);
                var targets = target.unsqueeze(0);
                var predictions = fmodel.forward(@params, buffers, batch);
                var loss = loss_fn(predictions, targets);
                return loss;
            }

            var ft_compute_grad = functorch.grad(compute_loss_stateless_model);
            var ft_compute_sample_grad = functorch.vmap(ft_compute_grad, in_dims: [null, null, 0, 0]);
            var ft_per_sample_grads = ft_compute_sample_grad(@params, buffers, data, targets);
            foreach (var (per_sample_grad, ft_per_sample_grad) in per_sample_grads.Zip(ft_per_sample_grads))
                print(ft_per_sample_grad!.shape, torch.allclose(per_sample_grad, ft_per_sample_grad!, atol: 3e-3, rtol: 1e-5));
            print(ft_per_sample_grads[3]![..2]);
        });

    [Test]
    public void StackModuleStateGivesDictsForVmap()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import stack_module_state, functional_call, vmap\n" + Attempt + """
            from torch import nn
            torch.manual_seed(2)
            attempt(lambda: stack_module_state([]))
            attempt(lambda: stack_module_state([nn.Linear(3, 2), nn.Linear(3, 2).eval()]))
            attempt(lambda: stack_module_state([nn.Linear(3, 2), nn.Sequential(nn.Linear(3, 2))]))
            models = [nn.Linear(3, 2) for _ in range(3)]
            params, buffers = stack_module_state(models)
            print(params, buffers)
            data = torch.randn(4, 3)
            def wrapper(params, buffers, data):
                return functional_call(models[0], (params, buffers), (data,))
            print(vmap(wrapper, (0, 0, None))(params, buffers, data))
            bns = [nn.BatchNorm1d(2) for _ in range(2)]
            print(stack_module_state(bns)[1])
            """,
            () =>
            {
                torch.manual_seed(2);
                attempt(() => torch.func.stack_module_state(new List<Linear>()));
                attempt(() => torch.func.stack_module_state([torch.nn.Linear(3, 2), torch.nn.Linear(3, 2).eval()]));
                attempt(() => torch.func.stack_module_state<Module>([torch.nn.Linear(3, 2), torch.nn.Sequential(torch.nn.Linear(3, 2))]));
                var models = Enumerable.Range(0, 3).Select(_ => torch.nn.Linear(3, 2)).ToList();
                var (@params, buffers) = torch.func.stack_module_state(models);
                print(@params, buffers);
                var data = torch.randn(4, 3);
                Tensor wrapper(IReadOnlyDictionary<string, Tensor> @params, IReadOnlyDictionary<string, Tensor> buffers, Tensor data) =>
                    torch.func.functional_call(models[0], (@params, buffers), data);
                print(torch.func.vmap(wrapper, (0, 0, null))(@params, buffers, data));
                var bns = Enumerable.Range(0, 2).Select(_ => torch.nn.BatchNorm1d(2)).ToList();
                print(torch.func.stack_module_state(bns).Buffers);
            });
    }

    [Test]
    public void LinearizeGivesTheJvpAtThePrimals()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import linearize, jvp\n" + Attempt + """
            torch.manual_seed(3)
            x = torch.randn(3)
            y = torch.randn(3)
            output, jvp_fn = linearize(lambda t: t.sin() * t.sum(), x)
            print(output)
            print(jvp_fn(torch.ones(3)))
            print(jvp_fn(y))
            print(jvp(lambda t: t.sin() * t.sum(), (x,), (y,))[1])
            out2, jvp2 = linearize(lambda a, b: a * b.exp(), x, y)
            print(out2, jvp2(torch.ones(3), torch.zeros(3)))
            attempt(lambda: jvp_fn(torch.ones(2)))
            attempt(lambda: jvp_fn(torch.ones(3, dtype=torch.float64)))
            """,
            () =>
            {
                torch.manual_seed(3);
                var x = torch.randn(3);
                var y = torch.randn(3);
                var (output, jvp_fn) = torch.func.linearize(t => t.sin() * t.sum(), x);
                print(output);
                print(jvp_fn(torch.ones(3)));
                print(jvp_fn(y));
                print(torch.func.jvp(t => t.sin() * t.sum(), [x], [y]).Item2);
                var (out2, jvp2) = torch.func.linearize((a, b) => a * b.exp(), x, y);
                print(out2, jvp2(torch.ones(3), torch.zeros(3)));
                attempt(() => jvp_fn(torch.ones(2)));
                attempt(() => jvp_fn(torch.ones(3, dtype: torch.float64)));
            });
    }

    [Test]
    public void DebugUnwrapShowsTheTensorUnderTheWrappers()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import debug_unwrap, vmap, grad\n" + """
            x = torch.arange(6.0).view(2, 3)
            def show(a):
                print(debug_unwrap(a))
                return a * 2
            print(vmap(show)(x))
            print(vmap(vmap(lambda a: (print(debug_unwrap(a, recurse=False).shape), a)[1]))(x))
            print(debug_unwrap(x) is x)
            def g(t):
                print(debug_unwrap(t))
                return (t ** 2).sum()
            print(grad(g)(x[0]))
            """,
            () =>
            {
                var x = torch.arange(6.0).view(2, 3);
                Tensor show(Tensor a)
                {
                    print(torch.func.debug_unwrap(a));
                    return a * 2;
                }
                print(torch.func.vmap(show)(x));
                print(torch.func.vmap(torch.func.vmap(a =>
                {
                    print(torch.func.debug_unwrap(a, recurse: false).shape);
                    return a;
                }))(x));
                print(torch.equal(torch.func.debug_unwrap(x), x));
                Tensor g(Tensor t)
                {
                    print(torch.func.debug_unwrap(t));
                    return t.pow(2).sum();
                }
                print(torch.func.grad(g)(x[0]));
            });
    }

    [Test]
    public void ReplaceAllBatchNormModulesDropsRunningStats()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import replace_all_batch_norm_modules_, vmap\n" + """
            from torch import nn
            torch.manual_seed(4)
            model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Sequential(nn.BatchNorm1d(4, track_running_stats=False)))
            print(replace_all_batch_norm_modules_(model) is model)
            print(model)
            print(list(model.buffers()), model[1].running_mean, model[1].num_batches_tracked)
            x = torch.randn(5, 3)
            print(model(x))
            model.eval()
            print(model(x))
            print(vmap(model, in_dims=1)(torch.randn(6, 2, 3)).shape)
            """,
            () =>
            {
                torch.manual_seed(4);
                var model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4),
                                                torch.nn.Sequential(torch.nn.BatchNorm1d(4, track_running_stats: false)));
                print(ReferenceEquals(torch.func.replace_all_batch_norm_modules_(model), model));
                print(model);
                var bn = (BatchNorm)model[1];
                print(model.buffers().ToList(), bn.RunningMean, bn.NumBatchesTracked);
                var x = torch.randn(5, 3);
                print(model.forward(x));
                model.eval();
                print(model.forward(x));
                print(torch.func.vmap(model.forward, in_dims: 1)(torch.randn(6, 2, 3)).shape);
            });
    }

    [Test]
    public void VmapRandomnessModes() => Dialect.Verify(
        (LibTorch.IsAtLeast(2) ? "from torch.func import vmap\n" : "from functorch import vmap\n") + Attempt + """
        import torch.nn.functional as F
        x = torch.ones(4, 3)
        attempt(lambda: vmap(lambda a: a + torch.rand(3))(x))
        attempt(lambda: vmap(lambda a: F.dropout(a, 0.5))(x))
        attempt(lambda: vmap(lambda a: torch.randn_like(a))(x))
        attempt(lambda: vmap(lambda a: a.clone().bernoulli_(0.5))(x))
        attempt(lambda: vmap(lambda a: a.clone().normal_())(x))
        for mode in ['same', 'different']:
            torch.manual_seed(5)
            print(vmap(lambda a: F.dropout(a, 0.5), randomness=mode)(x))
            print(vmap(lambda a: torch.randn_like(a), randomness=mode)(x))
            print(vmap(lambda a: a.clone().bernoulli_(0.5), randomness=mode)(x))
            print(vmap(lambda a: a.clone().normal_(), randomness=mode)(x))
        print(vmap(lambda a: F.dropout(a, 0.5, training=False))(x))
        """,
        () =>
        {
            var x = torch.ones(4, 3);
            attempt(() => torch.func.vmap(a => a + torch.rand(3))(x));
            attempt(() => torch.func.vmap(a => torch.dropout(a, 0.5, true))(x));
            attempt(() => torch.func.vmap(a => torch.randn_like(a))(x));
            attempt(() => torch.func.vmap(a => a.clone().bernoulli_(0.5))(x));
            attempt(() => torch.func.vmap(a => a.clone().normal_())(x));
            foreach (var mode in new[] { "same", "different" })
            {
                torch.manual_seed(5);
                print(torch.func.vmap(a => torch.dropout(a, 0.5, true), randomness: mode)(x));
                print(torch.func.vmap(a => torch.randn_like(a), randomness: mode)(x));
                print(torch.func.vmap(a => a.clone().bernoulli_(0.5), randomness: mode)(x));
                print(torch.func.vmap(a => a.clone().normal_(), randomness: mode)(x));
            }
            print(torch.func.vmap(a => torch.dropout(a, 0.5, false))(x));
        });
}
