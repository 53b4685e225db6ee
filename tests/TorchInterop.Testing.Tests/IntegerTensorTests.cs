using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>
/// Integer and bool tensors: exact by default, int64 differences that wrap, float32 relative differences and
/// tolerances.
/// </summary>
public class IntegerTensorTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("int64 equal",
            "torch.testing.assert_close(torch.tensor([1, 2, 3]), torch.tensor([1, 2, 3]))",
            () => TensorAssert.Close(I64(1, 2, 3), I64(1, 2, 3)));
        yield return new("int64 not equal",
            "torch.testing.assert_close(torch.tensor([1, 2, 4]), torch.tensor([1, 2, 3]))",
            () => TensorAssert.Close(I64(1, 2, 4), I64(1, 2, 3)));
        yield return new("int64 against zero",
            "torch.testing.assert_close(torch.tensor([1, 2, 3]), torch.tensor([1, 2, 0]))",
            () => TensorAssert.Close(I64(1, 2, 3), I64(1, 2, 0)));
        yield return new("int64 2-D",
            "torch.testing.assert_close(torch.tensor([[1, 2], [3, 4]]), torch.tensor([[1, -5], [3, 9]]))",
            () => TensorAssert.Close(Torch.Tensor(new long[,] { { 1, 2 }, { 3, 4 } }), Torch.Tensor(new long[,] { { 1, -5 }, { 3, 9 } })));
        yield return new("int64 differences wrap around",
            "torch.testing.assert_close(torch.tensor([2**62, 0]), torch.tensor([-2**62, 1]))",
            () => TensorAssert.Close(I64(1L << 62, 0), I64(-(1L << 62), 1)));
        yield return new("int64 minimum",
            "torch.testing.assert_close(torch.tensor([5, -2**63]), torch.tensor([-2**63, 5]))",
            () => TensorAssert.Close(I64(5, long.MinValue), I64(long.MinValue, 5)));
        yield return new("int64 with explicit tolerances",
            "torch.testing.assert_close(torch.tensor([1, 2]), torch.tensor([1, 3]), rtol=0.1, atol=0.0)",
            () => TensorAssert.Close(I64(1, 2), I64(1, 3), rtol: 0.1, atol: 0.0));
        yield return new("int64 within explicit tolerances",
            "torch.testing.assert_close(torch.tensor([-10, 2]), torch.tensor([-11, 2]), rtol=0.1, atol=0.0)",
            () => TensorAssert.Close(I64(-10, 2), I64(-11, 2), rtol: 0.1, atol: 0.0));
        yield return new("int64 tolerances are float32",
            "torch.testing.assert_close(torch.tensor([16777217]), torch.tensor([0]), rtol=0.0, atol=16777216.0)",
            () => TensorAssert.Close(I64(16777217), I64(0), rtol: 0.0, atol: 16777216.0));
        yield return new("int64 0-dim tolerances are float32",
            "torch.testing.assert_close(torch.tensor(16777217), torch.tensor(0), rtol=0.0, atol=16777216.0)",
            () => TensorAssert.Close(Scalar(16777217L), Scalar(0L), rtol: 0.0, atol: 16777216.0));
        yield return new("int64 relative difference rounded to float32",
            "torch.testing.assert_close(torch.tensor([123456789]), torch.tensor([987654321]))",
            () => TensorAssert.Close(I64(123456789), I64(987654321)));
        yield return new("int32",
            "torch.testing.assert_close(torch.tensor([1, 2], dtype=torch.int32), torch.tensor([1, 7], dtype=torch.int32))",
            () => TensorAssert.Close(Torch.Tensor(new[] { 1, 2 }), Torch.Tensor(new[] { 1, 7 })));
        yield return new("int16",
            "torch.testing.assert_close(torch.tensor([-300], dtype=torch.int16), torch.tensor([300], dtype=torch.int16))",
            () => TensorAssert.Close(Torch.Tensor(new short[] { -300 }), Torch.Tensor(new short[] { 300 })));
        yield return new("int8",
            "torch.testing.assert_close(torch.tensor([-128, 1], dtype=torch.int8), torch.tensor([127, 1], dtype=torch.int8))",
            () => TensorAssert.Close(Torch.Tensor(new sbyte[] { -128, 1 }), Torch.Tensor(new sbyte[] { 127, 1 })));
        yield return new("uint8",
            "torch.testing.assert_close(torch.tensor([0, 255], dtype=torch.uint8), torch.tensor([255, 255], dtype=torch.uint8))",
            () => TensorAssert.Close(Torch.Tensor(new byte[] { 0, 255 }), Torch.Tensor(new byte[] { 255, 255 })));
        yield return new("uint8 differences with tolerances do not wrap",
            "torch.testing.assert_close(torch.tensor([4, 3], dtype=torch.uint8), torch.tensor([250, 3], dtype=torch.uint8), rtol=0.5, atol=0.0)",
            () => TensorAssert.Close(Torch.Tensor(new byte[] { 4, 3 }), Torch.Tensor(new byte[] { 250, 3 }), rtol: 0.5, atol: 0.0));
        yield return new("bool equal",
            "torch.testing.assert_close(torch.tensor([True, False]), torch.tensor([True, False]))",
            () => TensorAssert.Close(Torch.Tensor(new[] { true, false }), Torch.Tensor(new[] { true, false })));
        yield return new("bool not equal",
            "torch.testing.assert_close(torch.tensor([True, False, False]), torch.tensor([True, True, False]))",
            () => TensorAssert.Close(Torch.Tensor(new[] { true, false, false }), Torch.Tensor(new[] { true, true, false })));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
