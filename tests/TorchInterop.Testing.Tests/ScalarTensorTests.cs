using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>0-dim tensors: reported as "Scalars", with Python-number arithmetic for the differences.</summary>
public class ScalarTensorTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("float32 scalars not close",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(1.5))",
            () => TensorAssert.Close(Scalar(1.0), Scalar(1.5)));
        yield return new("float32 scalars close",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(1.000001))",
            () => TensorAssert.Close(Scalar(1.0), Scalar(1.000001)));
        yield return new("float64 scalars not close",
            "torch.testing.assert_close(torch.tensor(0.1, dtype=torch.float64), torch.tensor(0.2, dtype=torch.float64))",
            () => TensorAssert.Close(Scalar(0.1, DType.Float64), Scalar(0.2, DType.Float64)));
        yield return new("zero expected",
            "torch.testing.assert_close(torch.tensor(-2.5), torch.tensor(0.))",
            () => TensorAssert.Close(Scalar(-2.5), Scalar(0.0)));
        yield return new("negative zero expected",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(-0.))",
            () => TensorAssert.Close(Scalar(1.0), Scalar(-0.0)));
        yield return new("explicit tolerances",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(1.5), rtol=0.1, atol=0.2)",
            () => TensorAssert.Close(Scalar(1.0), Scalar(1.5), rtol: 0.1, atol: 0.2));
        yield return new("int64 scalars equal",
            "torch.testing.assert_close(torch.tensor(7), torch.tensor(7))",
            () => TensorAssert.Close(Scalar(7L), Scalar(7L)));
        yield return new("int64 scalars not equal",
            "torch.testing.assert_close(torch.tensor(3), torch.tensor(2))",
            () => TensorAssert.Close(Scalar(3L), Scalar(2L)));
        yield return new("int64 scalar against zero",
            "torch.testing.assert_close(torch.tensor(3), torch.tensor(0))",
            () => TensorAssert.Close(Scalar(3L), Scalar(0L)));
        yield return new("int64 difference beyond int64",
            "torch.testing.assert_close(torch.tensor(2**63 - 1), torch.tensor(-2**63))",
            () => TensorAssert.Close(Scalar(long.MaxValue), Scalar(long.MinValue)));
        yield return new("int64 difference near int64's limit",
            "torch.testing.assert_close(torch.tensor(2**62), torch.tensor(-2**62 + 1))",
            () => TensorAssert.Close(Scalar(1L << 62), Scalar(-(1L << 62) + 1)));
        yield return new("int64 relative difference rounded once",
            "torch.testing.assert_close(torch.tensor(2**63 - 1), torch.tensor(3))",
            () => TensorAssert.Close(Scalar(long.MaxValue), Scalar(3L)));
        yield return new("int64 relative difference of large odd values",
            "torch.testing.assert_close(torch.tensor(-(2**62) - 12345), torch.tensor(2**53 + 1))",
            () => TensorAssert.Close(Scalar(-(1L << 62) - 12345), Scalar((1L << 53) + 1)));
        yield return new("bool scalars",
            "torch.testing.assert_close(torch.tensor(True), torch.tensor(False))",
            () => TensorAssert.Close(Torch.Tensor(true), Torch.Tensor(false)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
