namespace TorchInterop.Visualization;

/// <summary>Graphviz's <c>dot</c> program, which draws the pictures, is not installed (not found on <c>PATH</c>).</summary>
public sealed class GraphvizNotFoundException : InvalidOperationException
{
    private const string DefaultMessage =
        "Graphviz's `dot` was not found on PATH; install it with `apt-get install graphviz` " +
        "(or write the graph as DOT text: AutogradGraph.ToDot, or a .dot path).";

    /// <summary>Creates the exception with the message that says how to install Graphviz.</summary>
    public GraphvizNotFoundException() : base(DefaultMessage) { }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public GraphvizNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception with a message of the caller's and the exception that caused it.</summary>
    public GraphvizNotFoundException(string message, Exception? innerException) : base(message, innerException) { }
}
