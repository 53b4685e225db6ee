namespace TorchInterop.Testing;

/// <summary>
/// A failed tensor assertion. Every test framework (NUnit, xUnit, MSTest) reports an unexpected exception as a
/// failure with its message, so the helpers need none of them.
/// </summary>
public sealed class TensorAssertionException : Exception
{
    /// <summary>A failed assertion with PyTorch's wording.</summary>
    public TensorAssertionException(string message) : base(message) { }
}
