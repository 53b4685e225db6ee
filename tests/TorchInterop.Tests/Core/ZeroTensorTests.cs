using TorchInterop.Testing;

namespace TorchInterop.Tests.Core;

/// <summary>
/// Some backward formulas (sgn's for real inputs, abs's second order) return LibTorch's efficient zero tensors, which
/// have no storage: reading, printing and saving them must see zeros, as Python does, not read a null data pointer.
/// </summary>
public class ZeroTensorTests
{
    [TestCase(DType.Float32)]
    [TestCase(DType.Float64)]
    public void EfficientZeroGradientsReadAsZeros(DType dtype)
    {
        var x = Torch.Linspace(-1, 1, 5, dtype: dtype).RequiresGrad_();
        var python = PyTorchReference.Default.Run(
            """
            x.requires_grad_()
            g, = torch.autograd.grad(torch.sgn(x), x, torch.ones_like(x))
            first, = torch.autograd.grad(torch.abs(x), x, torch.ones_like(x), create_graph=True)
            second, = torch.autograd.grad(first, x, torch.ones_like(x))
            zero_tensors = torch.tensor([g._is_zerotensor(), second._is_zerotensor()])
            g, second = torch.zeros_like(g).copy_(g), torch.zeros_like(second).copy_(second)  # torch.save refuses zero tensors
            """, ("x", x.Detach()));
        Assert.That(python["zero_tensors"].ToArray<bool>(), Is.All.True, "the reference no longer returns zero tensors");

        var g = Autograd.Grad([Torch.Sgn(x)], [x], [Torch.OnesLike(x)])[0]!;
        var first = Autograd.Grad([Torch.Abs(x)], [x], [Torch.OnesLike(x)], createGraph: true)[0]!;
        var second = Autograd.Grad([first], [x], [Torch.OnesLike(x)])[0]!;
        foreach (var (actual, name) in new[] { (g, "g"), (second, "second") })
        {
            TensorAssert.Equal(actual, python[name]);
            Assert.That(actual.ToArray<double>(), Is.EqualTo(python[name].ToArray<double>()));
            Assert.That(actual.ToString(), Is.EqualTo(Torch.ZerosLike(actual).ToString()));
        }
    }
}
