namespace TorchInterop.Distributions;

/// <summary>The two values <c>{0, 1}</c> (Python's <c>constraints.boolean</c>).</summary>
public sealed class BooleanConstraint : Constraint
{
    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => (value == 0L).BitwiseOr(value == 1L);
}

/// <summary>One-hot vectors (Python's <c>constraints.one_hot</c>).</summary>
public sealed class OneHotConstraint : Constraint
{
    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override int EventDim => 1;

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var isBoolean = (value == 0L).BitwiseOr(value == 1L);
        var isNormalized = value.Sum(-1).Eq(1L);
        return isBoolean.All(-1).BitwiseAnd(isNormalized);
    }
}

/// <summary>An integer interval <c>[lower_bound, upper_bound]</c> (Python's <c>constraints.integer_interval</c>).</summary>
public sealed class IntegerIntervalConstraint(ConstraintBound lowerBound, ConstraintBound upperBound) : Constraint
{
    /// <summary>The included lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <summary>The included upper bound.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) =>
        (value.Remainder(1L) == 0L).BitwiseAnd(LowerBound.LessOrEqual(value)).BitwiseAnd(UpperBound.GreaterOrEqual(value));

    /// <inheritdoc />
    public override string ToString() => $"IntegerInterval(lower_bound={LowerBound}, upper_bound={UpperBound})";
}

/// <summary>An integer interval <c>(-inf, upper_bound]</c> (Python's <c>constraints.integer_less_than</c>).</summary>
public sealed class IntegerLessThanConstraint(ConstraintBound upperBound) : Constraint
{
    /// <summary>The included upper bound.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => (value.Remainder(1L) == 0L).BitwiseAnd(UpperBound.GreaterOrEqual(value));

    /// <inheritdoc />
    public override string ToString() => $"IntegerLessThan(upper_bound={UpperBound})";
}

/// <summary>An integer interval <c>[lower_bound, inf)</c> (<c>nonnegative_integer</c>, <c>positive_integer</c>).</summary>
public sealed class IntegerGreaterThanConstraint(ConstraintBound lowerBound) : Constraint
{
    /// <summary>The included lower bound.</summary>
    public ConstraintBound LowerBound { get; } = lowerBound;

    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => (value.Remainder(1L) == 0L).BitwiseAnd(LowerBound.LessOrEqual(value));

    /// <inheritdoc />
    public override string ToString() => $"IntegerGreaterThan(lower_bound={LowerBound})";
}

/// <summary>Nonnegative integer vectors summing to at most <c>upper_bound</c> (Python's <c>constraints.multinomial</c>).</summary>
public sealed class MultinomialConstraint(ConstraintBound upperBound) : Constraint
{
    /// <summary>The largest total.</summary>
    public ConstraintBound UpperBound { get; } = upperBound;

    /// <inheritdoc />
    public override bool IsDiscrete => true;

    /// <inheritdoc />
    public override int EventDim => 1;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => (value >= 0L).All(-1).BitwiseAnd(UpperBound.GreaterOrEqual(value.Sum(-1)));

    /// <inheritdoc />
    protected override string PythonName => "Multinomial";
}
