using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>NaN and infinities: equal_nan, equal infinities, and NaN winning the greatest difference.</summary>
public class NonFiniteTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("NaN is not close to NaN",
            "torch.testing.assert_close(torch.tensor([1., math.nan]), torch.tensor([1., math.nan]))",
            () => TensorAssert.Close(F32(1, double.NaN), F32(1, double.NaN)));
        yield return new("NaN equals NaN with equal_nan",
            "torch.testing.assert_close(torch.tensor([1., math.nan]), torch.tensor([1., math.nan]), equal_nan=True)",
            () => TensorAssert.Close(F32(1, double.NaN), F32(1, double.NaN), equalNan: true));
        yield return new("equal_nan does not excuse other differences",
            "torch.testing.assert_close(torch.tensor([math.nan, 1.]), torch.tensor([math.nan, 2.]), equal_nan=True)",
            () => TensorAssert.Close(F32(double.NaN, 1), F32(double.NaN, 2), equalNan: true));
        yield return new("NaN against a number",
            "torch.testing.assert_close(torch.tensor([1., math.nan], dtype=torch.float64), torch.tensor([1., 1.], dtype=torch.float64), equal_nan=True)",
            () => TensorAssert.Close(F64(1, double.NaN), F64(1, 1), equalNan: true));
        yield return new("the first NaN wins the greatest difference",
            "torch.testing.assert_close(torch.tensor([1., math.nan, 5., math.nan]), torch.tensor([2., 1., 1., math.nan]))",
            () => TensorAssert.Close(F32(1, double.NaN, 5, double.NaN), F32(2, 1, 1, double.NaN)));
        yield return new("equal infinities are close",
            "torch.testing.assert_close(torch.tensor([math.inf, -math.inf]), torch.tensor([math.inf, -math.inf]))",
            () => TensorAssert.Close(F32(double.PositiveInfinity, double.NegativeInfinity),
                F32(double.PositiveInfinity, double.NegativeInfinity)));
        yield return new("opposite infinities",
            "torch.testing.assert_close(torch.tensor([math.inf]), torch.tensor([-math.inf]))",
            () => TensorAssert.Close(F32(double.PositiveInfinity), F32(double.NegativeInfinity)));
        yield return new("infinity against a number, even with infinite tolerance",
            "torch.testing.assert_close(torch.tensor([math.inf, 1.]), torch.tensor([1., 1.]), rtol=0.0, atol=math.inf)",
            () => TensorAssert.Close(F32(double.PositiveInfinity, 1), F32(1, 1), rtol: 0.0, atol: double.PositiveInfinity));
        yield return new("a number against infinity",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., math.inf]))",
            () => TensorAssert.Close(F32(1, 2), F32(1, double.PositiveInfinity)));
        yield return new("0-dim NaN (PyTorch's docstring example)",
            "torch.testing.assert_close(torch.tensor(math.nan), torch.tensor(math.nan))",
            () => TensorAssert.Close(Scalar(double.NaN), Scalar(double.NaN)));
        yield return new("0-dim NaN with equal_nan",
            "torch.testing.assert_close(torch.tensor(math.nan), torch.tensor(math.nan), equal_nan=True)",
            () => TensorAssert.Close(Scalar(double.NaN), Scalar(double.NaN), equalNan: true));
        yield return new("0-dim infinity against zero",
            "torch.testing.assert_close(torch.tensor(math.inf), torch.tensor(0.))",
            () => TensorAssert.Close(Scalar(double.PositiveInfinity), Scalar(0.0)));
        yield return new("float16 overflow to infinity",
            "torch.testing.assert_close(torch.tensor([70000.], dtype=torch.float16), torch.tensor([60000.], dtype=torch.float16))",
            () => TensorAssert.Close(F16(70000), F16(60000)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
