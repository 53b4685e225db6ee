using System.Globalization;
using System.Text;
using TorchInterop.Formatting;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Formatting;

/// <summary>
/// <see cref="PythonNumberFormat"/> against Python's <c>format(value, '.Nf')</c> and <c>format(value, '.Ne')</c>
/// for awkward doubles: exact ties, carries into a new digit, extremes, subnormals, signed zeros, non-finite values.
/// </summary>
[TestFixture]
public sealed class PythonNumberFormatTests
{
    private static readonly int[] Precisions = [0, 1, 2, 4, 8, 17, 30];

    [Test]
    public void FixedAndScientific_MatchPython()
    {
        double[] values = Values();
        var python = new StringBuilder();
        python.Append("vals = [float(s) for s in '''")
            .AppendJoin(" ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))
            .Append("'''.split()]\n");
        python.Append("for p in [").AppendJoin(", ", Precisions).Append("]:\n");
        python.Append("    for v in vals:\n");
        python.Append("        print(format(v, f'.{p}f'), format(v, f'.{p}e'))\n");
        string[] expected = PyTorch.Run(python.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var failures = new List<string>();
        int line = 0;
        foreach (int precision in Precisions)
        {
            foreach (double value in values)
            {
                string actual = PythonNumberFormat.Fixed(value, precision) + " " + PythonNumberFormat.Scientific(value, precision);
                if (actual != expected[line])
                    failures.Add($"{value:R} at precision {precision}: expected '{expected[line]}', got '{actual}'");
                line++;
            }
        }
        Assert.That(line, Is.EqualTo(expected.Length));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void IntAndBool_MatchPythonStr()
    {
        long[] ints = [0, -1, 42, long.MaxValue, long.MinValue];
        string expected = PyTorch.Run("print(0, -1, 42, 2**63 - 1, -2**63, True, False, end='')");
        string actual = string.Join(" ", ints.Select(PythonNumberFormat.Int)) + " " +
            PythonNumberFormat.Bool(true) + " " + PythonNumberFormat.Bool(false);
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static double[] Values()
    {
        var values = new List<double>
        {
            0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.03125, 0.15625, -0.46875, 9.99995, 9.9999, 0.99995,
            9.5, 99.5, 999999.5, 1e-4, 1e-5, 1.2e-5, 5e-5, 0.00015, 123456789.0, 1e8, 1e16, 1e22, 1e23,
            double.MaxValue, double.Epsilon, 2.2250738585072014e-308, 0.1, 1.0 / 3, 2.0 / 3, -1e-10,
            12345.6789, 4.35, 0.045, 0.9999999999, (float)0.1, (float)4.35, (float)1e-5, (float)3.4e38,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        };
        var random = new Random(1234);
        for (int i = 0; i < 150; i++)
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-15, 16)));
        for (int i = 0; i < 50; i++)
            values.Add(random.Next(-4096, 4096) / 4096.0);
        return values.ToArray();
    }
}
