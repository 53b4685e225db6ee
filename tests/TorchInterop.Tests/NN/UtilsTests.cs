using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>The idiomatic torch.nn.utils and module hooks against torch.nn: weight norm through Call, hooks, fusion.</summary>
public class UtilsTests
{
    [Test]
    public void WeightNormAndHooksMatchPyTorch() => new ParityCase("NnUtilsWeightNormHooks",
        """
        torch.manual_seed(0)
        m = torch.nn.utils.weight_norm(torch.nn.Linear(3, 2))
        h = m.register_forward_hook(lambda mod, inp, out: out * 10)
        x = torch.randn(4, 3)
        y = m(x)
        y.sum().backward()
        print(y, m.weight_g.grad)
        h.remove()
        print(m(x), ", ".join(n for n, _ in m.named_parameters()))
        torch.nn.utils.remove_weight_norm(m)
        print(", ".join(n for n, _ in m.named_parameters()), m.weight)
        """,
        o =>
        {
            Torch.ManualSeed(0);
            var m = Utils.WeightNorm(new Linear(3, 2));
            var handle = m.RegisterForwardHook((_, _, output) => output * 10);
            var x = Torch.Randn([4, 3]);
            var y = m.Call(x);
            y.Sum().Backward();
            o.Print(y, m.GetParameter("weight_g")!.Grad);
            handle.Remove();
            o.Print(m.Call(x), string.Join(", ", m.NamedParameters().Select(p => p.Name)));
            Utils.RemoveWeightNorm(m);
            o.Print(string.Join(", ", m.NamedParameters().Select(p => p.Name)), m.Weight);
        }).Verify();

    [Test]
    public void PreHookReplacesTheInput()
    {
        var relu = new ReLU();
        using var handle = new HandleScope(relu.RegisterForwardPreHook((_, x) => -x));
        using var input = Torch.Tensor(new[] { 1.0, -2.0 });
        using var output = relu.Call(input);
        Assert.That(output.ToString(), Is.EqualTo("tensor([0., 2.], dtype=torch.float64)"));
        handle.Dispose();
        using var plain = relu.Call(input);
        Assert.That(plain.ToString(), Is.EqualTo("tensor([1., 0.], dtype=torch.float64)"));
    }

    [Test]
    public void FusionRequiresEvaluationMode()
    {
        var error = Assert.Throws<TorchException>(() => Utils.FuseConvBnEval(new Conv2d(1, 1, 1), new BatchNorm2d(1)));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("Fusion only for eval!"));
            Assert.That(error.Kind, Is.EqualTo(TorchErrorKind.AssertionError));
        });
    }

    private sealed class HandleScope(RemovableHandle handle) : IDisposable
    {
        public void Dispose() => handle.Remove();
    }
}
