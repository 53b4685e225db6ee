namespace TorchInterop.Distributions;

/// <summary>The extended real line <c>[-inf, inf]</c>: everything but NaN (Python's <c>constraints.real</c>).</summary>
public sealed class RealConstraint : Constraint
{
    /// <inheritdoc />
#pragma warning disable CS1718 // NaN is the one value unequal to itself
    public override Tensor Check(Tensor value) => value == value;
#pragma warning restore CS1718
}

/// <summary>A real half line <c>(lower_bound, inf]</c> (Python's <c>constraints.greater_than</c>; <c>positive</c> is <c>greater_than(0.)</c>).</summary>
public sealed class GreaterThanConstraint(ConstraintBound lowerBound) : Constraint
{
    /// <summary>The excluded lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => LowerBound.LessThan(value);

    /// <inheritdoc />
    public override string ToString() => $"GreaterThan(lower_bound={LowerBound})";
}

/// <summary>A real half line <c>[lower_bound, inf)</c> (Python's <c>constraints.greater_than_eq</c>; <c>nonnegative</c> is <c>greater_than_eq(0.)</c>).</summary>
public sealed class GreaterThanEqConstraint(ConstraintBound lowerBound) : Constraint
{
    /// <summary>The included lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => LowerBound.LessOrEqual(value);

    /// <inheritdoc />
    public override string ToString() => $"GreaterThanEq(lower_bound={LowerBound})";
}

/// <summary>A real half line <c>[-inf, upper_bound)</c> (Python's <c>constraints.less_than</c>).</summary>
public sealed class LessThanConstraint(ConstraintBound upperBound) : Constraint
{
    /// <summary>The excluded upper bound.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => UpperBound.GreaterThan(value);

    /// <inheritdoc />
    public override string ToString() => $"LessThan(upper_bound={UpperBound})";
}

/// <summary>A real interval <c>[lower_bound, upper_bound]</c> (Python's <c>constraints.interval</c>; <c>unit_interval</c> is <c>interval(0., 1.)</c>).</summary>
public sealed class IntervalConstraint(ConstraintBound lowerBound, ConstraintBound upperBound) : Constraint
{
    /// <summary>The included lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <summary>The included upper bound.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => LowerBound.LessOrEqual(value).BitwiseAnd(UpperBound.GreaterOrEqual(value));

    /// <inheritdoc />
    public override string ToString() => $"Interval(lower_bound={LowerBound}, upper_bound={UpperBound})";
}

/// <summary>A real interval <c>[lower_bound, upper_bound)</c> (Python's <c>constraints.half_open_interval</c>).</summary>
public sealed class HalfOpenIntervalConstraint(ConstraintBound lowerBound, ConstraintBound upperBound) : Constraint
{
    /// <summary>The included lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <summary>The excluded upper bound.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => LowerBound.LessOrEqual(value).BitwiseAnd(UpperBound.GreaterThan(value));

    /// <inheritdoc />
    public override string ToString() => $"HalfOpenInterval(lower_bound={LowerBound}, upper_bound={UpperBound})";
}
