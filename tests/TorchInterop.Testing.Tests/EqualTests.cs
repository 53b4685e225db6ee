using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>TensorAssert.Equal: assert_close with rtol = atol = 0.</summary>
public class EqualTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("equal floats",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.]), rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal(F32(1, 2), F32(1, 2)));
        yield return new("floats within default tolerances are not equal",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1.000001, 2.]), rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal(F32(1, 2), F32(1.000001, 2)));
        yield return new("0-dim not equal",
            "torch.testing.assert_close(torch.tensor(1e-9, dtype=torch.float64), torch.tensor(1e-10, dtype=torch.float64), rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal(Scalar(1e-9, DType.Float64), Scalar(1e-10, DType.Float64)));
        yield return new("NaN with equal_nan",
            "torch.testing.assert_close(torch.tensor([math.nan]), torch.tensor([math.nan]), rtol=0.0, atol=0.0, equal_nan=True)",
            () => TensorAssert.Equal(F32(double.NaN), F32(double.NaN), equalNan: true));
        yield return new("promoted dtypes",
            "torch.testing.assert_close(torch.tensor([1, 2]), torch.tensor([1., 2.5]), rtol=0.0, atol=0.0, check_dtype=False)",
            () => TensorAssert.Equal(I64(1, 2), F32(1, 2.5), checkDtype: false));
        yield return new("dtype still checked",
            "torch.testing.assert_close(torch.tensor([1, 2]), torch.tensor([1., 2.]), rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal(I64(1, 2), F32(1, 2)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
