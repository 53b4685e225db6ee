namespace TorchInterop.Distributions;

/// <summary>
/// A region over which a variable is valid (Python's <c>torch.distributions.constraints.Constraint</c>):
/// <see cref="Check"/> tells, per event, whether a value lies in it. Prints as PyTorch does: <c>GreaterThan(lower_bound=0.0)</c>.
/// </summary>
public abstract class Constraint
{
    /// <summary>Whether the constrained space is discrete.</summary>
    public virtual bool IsDiscrete => false;

    /// <summary>The number of rightmost dimensions that together make one event.</summary>
    public virtual int EventDim => 0;

    /// <summary>A bool tensor of shape <c>sample_shape + batch_shape</c>: whether each event satisfies the constraint.</summary>
    public abstract Tensor Check(Tensor value);

    /// <summary>The Python class name without its leading underscore (<c>_Real</c> prints as <c>Real()</c>).</summary>
    protected virtual string PythonName => GetType().Name.Replace("Constraint", "", StringComparison.Ordinal);

    /// <summary>Python's repr.</summary>
    public override string ToString() => PythonName + "()";
}

/// <summary>
/// A bound of an interval constraint: a Python number (printed as Python prints it) or a tensor (a distribution's
/// parameter, as Uniform's support <c>interval(low, high)</c>).
/// </summary>
public readonly struct ConstraintBound
{
    private readonly Scalar _number;
    private readonly Tensor? _tensor;

    private ConstraintBound(Scalar number, Tensor? tensor)
    {
        _number = number;
        _tensor = tensor;
    }

    /// <summary>A number bound.</summary>
    public static implicit operator ConstraintBound(double value) => new(value, null);

    /// <summary>An integer bound.</summary>
    public static implicit operator ConstraintBound(long value) => new(value, null);

    /// <summary>An integer bound.</summary>
    public static implicit operator ConstraintBound(int value) => new((long)value, null);

    /// <summary>A tensor bound; a wrapped number (a number passed where a tensor is expected) stays a number.</summary>
    public static implicit operator ConstraintBound(Tensor value) =>
        value.IsWrappedNumber ? new(value.Item(), null) : new(default, value);

    /// <summary>The bound as a tensor, or null for a number.</summary>
    public Tensor? Tensor => _tensor;

    /// <summary>The bound as a number (when <see cref="Tensor"/> is null).</summary>
    public Scalar Number => _number;

    internal Tensor LessThan(Tensor value) => _tensor is { } t ? t < value : value > _number;
    internal Tensor LessOrEqual(Tensor value) => _tensor is { } t ? t <= value : value >= _number;
    internal Tensor GreaterThan(Tensor value) => _tensor is { } t ? t > value : value < _number;
    internal Tensor GreaterOrEqual(Tensor value) => _tensor is { } t ? t >= value : value <= _number;

    /// <summary>Python's <c>str()</c> of the bound: <c>0.0</c>, <c>tensor([0., 1.])</c>.</summary>
    public override string ToString() => _tensor?.ToString() ?? _number.ToString();
}
