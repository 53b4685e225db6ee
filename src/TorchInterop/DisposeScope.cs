namespace TorchInterop;

/// <summary>
/// Disposes every tensor created while it is the current scope, except those moved out with
/// <see cref="Tensor.MoveToOuterScope"/> or <see cref="Tensor.DetachFromDisposeScope"/>, when the scope is
/// disposed (also when an exception leaves a <c>using</c> block). Create one with <see cref="Torch.NewDisposeScope"/>.
/// </summary>
/// <remarks>
/// Scopes follow the async flow (<see cref="AsyncLocal{T}"/>), not the thread: after an <c>await</c> that resumes on
/// another thread, tensors still join the scope of the code that awaited; tasks started inside a scope inherit it.
/// A scope only affects the flow it was created in and the flows that flow starts. Scopes nest: disposing a scope
/// makes its parent current again. When no scope is open anywhere, creating a tensor costs no scope lookup.
/// </remarks>
/// <example><code>
/// for (int i = 0; i &lt; steps; i++)
/// {
///     using var scope = Torch.NewDisposeScope();
///     var loss = ((x * 2 + 1).Sum());
///     loss.Backward();            // x * 2, x * 2 + 1 and loss are disposed at the end of each iteration
/// }
/// </code></example>
public sealed class DisposeScope : IDisposable
{
    private static readonly AsyncLocal<DisposeScope?> s_current = new();
    private static int s_open;

    private readonly List<Tensor> _tensors = [];
    private bool _disposed;

    internal DisposeScope()
    {
        Parent = s_current.Value;
        s_current.Value = this;
        Interlocked.Increment(ref s_open);
    }

    /// <summary>The scope tensors created here join, or null.</summary>
    public static DisposeScope? Current => s_current.Value;

    /// <summary>The scope that was current when this one was created.</summary>
    public DisposeScope? Parent { get; }

    /// <summary>Number of tensors this scope will dispose.</summary>
    public int Count
    {
        get
        {
            lock (_tensors) return _tensors.Count(t => t.Scope == this);
        }
    }

    /// <summary>Disposes the tensors that still belong to this scope and makes the parent scope current again.</summary>
    public void Dispose()
    {
        Tensor[] owned;
        lock (_tensors)
        {
            if (_disposed) return;
            _disposed = true;
            owned = [.. _tensors];
            _tensors.Clear();
        }
        foreach (var tensor in owned)
            if (tensor.Scope == this) tensor.Dispose();
        if (s_current.Value == this) s_current.Value = Parent;
        Interlocked.Decrement(ref s_open);
    }

    internal static void Register(Tensor tensor)
    {
        if (Volatile.Read(ref s_open) == 0) return;
        s_current.Value?.Add(tensor);
    }

    internal void Add(Tensor tensor)
    {
        lock (_tensors)
        {
            if (_disposed)
                throw new ObjectDisposedException(nameof(DisposeScope), "A tensor cannot join a dispose scope that has been disposed.");
            _tensors.Add(tensor);
            tensor.Scope = this;
        }
    }
}
