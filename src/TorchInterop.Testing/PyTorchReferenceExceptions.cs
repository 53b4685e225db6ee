namespace TorchInterop.Testing;

/// <summary>No Python interpreter that can <c>import torch</c> was found; the message lists where it looked and how to fix it.</summary>
public sealed class PyTorchNotFoundException : InvalidOperationException
{
    /// <summary>An exception with the interpreters tried.</summary>
    public PyTorchNotFoundException(string message) : base(message) { }
}

/// <summary>The Python snippet given to <see cref="PyTorchReference"/> raised an exception; the message carries Python's traceback.</summary>
public sealed class PyTorchSnippetException : Exception
{
    /// <summary>An exception with Python's error output.</summary>
    public PyTorchSnippetException(string message) : base(message) { }
}
