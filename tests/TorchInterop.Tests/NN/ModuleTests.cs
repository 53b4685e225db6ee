using TorchInterop.NN;
using TorchInterop.Serialization;
using TorchInterop.Testing;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>The module system against torch.nn: initialization from the seed, printing, parameters, state_dict.</summary>
public class ModuleTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("Linear initializes as PyTorch from the same seed",
            "torch.manual_seed(0)\nm = torch.nn.Linear(3, 2)\nprint(m.weight)\nprint(m.bias)\nprint(m)\nn = torch.nn.Linear(4, 3, bias=False)\nprint(n.weight, n.bias, n)",
            o =>
            {
                Torch.ManualSeed(0);
                var m = new Linear(3, 2);
                o.Print(m.Weight);
                o.Print(m.Bias);
                o.Print(m.ToString());
                var n = new Linear(4, 3, bias: false);
                o.Print(n.Weight, n.Bias, n.ToString());
            });
        yield return new("to(dtype) and to(device, dtype) convert parameters, buffers and gradients in place",
            """
            torch.manual_seed(0)
            net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(inplace=True))
            net(torch.ones(1, 2)).sum().backward()
            net.to(torch.float64)
            print(net, net[0].weight, net[0].weight.grad)
            net.to(torch.device('cpu'), torch.float32)
            print(net[0].bias, net[0].bias.grad, net[0].weight.grad.dtype)
            print(net(torch.ones(1, 2)), torch.ones(2, dtype=torch.float64, requires_grad=True).to('cpu', torch.float32))
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var net = new Sequential(new Linear(2, 3), new ReLU(inplace: true));
                net.Call(Torch.Ones([1, 2])).Sum().Backward();
                net.To(DType.Float64);
                var linear = (Linear)net[0];
                o.Print(net.ToString(), linear.Weight, linear.Weight.Grad);
                net.To(Device.CPU, DType.Float32);
                o.Print(linear.Bias, linear.Bias!.Grad, linear.Weight.Grad!.Dtype);
                o.Print(net.Call(Torch.Ones([1, 2])), Torch.Ones([2], DType.Float64, requiresGrad: true).To(Device.CPU, DType.Float32));
            });
        yield return new("Sequential: repr, named parameters, forward and backward",
            """
            torch.manual_seed(0)
            net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1), torch.nn.Sigmoid())
            print(net)
            print([name for name, _ in net.named_parameters()], len(list(net.parameters())), len(list(net.children())))
            x = torch.randn(5, 3)
            y = net(x)
            print(y)
            y.sum().backward()
            print(net[0].weight.grad, net[2].bias.grad)
            net.zero_grad()
            print(net[0].weight.grad)
            print(list(net.state_dict().keys()))
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var net = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 1), new TorchInterop.NN.Sigmoid());
                o.Print(net.ToString());
                o.Print(PythonList(net.NamedParameters().Select(p => p.Name)), net.Parameters().Count(), net.Children().Count());
                var x = Torch.Randn([5, 3]);
                var y = net.Call(x);
                o.Print(y);
                y.Sum().Backward();
                o.Print(((Linear)net[0]).Weight.Grad, ((Linear)net[2]).Bias!.Grad);
                net.ZeroGrad();
                o.Print(((Linear)net[0]).Weight.Grad);
                o.Print(PythonList(net.StateDict().Keys));
            });
        yield return new("Flatten and Dropout, training and evaluating",
            """
            torch.manual_seed(0)
            net = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Dropout(0.25), torch.nn.Linear(6, 2))
            print(net)
            x = torch.randn(2, 2, 3)
            print(net(x))
            net.eval()
            print(net(x))
            try:
                torch.nn.Dropout(1.5)
            except ValueError as e:
                print("ValueError:", e)
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var net = new Sequential(new Flatten(), new Dropout(0.25), new Linear(6, 2));
                o.Print(net.ToString());
                var x = Torch.Randn([2, 2, 3]);
                o.Print(net.Call(x));
                net.Eval();
                o.Print(net.Call(x));
                o.Try(() => _ = new Dropout(1.5));
            });
        yield return new("load_state_dict errors",
            """
            m = torch.nn.Linear(3, 2)
            for sd in [{"weight": torch.ones(2, 3)}, {"weight": torch.ones(2, 3), "bias": torch.ones(2), "extra": torch.ones(1)},
                       {"weight": torch.ones(3, 3), "bias": torch.ones(2)}, {"weight": torch.ones(2, 2)}]:
                try:
                    m.load_state_dict(sd)
                except RuntimeError as e:
                    print(e)
            print(m.load_state_dict({"weight": torch.ones(2, 3)}, strict=False))
            print(m.weight)
            """,
            o =>
            {
                var m = new Linear(3, 2);
                foreach (var sd in new[]
                {
                    new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([2, 3]) },
                    new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([2, 3]), ["bias"] = Torch.Ones([2]), ["extra"] = Torch.Ones([1]) },
                    new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([3, 3]), ["bias"] = Torch.Ones([2]) },
                    new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([2, 2]) },
                })
                {
                    try
                    {
                        m.LoadStateDict(sd);
                    }
                    catch (TorchException e)
                    {
                        o.Print(e.Message);
                    }
                }
                var (missing, unexpected) = m.LoadStateDict(new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([2, 3]) }, strict: false);
                o.Print($"_IncompatibleKeys(missing_keys=[{string.Join(", ", missing.Select(k => $"'{k}'"))}], unexpected_keys=[{string.Join(", ", unexpected.Select(k => $"'{k}'"))}])");
                o.Print(m.Weight);
            });
        yield return new("init functions from the same seed",
            """
            torch.manual_seed(0)
            w = torch.empty(3, 5)
            for f in [lambda t: torch.nn.init.kaiming_uniform_(t), lambda t: torch.nn.init.kaiming_normal_(t, mode='fan_out', nonlinearity='relu'),
                      lambda t: torch.nn.init.xavier_uniform_(t, gain=2.0), lambda t: torch.nn.init.xavier_normal_(t),
                      lambda t: torch.nn.init.uniform_(t, -1, 2), lambda t: torch.nn.init.normal_(t, 1, 0.5),
                      lambda t: torch.nn.init.constant_(t, 0.25), lambda t: torch.nn.init.zeros_(t), lambda t: torch.nn.init.ones_(t)]:
                print(f(w))
            print(torch.nn.init.calculate_gain('tanh'), torch.nn.init.calculate_gain('leaky_relu', 0.2))
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var w = Torch.Empty([3, 5]);
                foreach (var f in new Func<Tensor, Tensor>[]
                {
                    t => Init.KaimingUniform_(t), t => Init.KaimingNormal_(t, mode: "fan_out", nonlinearity: "relu"),
                    t => Init.XavierUniform_(t, gain: 2.0), t => Init.XavierNormal_(t),
                    t => Init.Uniform_(t, -1, 2), t => Init.Normal_(t, 1, 0.5),
                    t => Init.Constant_(t, 0.25), Init.Zeros_, Init.Ones_,
                })
                    o.Print(f(w));
                o.Print(Init.CalculateGain("tanh"), Init.CalculateGain("leaky_relu", 0.2));
            });
    }

    private static string PythonList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => $"'{i}'")) + "]";

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void LoadsAStateDictSavedByPythonAndSavesOnePythonLoads()
    {
        string dir = Directory.CreateTempSubdirectory("module-tests-").FullName;
        try
        {
            string fromPython = Path.Combine(dir, "python.pt"), fromCSharp = Path.Combine(dir, "csharp.pt");
            var python = PyTorchReference.Default.Run(
                $$"""
                torch.manual_seed(1)
                net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2))
                torch.save(net.state_dict(), r'{{fromPython}}')
                x = torch.linspace(-1, 1, 6).reshape(2, 3)
                y = net(x)
                """);
            Torch.ManualSeed(0);
            var net = new Sequential(new Linear(3, 4), new TorchInterop.NN.Tanh(), new Linear(4, 2));
            net.LoadStateDict(TensorFile.LoadDictionary(fromPython));
            TensorAssert.Equal(net.Call(python["x"]).Detach(), python["y"]);

            TensorFile.Save(net.StateDict(), fromCSharp);
            var check = PyTorchReference.Default.Run(
                $$"""
                net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2))
                net.load_state_dict(torch.load(r'{{fromCSharp}}'))
                y = net(torch.linspace(-1, 1, 6).reshape(2, 3))
                """);
            TensorAssert.Equal(check["y"], python["y"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void ModesConversionAndParameters()
    {
        var net = new Sequential(new Linear(2, 2), new ReLU());
        Assert.That(net.Modules().All(m => m.Training), Is.True);
        net.Eval();
        Assert.That(net.Modules().Any(m => m.Training), Is.False);
        net.Train();
        Assert.That(net.Modules().All(m => m.Training), Is.True);

        var weight = ((Linear)net[0]).Weight;
        net.To(DType.Float64);
        Assert.That(weight.Dtype, Is.EqualTo(DType.Float64), "the parameter object keeps its identity");
        Assert.That(ReferenceEquals(weight, ((Linear)net[0]).Weight), Is.True);
        Assert.That(weight.IsParameter && weight.RequiresGrad, Is.True);
        Assert.That(weight.ToString(), Does.StartWith("Parameter containing:\ntensor("));
        Assert.That(() => net.To(Device.CUDA()), Throws.TypeOf<TorchException>().With.Message.Contains("CUDA"),
            "a CPU-only LibTorch refuses CUDA with its own message");
        Assert.That(() => new Sequential(null!), Throws.ArgumentNullException);
        Assert.That(() => net.LoadStateDict((IReadOnlyDictionary<string, Tensor>)null!), Throws.ArgumentNullException);
        Assert.That(() => net.LoadStateDict((string)null!), Throws.ArgumentNullException);
    }
}
