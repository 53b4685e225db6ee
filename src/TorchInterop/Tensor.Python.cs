using TorchInterop.Native;

namespace TorchInterop;

// Python's semantics that C# can express with operators: truth values, number conversions, formatting and in-place
// compound assignment.
public sealed partial class Tensor : IFormattable
{
    /// <summary>
    /// Python's <c>bool(tensor)</c>: the truth of a one-element tensor. Many elements are ambiguous (PyTorch's error).
    /// </summary>
    public bool ToBoolean()
    {
        if (Check.Status(NativeMethods.ti_numel(this)) != 1)
            throw new TorchException("Boolean value of Tensor with more than one value is ambiguous");
        return Item<bool>();
    }

#pragma warning disable CS1591 // documented by ToBoolean and the in-place methods they call
    /// <summary>Lets one-element tensors stand in conditions: <c>while (y.Norm() &lt; 1000)</c>.</summary>
    public static bool operator true(Tensor tensor) => NotNullOperand(tensor).ToBoolean();
    public static bool operator false(Tensor tensor) => !NotNullOperand(tensor).ToBoolean();
    /// <summary>Python's <c>not tensor</c>.</summary>
    public static bool operator !(Tensor tensor) => !NotNullOperand(tensor).ToBoolean();

    // As in Python, `x -= lr * x.grad` updates x in place (the same object, the same storage).
    public void operator +=(Tensor other) => Add_(other);
    public void operator +=(Scalar other) => Add_(other);
    public void operator -=(Tensor other) => Sub_(other);
    public void operator -=(Scalar other) => Sub_(other);
    public void operator *=(Tensor other) => Mul_(other);
    public void operator *=(Scalar other) => Mul_(other);
    public void operator /=(Tensor other) => Div_(other);
    public void operator /=(Scalar other) => Div_(other);
#pragma warning restore CS1591

    /// <summary>Python's <c>float(t)</c> of a one-element tensor.</summary>
    public static explicit operator double(Tensor tensor) => NotNullOperand(tensor).Item().ToDouble();

    /// <summary>The value of a one-element tensor as a float.</summary>
    public static explicit operator float(Tensor tensor) => (float)NotNullOperand(tensor).Item().ToDouble();

    /// <summary>Python's <c>int(t)</c> of a one-element tensor (a float truncates toward zero).</summary>
    public static explicit operator long(Tensor tensor) => NotNullOperand(tensor).Item().ToInt64();

    /// <summary>Python's <c>int(t)</c>, as a .NET int.</summary>
    public static explicit operator int(Tensor tensor) => checked((int)NotNullOperand(tensor).Item().ToInt64());

    /// <summary>Python's <c>bool(t)</c>.</summary>
    public static explicit operator bool(Tensor tensor) => NotNullOperand(tensor).ToBoolean();

    /// <summary>
    /// Python's <c>Tensor.__format__</c>: a 0-dim tensor formats as its number (<c>$"{loss:F4}"</c>); with no format,
    /// the repr; a format for a tensor of dimensions is Python's TypeError.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format)) return ToString();
        if (Dim == 0) return Item().ToString(format, formatProvider);
        throw new TorchException("unsupported format string passed to Tensor.__format__", TorchErrorKind.TypeError);
    }

    private static Tensor NotNullOperand(Tensor tensor) =>
        tensor ?? throw new ArgumentNullException(nameof(tensor), "A null tensor has no truth value.");
}
