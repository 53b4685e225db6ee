namespace TorchInterop.Tests.Optim;

/// <summary>Python's float repr (the core's port, used in the optimizers' messages) on values around its layout changes.</summary>
public class PythonFloatTests
{
    [Test]
    public void MatchesPythonRepr()
    {
        double[] values = [0.0, -0.0, 1.0, -2.5, 0.1, 1e-3, 1e-4, 1e-5, -3e-5, 1.0000000000000004e-05, 123456789012345.6,
            1e15, 1e16, 1.5e16, 1e22, 1e-300, 5e-324, 1.7976931348623157e308, 0.30000000000000004, 2.5e-7, 1.0 / 3];
        string python = "for v in [" + string.Join(", ", values.Select(v => "float(\"" + v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\")")) + "]:\n    print(repr(v))";
        string expected = TorchInterop.Tests.Parity.PyTorch.Run(python);
        string actual = string.Concat(values.Select(v => TorchInterop.Optim.PythonFloat.Format(v) + "\n"));
        Assert.That(actual, Is.EqualTo(expected));
    }
}
