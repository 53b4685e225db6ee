namespace TorchInterop.Tests.Core;

/// <summary>Autograd.GradCheck and GradGradCheck in the idiomatic API.</summary>
[TestFixture, NonParallelizable]
public class GradCheckTests
{
    [Test]
    public void CorrectGradientsPass()
    {
        using var x = Torch.Rand([3], DType.Float64, requiresGrad: true);
        Assert.That(Autograd.GradCheck(a => [a[0].Sin(), a[0] * a[0]], [x]), Is.True);
        Assert.That(Autograd.GradCheck(a => [a[0].Sin()], [x], new GradCheckOptions { FastMode = true }), Is.True);
        Assert.That(Autograd.GradGradCheck(a => [a[0].Sin()], [x]), Is.True);
    }

    [Test]
    public void WrongGradientsFailOrReturnFalse()
    {
        using var x = Torch.Rand([2], DType.Float64, requiresGrad: true);
        Tensor[] Wrong(Tensor[] a) =>
            [(Tensor)CustomFunction.Apply("Wrong", [a[0]], (_, args) => ((Tensor)args[0]!).Sin(), (_, g) => g[0]! * 2)];
        var error = Assert.Throws<GradcheckError>(() => Autograd.GradCheck(Wrong, [x]))!;
        Assert.That(error.Message, Does.StartWith("Jacobian mismatch for output 0 with respect to input 0,\nnumerical:tensor("));
        Assert.That(Autograd.GradCheck(Wrong, [x], new GradCheckOptions { RaiseException = false }), Is.False);
    }

    [Test]
    public void BatchedChecksRunUnderVmap()
    {
        using var x = Torch.Rand([3], DType.Float64, requiresGrad: true);
        var batched = new GradCheckOptions { CheckBatchedGrad = true, CheckForwardAD = true, CheckBatchedForwardGrad = true };
        Assert.That(Autograd.GradCheck(a => [a[0].Sin(), a[0].Exp() * 2], [x], batched), Is.True);
        Tensor[] ItemInBackward(Tensor[] a) =>
            [(Tensor)CustomFunction.Apply("ItemInBackward", [a[0]], (_, args) => ((Tensor)args[0]!).Clone(), (_, g) => g[0]! * g[0]!.Sum().Item().ToDouble())];
        var error = Assert.Throws<GradcheckError>(() => Autograd.GradCheck(ItemInBackward, [x], new GradCheckOptions { CheckBatchedGrad = true }))!;
        Assert.That(error.Message, Does.StartWith("While computing batched gradients, got: "));
    }
}
