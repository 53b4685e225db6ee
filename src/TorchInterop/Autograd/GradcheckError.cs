namespace TorchInterop;

/// <summary>
/// Python's <c>torch.autograd.gradcheck.GradcheckError</c>: a failed <see cref="Autograd.GradCheck"/> or
/// <see cref="Autograd.GradGradCheck"/> (a RuntimeError in Python, as here).
/// </summary>
public sealed class GradcheckError : TorchException
{
    /// <summary>Creates the error with PyTorch's message.</summary>
    public GradcheckError(string message) : base(message, TorchErrorKind.RuntimeError) { }
}
