using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>ModuleList, ModuleDict and Bilinear against torch.nn.</summary>
public class ContainerTests
{
    private sealed class Net : Module<Tensor, Tensor>
    {
        public Net()
        {
            Layers = RegisterModule("layers", new ModuleList<Linear>([new Linear(2, 3), new Linear(3, 3)]))!;
            Heads = RegisterModule("heads", new ModuleDict(new Dictionary<string, Module> { ["relu"] = new ReLU(), ["out"] = new Linear(3, 1) }))!;
        }

        public ModuleList<Linear> Layers { get; }

        public ModuleDict Heads { get; }

        public override Tensor Forward(Tensor input)
        {
            foreach (var layer in Layers) input = layer.Forward(input);
            return ((Linear)Heads["out"]).Forward(((ReLU)Heads["relu"]).Forward(input));
        }
    }

    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("ModuleList and ModuleDict inside a module",
            """
            class Net(torch.nn.Module):
                def __init__(self):
                    super().__init__()
                    self.layers = torch.nn.ModuleList([torch.nn.Linear(2, 3), torch.nn.Linear(3, 3)])
                    self.heads = torch.nn.ModuleDict({'relu': torch.nn.ReLU(), 'out': torch.nn.Linear(3, 1)})
                def forward(self, x):
                    for layer in self.layers:
                        x = layer(x)
                    return self.heads['out'](self.heads['relu'](x))
            torch.manual_seed(0)
            net = Net()
            print(net, list(net.state_dict().keys()))
            y = net(torch.ones(4, 2))
            y.sum().backward()
            print(y, net.layers[0].weight.grad, net.heads['out'].bias.grad)
            net.layers.append(torch.nn.Linear(3, 3))
            net.layers.insert(1, torch.nn.Tanh())
            print(net.layers, len(net.layers), net.layers[-1], net.layers[1:3])
            del net.layers[0]
            print(net.layers, [n for n, _ in net.layers.named_parameters(prefix='layers')])
            net.heads['relu'] = torch.nn.Sigmoid()
            net.heads['extra'] = torch.nn.Identity() if False else torch.nn.Flatten()
            print(net.heads, list(net.heads.keys()), len(net.heads), 'out' in net.heads)
            print(net.heads.pop('relu'), list(net.heads.keys()), torch.nn.ModuleList(), torch.nn.ModuleDict())
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var net = new Net();
                o.Print(net.ToString(), Keys(net.StateDict().Keys));
                var y = net.Call(Torch.Ones([4, 2]));
                y.Sum().Backward();
                o.Print(y, net.Layers[0].Weight.Grad, ((Linear)net.Heads["out"]).Bias!.Grad);
                var untyped = new ModuleList(net.Layers);
                untyped.Append(new Linear(3, 3));
                untyped.Insert(1, new TorchInterop.NN.Tanh());
                o.Print(untyped.ToString(), untyped.Count, untyped[-1].ToString(), untyped[1..3].ToString());
                untyped.RemoveAt(0);
                o.Print(untyped.ToString(), Keys(untyped.NamedParameters("layers").Select(p => p.Name)));
                net.Heads["relu"] = new Sigmoid();
                net.Heads["extra"] = new Flatten();
                o.Print(net.Heads.ToString(), Keys(net.Heads.Keys), net.Heads.Count, net.Heads.ContainsKey("out") ? "True" : "False");
                o.Print(net.Heads.Pop("relu").ToString(), Keys(net.Heads.Keys), new ModuleList().ToString(), new ModuleDict().ToString());
            });
        yield return new("Bilinear",
            """
            torch.manual_seed(2)
            b = torch.nn.Bilinear(2, 3, 4)
            x1 = torch.linspace(-1, 1, 6).reshape(3, 2).requires_grad_()
            x2 = torch.linspace(0, 2, 9).reshape(3, 3).requires_grad_()
            y = b(x1, x2)
            (y * y).sum().backward()
            print(b, b.weight, b.bias, y, x1.grad, x2.grad, b.weight.grad, b.bias.grad, torch.nn.Bilinear(1, 1, 1, bias=False))
            """,
            o =>
            {
                Torch.ManualSeed(2);
                var b = new Bilinear(2, 3, 4);
                var x1 = Torch.Linspace(-1, 1, 6).Reshape(3, 2).RequiresGrad_();
                var x2 = Torch.Linspace(0, 2, 9).Reshape(3, 3).RequiresGrad_();
                var y = b.Call(x1, x2);
                (y * y).Sum().Backward();
                o.Print(b.ToString(), b.Weight, b.Bias, y, x1.Grad, x2.Grad, b.Weight.Grad, b.Bias!.Grad, new Bilinear(1, 1, 1, bias: false).ToString());
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void RejectsBadAccess()
    {
        var list = new ModuleList([new ReLU()]);
        Assert.That(() => list[5], Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("index 5 is out of range"));
        Assert.That(() => list[-2], Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => list.Append(null!), Throws.ArgumentNullException);
        var dict = new ModuleDict();
        Assert.That(() => dict["z"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("'z'"));
        Assert.That(() => dict["a"] = null!, Throws.ArgumentNullException);
        Assert.That(() => dict["a.b"] = new ReLU(), Throws.ArgumentException.With.Message.StartsWith("name can't contain \".\""));
        Assert.That(() => new Bilinear(2, 3, 1).Call(Torch.Ones([2, 3]), Torch.Ones([2, 3])), Throws.TypeOf<TorchException>());
    }

    private static string Keys(IEnumerable<string> keys) => "[" + string.Join(", ", keys.Select(k => $"'{k}'")) + "]";
}
