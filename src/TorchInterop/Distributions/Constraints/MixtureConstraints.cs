namespace TorchInterop.Distributions;

/// <summary>
/// The support of a <see cref="MixtureSameFamily"/>: its components' support, checked over the component dimension
/// (Python 2.x's <c>constraints.MixtureSameFamilyConstraint</c>).
/// </summary>
public sealed class MixtureSameFamilyConstraint : Constraint
{
    /// <summary>Wraps the components' support.</summary>
    public MixtureSameFamilyConstraint(Constraint baseConstraint)
    {
        if (baseConstraint is null)
            throw new TorchException("base_constraint must be a Constraint, got NoneType", TorchErrorKind.AssertionError);
        BaseConstraint = baseConstraint;
    }

    /// <summary>The components' support.</summary>
    public Constraint BaseConstraint { get; }

    /// <inheritdoc />
    public override bool IsDiscrete => BaseConstraint.IsDiscrete;

    /// <inheritdoc />
    public override int EventDim => BaseConstraint.EventDim;

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var result = BaseConstraint.Check(value.Unsqueeze(-1 - EventDim));
        if (value.Dim < EventDim) throw new TorchException($"Expected value.dim() >= {EventDim} but got {value.Dim}", TorchErrorKind.ValueError);
        int keep = value.Dim - EventDim;
        return result.Reshape([.. result.Shape[..keep], -1]).All(-1);
    }

    /// <inheritdoc />
    public override string ToString() => $"MixtureSameFamilyConstraint({BaseConstraint})";
}
