namespace TorchInterop.Distributions;

/// <summary>
/// A constraint aggregated over <c>reinterpreted_batch_ndims</c> rightmost dimensions, so that an event is valid only
/// if all its entries are (Python's <c>constraints.independent</c>).
/// </summary>
public sealed class IndependentConstraint : Constraint
{
    /// <summary>Wraps <paramref name="baseConstraint"/>, reinterpreting <paramref name="reinterpretedBatchNdims"/> batch dimensions as event dimensions.</summary>
    public IndependentConstraint(Constraint baseConstraint, int reinterpretedBatchNdims)
    {
        ArgumentNullException.ThrowIfNull(baseConstraint);
        if (reinterpretedBatchNdims < 0) throw new TorchException("", TorchErrorKind.AssertionError);
        BaseConstraint = baseConstraint;
        ReinterpretedBatchNdims = reinterpretedBatchNdims;
    }

    /// <summary>The wrapped constraint.</summary>
    public Constraint BaseConstraint { get; }

    /// <summary>How many batch dimensions count as event dimensions.</summary>
    public int ReinterpretedBatchNdims { get; }

    /// <inheritdoc />
    public override bool IsDiscrete => BaseConstraint.IsDiscrete;

    /// <inheritdoc />
    public override int EventDim => BaseConstraint.EventDim + ReinterpretedBatchNdims;

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var result = BaseConstraint.Check(value);
        if (result.Dim < ReinterpretedBatchNdims)
            throw new TorchException($"Expected value.dim() >= {BaseConstraint.EventDim + ReinterpretedBatchNdims} but got {value.Dim}",
                TorchErrorKind.ValueError);
        var shape = result.Shape;
        return result.Reshape([.. shape[..(shape.Length - ReinterpretedBatchNdims)], -1]).All(-1);
    }

    /// <inheritdoc />
    public override string ToString() => $"IndependentConstraint({BaseConstraint}, {ReinterpretedBatchNdims})";
}
