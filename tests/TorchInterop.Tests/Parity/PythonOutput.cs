using System.Globalization;
using System.Text;
using TorchInterop;

namespace TorchInterop.Tests.Parity;

/// <summary>
/// Collects what a C# port prints, formatted as Python's <c>print</c> would show the same values, so it can be
/// compared with the output of the Python original.
/// </summary>
public sealed class PythonOutput
{
    private readonly StringBuilder _text = new();

    /// <summary>Python's <c>print(a, b, ...)</c>.</summary>
    public void Print(params object?[] values)
    {
        _text.Append(string.Join(' ', values.Select(Show)));
        _text.Append('\n');
    }

    /// <summary>Runs <paramref name="body"/>; a <see cref="TorchException"/> is recorded as Python reports an uncaught one.</summary>
    public void Try(Action body)
    {
        try
        {
            body();
        }
        catch (TorchException e)
        {
            _text.Append(e.PythonTypeName).Append(": ").Append(e.Message).Append('\n');
        }
    }

    public override string ToString() => _text.ToString();

    private static string Show(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long[] shape => "torch.Size([" + string.Join(", ", shape) + "])",
        DType dtype => dtype.PythonName(),
        double d => PythonFloat(d),
        float f => PythonFloat(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<Tensor?> tensors => "[" + string.Join(", ", tensors.Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };

    // Python's repr(float) for the values tests print: shortest round-trip digits, ".0" for integral values.
    private static string PythonFloat(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        if (r.Contains('E')) throw new NotSupportedException($"{r}: tests print floats in fixed notation only");
        return r.Contains('.') ? r : r + ".0";
    }
}

/// <summary>A Python snippet and its C# port, expected to print the same text.</summary>
public sealed record ParityCase(string Name, string Python, Action<PythonOutput> CSharp)
{
    public override string ToString() => Name;

    /// <summary>Runs both sides and asserts the C# output equals PyTorch's.</summary>
    public void Verify()
    {
        string expected = PyTorch.Run(Python);
        var output = new PythonOutput();
        CSharp(output);
        Assert.That(output.ToString(), Is.EqualTo(expected), $"Python:\n{Python}");
    }
}
