using System.Globalization;
using System.Runtime.InteropServices;

namespace TorchInterop;

/// <summary>
/// A number as Python sees it: a float, an int or a bool. Keeps .NET's distinction so that <c>x + 2</c> and
/// <c>x + 2.0</c> promote types as they do in Python.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Scalar : IEquatable<Scalar>, IFormattable
{
    // Layout matches ti_scalar in native/include/torchinterop.h.
    private readonly double _double;
    private readonly long _long;
    private readonly ScalarKind _kind;

    private Scalar(double d, long l, ScalarKind kind)
    {
        _double = d;
        _long = l;
        _kind = kind;
    }

    /// <summary>What kind of Python number this is.</summary>
    public ScalarKind Kind => _kind;

    /// <summary>A Python float.</summary>
    public static Scalar FromDouble(double value) => new(value, 0, ScalarKind.Float);

    /// <summary>A Python int.</summary>
    public static Scalar FromInt64(long value) => new(0, value, ScalarKind.Int);

    /// <summary>A Python bool.</summary>
    public static Scalar FromBoolean(bool value) => new(0, value ? 1 : 0, ScalarKind.Bool);

    /// <summary>The value as a double.</summary>
    public double ToDouble() => _kind == ScalarKind.Float ? _double : _long;

    /// <summary>The value as a long (floats truncate toward zero, as Python's <c>int()</c>).</summary>
    public long ToInt64() => _kind == ScalarKind.Float ? (long)_double : _long;

    /// <summary>The value's truth, as Python's <c>bool()</c>.</summary>
    public bool ToBoolean() => _kind == ScalarKind.Float ? _double != 0 : _long != 0;

#pragma warning disable CS1591 // the conversions are self-explanatory
    public static implicit operator Scalar(double value) => FromDouble(value);
    public static implicit operator Scalar(float value) => FromDouble(value);
    public static implicit operator Scalar(long value) => FromInt64(value);
    public static implicit operator Scalar(int value) => FromInt64(value);
    public static implicit operator Scalar(bool value) => FromBoolean(value);

    /// <summary>
    /// The number as a double, so that Python's number arithmetic ports unchanged (<c>total += loss.item()</c>,
    /// <c>if (loss.item() &lt; 0.1)</c>).
    /// </summary>
    public static implicit operator double(Scalar value) => value.ToDouble();

    /// <summary>Python's <c>int(x)</c>: a float truncates toward zero.</summary>
    public static explicit operator long(Scalar value) => value.ToInt64();

    /// <summary>Python's <c>int(x)</c>, as a .NET int.</summary>
    public static explicit operator int(Scalar value) => checked((int)value.ToInt64());

    /// <summary>The number as a float.</summary>
    public static explicit operator float(Scalar value) => (float)value.ToDouble();

    /// <summary>Python's <c>bool(x)</c>.</summary>
    public static explicit operator bool(Scalar value) => value.ToBoolean();
#pragma warning restore CS1591

    /// <inheritdoc />
    public bool Equals(Scalar other) => _kind == other._kind && _long == other._long && _double.Equals(other._double);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Scalar other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_double, _long, _kind);

    /// <summary>Python's <c>repr</c> of the number: <c>-6.2158362901243436e-09</c>, <c>3</c>, <c>True</c>.</summary>
    public override string ToString() => _kind switch
    {
        ScalarKind.Float => Formatting.PythonNumberFormat.Repr(_double),
        ScalarKind.Bool => _long != 0 ? "True" : "False",
        _ => _long.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// With no format, Python's repr (<see cref="ToString()"/>); otherwise the .NET numeric format, culture-invariant
    /// as Python's is: <c>$"{loss.item():F4}"</c> for Python's <c>f"{loss.item():.4f}"</c>.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format)) return ToString();
        return _kind == ScalarKind.Float
            ? _double.ToString(format, CultureInfo.InvariantCulture)
            : _long.ToString(format, CultureInfo.InvariantCulture);
    }
}

/// <summary>The kinds of Python number a <see cref="Scalar"/> can hold.</summary>
public enum ScalarKind
{
    /// <summary>A Python float (.NET double or float).</summary>
    Float = 0,
    /// <summary>A Python int (.NET long or int).</summary>
    Int = 1,
    /// <summary>A Python bool.</summary>
    Bool = 2,
}
