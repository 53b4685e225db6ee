namespace TorchInterop.Testing;

/// <summary>The one place that says complex tensors are not compared yet.</summary>
internal static class ComplexSupport
{
    // PyTorch measures complex differences with torch.abs, whose vectorized CPU kernel (sqrt(re^2 + im^2)) and scalar
    // tail (hypot) round differently; reproducing its digits on the host is not attempted.
    public static NotSupportedException NotSupported() =>
        new("TensorAssert does not compare complex tensors (complex32, complex64, complex128).");
}
