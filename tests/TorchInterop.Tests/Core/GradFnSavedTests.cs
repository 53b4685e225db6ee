namespace TorchInterop.Tests.Core;

/// <summary>GradFn.GetSaved: a LibTorch node's saved values by Python's names, as the values LibTorch stores.</summary>
[NonParallelizable]
public class GradFnSavedTests
{
    [Test]
    public void ReadsTheStoredValuesByPythonsNames()
    {
        using var x = Torch.Ones([2, 3], requiresGrad: true);
        using var s = x.Sum(-1);
        var node = s.GradFn!;
        Assert.That(node.SavedNames, Is.EqualTo(new[] { "dim", "keepdim", "self_sym_sizes" }));
        Assert.That(node.GetSaved("dim"), Is.EqualTo(new long[] { -1 }));
        Assert.That(node.GetSaved("keepdim"), Is.EqualTo(false));
        Assert.That(node.GetSaved("self_sym_sizes"), Is.EqualTo(new long[] { 2, 3 }));
        using var p = x.Pow(2.5);
        Assert.That(p.GradFn!.GetSaved("exponent"), Is.EqualTo(2.5));
        Assert.That(ReferenceEquals(p.GradFn.GetSaved("self"), x), Is.True, "a live leaf comes back as itself");
    }

    [Test]
    public void AMissingNameIsPythonsAttributeError()
    {
        using var x = Torch.Ones([3], requiresGrad: true);
        using var y = x * x;
        Assert.That(y.GradFn!.TryGetSaved("exponent", out var missing), Is.False);
        Assert.That(missing, Is.Null);
        var error = Assert.Throws<TorchException>(() => y.GradFn.GetSaved("exponent"))!;
        Assert.That(error.Kind, Is.EqualTo(TorchErrorKind.AttributeError));
        Assert.That(error.Message, Is.EqualTo("'MulBackward0' object has no attribute '_saved_exponent'"));
        using var total = x.Sum();
        var accumulate = total.GradFn!.NextFunctions[0].Function!;
        Assert.That(accumulate.SavedNames, Is.Empty);
        Assert.That(accumulate.TryGetSaved("self", out _), Is.False);
    }

    [Test]
    public void SavedTensorsReadAfterBackwardThrowAndNothingLeaks()
    {
        long before = LiveHandles.CountAfterCollecting();
        using (var x = Torch.Ones([3], requiresGrad: true))
        using (var index = Torch.Tensor(new long[] { 0, 2 }))
        using (var picked = x[index])
        {
            var node = picked.GradFn!;
            var indices = (Tensor?[])node.GetSaved("indices")!;
            Assert.That(indices, Has.Length.EqualTo(1));
            indices[0]!.Dispose();
            using (var total = picked.Sum()) total.Backward();
            var error = Assert.Throws<TorchException>(() => node.GetSaved("indices"))!;
            Assert.That(error.Message, Does.StartWith("Trying to backward through the graph a second time"));
        }
        Assert.That(LiveHandles.CountAfterCollecting(), Is.EqualTo(before));
    }
}
