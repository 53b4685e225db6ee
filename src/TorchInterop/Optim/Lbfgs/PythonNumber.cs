namespace TorchInterop.Optim.Lbfgs;

/// <summary>
/// A value of L-BFGS's Python code, which mixes Python ints, floats and 0-dim tensors in its arithmetic (a step length
/// starts as <c>lr</c> and becomes a tensor once multiplied by a gradient's dot product). Each operation takes the
/// path Python's operators take, so the rounding (float32 for tensors, double for floats) and the state dict's
/// entries are PyTorch's.
/// </summary>
internal readonly struct PythonNumber
{
    private readonly double _value;
    private readonly bool _isInt;

    private PythonNumber(double value, bool isInt, Tensor? tensor)
    {
        _value = value;
        _isInt = isInt;
        Tensor = tensor;
    }

    /// <summary>The tensor, where this value is one.</summary>
    public Tensor? Tensor { get; }

    public static PythonNumber Int(long value) => new(value, true, null);

    public static implicit operator PythonNumber(double value) => new(value, false, null);

    public static implicit operator PythonNumber(Tensor tensor) => new(0, false, tensor ?? throw new ArgumentNullException(nameof(tensor)));

    /// <summary>The value as Python would box it in a state dict: a tensor, an int (long) or a float.</summary>
    public object Boxed => Tensor is { } t ? t : _isInt ? (object)(long)_value : _value;

    /// <summary>The value as a Scalar argument (<c>alpha=t</c>), which reads a tensor's element.</summary>
    public Scalar ToScalar() => Tensor is { } t ? t.Item() : _isInt ? Scalar.FromInt64((long)_value) : Scalar.FromDouble(_value);

    // A plain number as the Scalar an operator with a tensor receives (Python keeps ints ints).
    private Scalar Plain => _isInt ? Scalar.FromInt64((long)_value) : Scalar.FromDouble(_value);

    /// <summary>A value read back from a state dict (a tensor, an int or a float).</summary>
    public static PythonNumber FromBoxed(object? value) => value switch
    {
        Tensor t => t,
        long l => Int(l),
        int i => Int(i),
        double d => d,
        float f => f,
        _ => throw new ArgumentException($"expected a number or a tensor, got a {value?.GetType().Name ?? "None"}", nameof(value)),
    };

    public static PythonNumber operator +(PythonNumber a, PythonNumber b) =>
        a.Tensor is { } x ? (b.Tensor is { } y ? x + y : x + b.Plain)
        : b.Tensor is { } z ? a.Plain + z : new PythonNumber(a._value + b._value, a._isInt && b._isInt, null);

    public static PythonNumber operator -(PythonNumber a, PythonNumber b) =>
        a.Tensor is { } x ? (b.Tensor is { } y ? x - y : x - b.Plain)
        : b.Tensor is { } z ? a.Plain - z : new PythonNumber(a._value - b._value, a._isInt && b._isInt, null);

    public static PythonNumber operator *(PythonNumber a, PythonNumber b) =>
        a.Tensor is { } x ? (b.Tensor is { } y ? x * y : x * b.Plain)
        : b.Tensor is { } z ? a.Plain * z : new PythonNumber(a._value * b._value, a._isInt && b._isInt, null);

    public static PythonNumber operator /(PythonNumber a, PythonNumber b) =>
        a.Tensor is { } x ? (b.Tensor is { } y ? x / y : x / b.Plain)
        : b.Tensor is { } z ? a.Plain / z : new PythonNumber(a._value / b._value, false, null);

    public static PythonNumber operator -(PythonNumber a) => a.Tensor is { } x ? -x : new PythonNumber(-a._value, a._isInt, null);

    public static bool operator >(PythonNumber a, PythonNumber b) => Compare(a, b, (x, y) => x > y, (x, y) => x > y, (x, y) => x > y, (x, y) => x < y);

    public static bool operator <(PythonNumber a, PythonNumber b) => Compare(a, b, (x, y) => x < y, (x, y) => x < y, (x, y) => x < y, (x, y) => x > y);

    public static bool operator >=(PythonNumber a, PythonNumber b) => Compare(a, b, (x, y) => x >= y, (x, y) => x >= y, (x, y) => x >= y, (x, y) => x <= y);

    public static bool operator <=(PythonNumber a, PythonNumber b) => Compare(a, b, (x, y) => x <= y, (x, y) => x <= y, (x, y) => x <= y, (x, y) => x >= y);

    // Python's comparison: a tensor on either side compares as a tensor (reflected when the tensor is on the right).
    private static bool Compare(PythonNumber a, PythonNumber b, Func<double, double, bool> plain, Func<Tensor, Tensor, Tensor> tensors,
        Func<Tensor, Scalar, Tensor> tensorLeft, Func<Tensor, Scalar, Tensor> tensorRight)
    {
        if (a.Tensor is { } x) return (bool)(b.Tensor is { } y ? tensors(x, y) : tensorLeft(x, b.Plain));
        if (b.Tensor is { } z) return (bool)tensorRight(z, a.Plain);
        return plain(a._value, b._value);
    }

    /// <summary>Python's <c>abs(x)</c>.</summary>
    public PythonNumber Abs() => Tensor is { } t ? t.Abs() : new PythonNumber(Math.Abs(_value), _isInt, null);

    /// <summary><c>x ** 2</c>.</summary>
    public PythonNumber Square() => Tensor is { } t ? t.Pow(2) : new PythonNumber(Math.Pow(_value, 2), _isInt, null);

    /// <summary><c>x.sqrt()</c> (a tensor's method: only tensors reach it).</summary>
    public PythonNumber Sqrt() => Tensor is { } t ? t.Sqrt() : throw new InvalidOperationException("sqrt of a Python float");

    /// <summary>Python's <c>min(a, b)</c>: <paramref name="a"/> unless <paramref name="b"/> is smaller.</summary>
    public static PythonNumber Min(PythonNumber a, PythonNumber b) => b < a ? b : a;

    /// <summary>Python's <c>max(a, b)</c>: <paramref name="a"/> unless <paramref name="b"/> is larger.</summary>
    public static PythonNumber Max(PythonNumber a, PythonNumber b) => b > a ? b : a;
}
