namespace TorchInterop.Distributions;

/// <summary>
/// A placeholder for a variable whose support depends on other variables (Python's <c>constraints.dependent</c>):
/// it cannot be checked, and its static attributes are known only when given.
/// </summary>
public class DependentConstraint : Constraint
{
    private readonly bool? _isDiscrete;
    private readonly int? _eventDim;

    /// <summary>A dependent constraint with optionally known <c>is_discrete</c> and <c>event_dim</c>.</summary>
    public DependentConstraint(bool? isDiscrete = null, int? eventDim = null)
    {
        _isDiscrete = isDiscrete;
        _eventDim = eventDim;
    }

    /// <inheritdoc />
    public override bool IsDiscrete => _isDiscrete ??
        throw new TorchException(".is_discrete cannot be determined statically", TorchErrorKind.NotImplementedError);

    /// <inheritdoc />
    public override int EventDim => _eventDim ??
        throw new TorchException(".event_dim cannot be determined statically", TorchErrorKind.NotImplementedError);

    /// <summary><c>constraints.dependent(is_discrete=..., event_dim=...)</c>: a copy with these attributes set, the others kept.</summary>
    public DependentConstraint With(bool? isDiscrete = null, int? eventDim = null) =>
        new(isDiscrete ?? _isDiscrete, eventDim ?? _eventDim);

    /// <inheritdoc />
    public override Tensor Check(Tensor value) =>
        throw new TorchException("Cannot determine validity of dependent constraint", TorchErrorKind.ValueError);

    /// <inheritdoc />
    protected override string PythonName => "Dependent";
}
