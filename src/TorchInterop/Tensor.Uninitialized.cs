namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>
    /// <c>"UninitializedParameter"</c> or <c>"UninitializedBuffer"</c> while this tensor is a lazy module's placeholder
    /// (Python's <c>torch.nn.parameter.UninitializedParameter</c>; it prints as <c>&lt;UninitializedParameter&gt;</c>),
    /// null once materialized or for any other tensor.
    /// </summary>
    public string? UninitializedClass { get; internal set; }

    /// <summary>Python's <c>torch.nn.parameter.is_lazy(t)</c>: whether this tensor is still an uninitialized placeholder.</summary>
    public bool IsUninitialized => UninitializedClass is not null;
}
