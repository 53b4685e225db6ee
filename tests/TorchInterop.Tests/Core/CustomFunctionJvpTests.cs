using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

/// <summary>CustomFunction.Apply's jvp (forward-mode AD through a custom Function) against PyTorch's Function.jvp.</summary>
[NonParallelizable]
public class CustomFunctionJvpTests
{
    private const string PythonCube = """
        import torch.autograd.forward_ad as fwAD
        class Cube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                ctx.save_for_forward(x)
                return x ** 3
            @staticmethod
            def backward(ctx, g):
                x, = ctx.saved_tensors
                return g * 3 * x ** 2
            @staticmethod
            def jvp(ctx, x_t):
                x, = ctx.saved_tensors
                return 3 * x ** 2 * x_t
        x = torch.tensor([1., 2.], requires_grad=True)
        with fwAD.dual_level():
            y = Cube.apply(fwAD.make_dual(x, torch.tensor([1., 0.5])))
            p, t = fwAD.unpack_dual(y)
            print(p)
            print(t)
            y.sum().backward()
            print(x.grad)
        """;

    private static Tensor Cube(Tensor x) => (Tensor)CustomFunction.Apply("Cube", [x],
        (ctx, args) =>
        {
            var input = (Tensor)args[0]!;
            ctx.SaveForBackward(input);
            ctx.SaveForForward(input);
            return input.Pow(3);
        },
        (ctx, grads) => grads[0]! * 3 * ctx.SavedTensors[0].Pow(2),
        jvp: (ctx, tangents) => 3 * ctx.SavedTensors[0].Pow(2) * tangents[0]!);

    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("jvp, then backward", PythonCube, o =>
        {
            // Nothing left for the finalizer: the live-handle tests that follow count queued frees.
            using var scope = Torch.NewDisposeScope();
            var x = Torch.Tensor(new[] { 1f, 2f }).RequiresGrad_();
            using (Autograd.ForwardAD.DualLevel())
            {
                var y = Cube(Autograd.ForwardAD.MakeDual(x, Torch.Tensor(new[] { 1f, 0.5f })));
                var (p, t) = Autograd.ForwardAD.UnpackDual(y);
                o.Print(p);
                o.Print(t);
                y.Sum().Backward();
                o.Print(x.Grad);
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void WithoutJvpADualInputIsPyTorchsNotImplementedError()
    {
        using var scope = Torch.NewDisposeScope();
        using var level = Autograd.ForwardAD.DualLevel();
        var dual = Autograd.ForwardAD.MakeDual(Torch.Ones([2]), Torch.Ones([2]));
        var e = Assert.Throws<TorchException>(() => CustomFunction.Apply("Twice", [dual], (_, a) => (Tensor)a[0]! * 2, (_, g) => g[0]! * 2))!;
        Assert.That(e.Kind, Is.EqualTo(TorchErrorKind.NotImplementedError));
        Assert.That(e.Message, Is.EqualTo("You must implement the jvp function for custom autograd.Function to use it with forward mode AD."));
    }

    [Test]
    public void AJvpsOwnExceptionReachesTheCaller()
    {
        using var scope = Torch.NewDisposeScope();
        using var level = Autograd.ForwardAD.DualLevel();
        var dual = Autograd.ForwardAD.MakeDual(Torch.Ones([2]), Torch.Ones([2]));
        Assert.Throws<ArithmeticException>(() => CustomFunction.Apply("Twice", [dual], (_, a) => (Tensor)a[0]! * 2, (_, g) => g[0]! * 2,
            (_, _) => throw new ArithmeticException("jvp failed on purpose")));
    }
}
