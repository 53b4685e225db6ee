using System.Globalization;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Testing.Tests;

/// <summary>DefaultTolerances against <c>torch.testing._comparison.default_tolerances</c>.</summary>
public class DefaultTolerancesTests
{
    private static IEnumerable<DType[]> DtypeSets()
    {
        foreach (DType dtype in Enum.GetValues<DType>()) yield return [dtype];
        yield return [DType.Float16, DType.Float32];
        yield return [DType.Float64, DType.Float32];
        yield return [DType.Int64, DType.BFloat16];
        yield return [DType.Int64, DType.Bool, DType.UInt8];
        yield return [DType.Float64, DType.Float16, DType.Complex64];
    }

    [TestCaseSource(nameof(DtypeSets))]
    public void MatchesPyTorch(DType[] dtypes)
    {
        string output = PyTorch.Run(
            "from torch.testing._comparison import default_tolerances\n" +
            $"print(*map(repr, default_tolerances({string.Join(", ", dtypes.Select(d => d.PythonName()))})))");
        double[] expected = output.Split(' ', StringSplitOptions.TrimEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        Assert.That(TensorAssert.DefaultTolerances(dtypes), Is.EqualTo((expected[0], expected[1])));
    }

    [Test]
    public void NoDtypesIsAnError()
    {
        Assert.Throws<ArgumentException>(() => TensorAssert.DefaultTolerances());
        Assert.Throws<ArgumentNullException>(() => TensorAssert.DefaultTolerances(null!));
    }
}
