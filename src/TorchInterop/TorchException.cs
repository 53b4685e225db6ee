namespace TorchInterop;

/// <summary>The Python exception class PyTorch raises for an error.</summary>
public enum TorchErrorKind
{
    /// <summary>Python's <c>RuntimeError</c>, the usual kind.</summary>
    RuntimeError = 0,
    /// <summary>Python's <c>IndexError</c>.</summary>
    IndexError = 1,
    /// <summary>Python's <c>ValueError</c>.</summary>
    ValueError = 2,
    /// <summary>Python's <c>TypeError</c>.</summary>
    TypeError = 3,
    /// <summary>Python's <c>NotImplementedError</c>.</summary>
    NotImplementedError = 4,
    /// <summary><c>torch.linalg.LinAlgError</c>.</summary>
    LinAlgError = 5,
    /// <summary>Python's <c>AttributeError</c> (a module attribute that is not there).</summary>
    AttributeError = 6,
    /// <summary>Python's <c>AssertionError</c> (a failed <c>assert</c> in PyTorch's Python code).</summary>
    AssertionError = 7,
    /// <summary>Python's <c>KeyError</c> (a name a registry does not hold); its message is the quoted key.</summary>
    KeyError = 8,
    /// <summary>functorch's <c>functorch.dim.DimensionBindError</c> (first-class dimensions whose sizes cannot be bound, as in <c>torch.func.rearrange</c>).</summary>
    DimensionBindError = 9,
    /// <summary>Python's <c>ZeroDivisionError</c> (PyTorch's Python code dividing by a zero length).</summary>
    ZeroDivisionError = 10,
    /// <summary>PyTorch 2.x's <c>torch.distributed.DistBackendError</c> (a RuntimeError: a collective failed in its backend).</summary>
    DistBackendError = 11,
    /// <summary>PyTorch 2.x's <c>torch.distributed.DistStoreError</c> (a RuntimeError: a store timed out or failed).</summary>
    DistStoreError = 12,
    /// <summary>PyTorch 2.x's <c>torch.distributed.DistNetworkError</c> (a RuntimeError: a socket failed).</summary>
    DistNetworkError = 13,
}

/// <summary>
/// An error reported by LibTorch. <see cref="Exception.Message"/> is the text Python PyTorch shows for the same failure.
/// </summary>
public class TorchException : Exception
{
    /// <summary>Creates an exception with PyTorch's message and the kind of Python exception it corresponds to.</summary>
    public TorchException(string message, TorchErrorKind kind = TorchErrorKind.RuntimeError) : base(message) => Kind = kind;

    /// <summary>Creates an exception caused by another one (for example a .NET hook that failed during backward).</summary>
    public TorchException(string message, Exception? innerException, TorchErrorKind kind = TorchErrorKind.RuntimeError)
        : base(message, innerException) => Kind = kind;

    /// <summary>
    /// Makes the exception LibTorch's errors surface as: a layer above (the Python dialect) may give a kind a class of
    /// its own, as Python's <c>torch.linalg.LinAlgError</c> is one.
    /// </summary>
    internal static Func<string, TorchErrorKind, TorchException?>? KindFactory { get; set; }

    internal static TorchException Create(string message, TorchErrorKind kind) =>
        KindFactory?.Invoke(message, kind) ?? new TorchException(message, kind);

    /// <summary>Which Python exception PyTorch raises for this error.</summary>
    public TorchErrorKind Kind { get; }

    /// <summary>The Python exception's class name, e.g. <c>RuntimeError</c>.</summary>
    public string PythonTypeName => Kind == TorchErrorKind.LinAlgError ? "torch.linalg.LinAlgError" : Kind.ToString();
}
