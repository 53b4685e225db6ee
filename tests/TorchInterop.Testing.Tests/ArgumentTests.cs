using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>Invalid arguments: tolerances given alone (PyTorch's ValueError), nulls, and what is not supported.</summary>
public class ArgumentTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("rtol without atol",
            "torch.testing.assert_close(torch.tensor([1.]), torch.tensor([1.]), rtol=0.1)",
            () => TensorAssert.Close(F32(1), F32(1), rtol: 0.1));
        yield return new("atol without rtol",
            "torch.testing.assert_close(torch.tensor([1.]), torch.tensor([1.]), atol=0.1)",
            () => TensorAssert.Close(F32(1), F32(1), atol: 0.1));
        yield return new("tolerances are checked before attributes",
            "torch.testing.assert_close(torch.zeros(2), torch.zeros(3), rtol=0.1)",
            () => TensorAssert.Close(Torch.Zeros([2]), Torch.Zeros([3]), rtol: 0.1));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();

    [Test]
    public void ToleranceErrorIsAnArgumentExceptionWithoutParameterName()
    {
        var e = Assert.Throws<ArgumentException>(() => TensorAssert.Close(F32(1), F32(1), rtol: 0.1));
        Assert.That(e!.ParamName, Is.Null);
    }

    [Test]
    public void NullTensorsAreRejected()
    {
        using var t = F32(1);
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Close(null!, t))!.ParamName, Is.EqualTo("actual"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Close(t, (Tensor)null!))!.ParamName, Is.EqualTo("expected"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Equal((Tensor)null!, t))!.ParamName, Is.EqualTo("actual"));
    }

    [Test]
    public void NullSequencesAndItemsAreRejected()
    {
        using var t = F32(1);
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Close((IReadOnlyList<Tensor>)null!, [t]))!.ParamName,
            Is.EqualTo("actual"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Close([t], (IReadOnlyList<Tensor>)null!))!.ParamName,
            Is.EqualTo("expected"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Close([t, null!], [t, t]))!.ParamName,
            Is.EqualTo("actual"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TensorAssert.Equal([t], [null!]))!.ParamName,
            Is.EqualTo("expected"));
    }

    [Test]
    public void NullMappingsAndValuesAreRejected()
    {
        using var t = F32(1);
        var map = new Dictionary<string, Tensor> { ["a"] = t };
        Assert.That(Assert.Throws<ArgumentNullException>(() =>
            TensorAssert.Close((IReadOnlyDictionary<string, Tensor>)null!, map))!.ParamName, Is.EqualTo("actual"));
        Assert.That(Assert.Throws<ArgumentNullException>(() =>
            TensorAssert.Equal(map, (IReadOnlyDictionary<string, Tensor>)null!))!.ParamName, Is.EqualTo("expected"));
        Assert.That(Assert.Throws<ArgumentNullException>(() =>
            TensorAssert.Close(map, new Dictionary<string, Tensor> { ["a"] = null! }))!.ParamName, Is.EqualTo("expected"));
    }

    [Test]
    public void ComplexValuesAreNotSupported()
    {
        using var c = Torch.Ones([2], DType.Complex64);
        using var d = Torch.Ones([2], DType.Complex128);
        using var f = Torch.Ones([2]);
        Assert.Throws<NotSupportedException>(() => TensorAssert.Close(c, c));
        Assert.Throws<NotSupportedException>(() => TensorAssert.Close(c, d, checkDtype: false));
        Assert.Throws<NotSupportedException>(() => TensorAssert.Close(f, c, checkDtype: false));
    }
}
