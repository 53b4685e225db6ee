using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>Shape, stride and dtype checks, and the promotion to a common dtype when check_dtype is off.</summary>
public class AttributeTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("shape mismatch",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.]))",
            () => TensorAssert.Close(F32(1, 2), F32(1, 2, 3)));
        yield return new("2-D shape mismatch",
            "torch.testing.assert_close(torch.zeros(2, 3), torch.zeros(3, 2))",
            () => TensorAssert.Close(Torch.Zeros([2, 3]), Torch.Zeros([3, 2])));
        yield return new("0-dim against one element",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor([1.]))",
            () => TensorAssert.Close(Scalar(1.0), F32(1)));
        yield return new("empty against one element",
            "torch.testing.assert_close(torch.zeros(0), torch.zeros(1))",
            () => TensorAssert.Close(Torch.Zeros([0]), Torch.Zeros([1])));
        yield return new("shape is checked before dtype",
            "torch.testing.assert_close(torch.zeros(2), torch.zeros(3, dtype=torch.float64))",
            () => TensorAssert.Close(Torch.Zeros([2]), Torch.Zeros([3], DType.Float64)));
        yield return new("dtype mismatch",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.], dtype=torch.float64))",
            () => TensorAssert.Close(F32(1, 2), F64(1, 2)));
        yield return new("int dtype mismatch",
            "torch.testing.assert_close(torch.tensor([1, 2]), torch.tensor([1, 2], dtype=torch.int32))",
            () => TensorAssert.Close(I64(1, 2), Torch.Tensor(new[] { 1, 2 })));
        yield return new("dtype is checked before values",
            "torch.testing.assert_close(torch.tensor([1.]), torch.tensor([5]))",
            () => TensorAssert.Close(F32(1), I64(5)));
        yield return new("complex dtype mismatch is reported",
            "torch.testing.assert_close(torch.ones(2, dtype=torch.complex64), torch.ones(2))",
            () => TensorAssert.Close(Torch.Ones([2], DType.Complex64), Torch.Ones([2])));
        yield return new("float32 and float64 promoted",
            "torch.testing.assert_close(torch.tensor([1.1]), torch.tensor([1.1], dtype=torch.float64), check_dtype=False)",
            () => TensorAssert.Close(F32(1.1), F64(1.1), checkDtype: false));
        yield return new("float32 and float64 promoted, not close",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.001], dtype=torch.float64), check_dtype=False)",
            () => TensorAssert.Close(F32(1, 2), F64(1, 2.001), checkDtype: false));
        yield return new("int64 rounded to float16",
            "torch.testing.assert_close(torch.tensor([2049]), torch.tensor([2048.], dtype=torch.float16), check_dtype=False)",
            () => TensorAssert.Close(I64(2049), F16(2048), checkDtype: false));
        yield return new("int64 rounded to float16, not close",
            "torch.testing.assert_close(torch.tensor([2051]), torch.tensor([2048.], dtype=torch.float16), check_dtype=False)",
            () => TensorAssert.Close(I64(2051), F16(2048), checkDtype: false));
        yield return new("int64 rounded to float32",
            "torch.testing.assert_close(torch.tensor([16777217]), torch.tensor([16777216.]), check_dtype=False)",
            () => TensorAssert.Close(I64(16777217), F32(16777216), checkDtype: false));
        yield return new("uint8 and int8 meet in int16",
            "torch.testing.assert_close(torch.tensor([200], dtype=torch.uint8), torch.tensor([-56], dtype=torch.int8), check_dtype=False)",
            () => TensorAssert.Close(Torch.Tensor(new byte[] { 200 }), Torch.Tensor(new sbyte[] { -56 }), checkDtype: false));
        yield return new("float16 and bfloat16 meet in float32",
            "torch.testing.assert_close(torch.tensor([1., 3.], dtype=torch.float16), torch.tensor([1., 3.1], dtype=torch.bfloat16), check_dtype=False)",
            () => TensorAssert.Close(F16(1, 3), BF16(1, 3.1), checkDtype: false));
        yield return new("bool and int64",
            "torch.testing.assert_close(torch.tensor([True, False]), torch.tensor([1, 1]), check_dtype=False)",
            () => TensorAssert.Close(Torch.Tensor(new[] { true, false }), I64(1, 1), checkDtype: false));
        yield return new("bool and float32",
            "torch.testing.assert_close(torch.tensor([True, False]), torch.tensor([1., 0.5]), check_dtype=False)",
            () => TensorAssert.Close(Torch.Tensor(new[] { true, false }), F32(1, 0.5), checkDtype: false));
        yield return new("int32 and int64",
            "torch.testing.assert_close(torch.tensor([3, 4], dtype=torch.int32), torch.tensor([3, 5]), check_dtype=False)",
            () => TensorAssert.Close(Torch.Tensor(new[] { 3, 4 }), I64(3, 5), checkDtype: false));
        yield return new("stride mismatch",
            "torch.testing.assert_close(torch.zeros(2, 3).t(), torch.zeros(3, 2), check_stride=True)",
            () => TensorAssert.Close(Torch.Zeros([2, 3]).T, Torch.Zeros([3, 2]), checkStride: true));
        yield return new("strides are not checked by default",
            "torch.testing.assert_close(torch.zeros(2, 3).t(), torch.zeros(3, 2))",
            () => TensorAssert.Close(Torch.Zeros([2, 3]).T, Torch.Zeros([3, 2])));
        yield return new("equal strides pass",
            "torch.testing.assert_close(torch.zeros(2, 3), torch.zeros(2, 3), check_stride=True)",
            () => TensorAssert.Close(Torch.Zeros([2, 3]), Torch.Zeros([2, 3]), checkStride: true));
        yield return new("check_device off on one device",
            "torch.testing.assert_close(torch.tensor([1.]), torch.tensor([2.]), check_device=False)",
            () => TensorAssert.Close(F32(1), F32(2), checkDevice: false));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
