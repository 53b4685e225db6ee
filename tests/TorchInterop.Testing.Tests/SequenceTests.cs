using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>Lists of tensors: the length check, and failures naming the item.</summary>
public class SequenceTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("close item by item",
            "torch.testing.assert_close([torch.tensor([1.]), torch.tensor([2, 3])], [torch.tensor([1.]), torch.tensor([2, 3])])",
            () => TensorAssert.Close([F32(1), I64(2, 3)], [F32(1), I64(2, 3)]));
        yield return new("empty sequences",
            "torch.testing.assert_close([], [])",
            () => TensorAssert.Close(Array.Empty<Tensor>(), new List<Tensor>()));
        yield return new("length mismatch",
            "torch.testing.assert_close([torch.tensor(1.), torch.tensor(2.)], [torch.tensor(1.), torch.tensor(2.), torch.tensor(3.)])",
            () => TensorAssert.Close([Scalar(1.0), Scalar(2.0)], [Scalar(1.0), Scalar(2.0), Scalar(3.0)]));
        yield return new("failure in item 1",
            "torch.testing.assert_close([torch.tensor([1., 2.]), torch.tensor([3., 4.])], [torch.tensor([1., 2.]), torch.tensor([3., 5.])])",
            () => TensorAssert.Close([F32(1, 2), F32(3, 4)], [F32(1, 2), F32(3, 5)]));
        yield return new("the first failing item is reported",
            "torch.testing.assert_close([torch.tensor(1.), torch.tensor(2.), torch.tensor(3.)], [torch.tensor(1.), torch.tensor([2.]), torch.tensor(4.)])",
            () => TensorAssert.Close([Scalar(1.0), Scalar(2.0), Scalar(3.0)], [Scalar(1.0), F32(2), Scalar(4.0)]));
        yield return new("dtype mismatch in item 0",
            "torch.testing.assert_close([torch.tensor([1.])], [torch.tensor([1])])",
            () => TensorAssert.Close([F32(1)], [I64(1)]));
        yield return new("tolerances chosen per item",
            "torch.testing.assert_close([torch.tensor([1.], dtype=torch.float16), torch.tensor([1.], dtype=torch.float64)], [torch.tensor([1.0005], dtype=torch.float16), torch.tensor([1.0005], dtype=torch.float64)])",
            () => TensorAssert.Close([F16(1), F64(1)], [F16(1.0005), F64(1.0005)]));
        yield return new("rtol without atol names the first item",
            "torch.testing.assert_close([torch.tensor(1.), torch.tensor(2.)], [torch.tensor(1.), torch.tensor(2.)], rtol=0.1)",
            () => TensorAssert.Close([Scalar(1.0), Scalar(2.0)], [Scalar(1.0), Scalar(2.0)], rtol: 0.1));
        yield return new("rtol without atol on empty sequences",
            "torch.testing.assert_close([], [], rtol=0.1)",
            () => TensorAssert.Close(Array.Empty<Tensor>(), Array.Empty<Tensor>(), rtol: 0.1));
        yield return new("equal item by item",
            "torch.testing.assert_close([torch.tensor([1, 2]), torch.tensor([1.5])], [torch.tensor([1, 2]), torch.tensor([1.5000001])], rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal([I64(1, 2), F32(1.5)], [I64(1, 2), F32(1.5000001)]));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
