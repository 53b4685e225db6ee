using TorchInterop.Native;

namespace TorchInterop.Profiler;

/// <summary>
/// A labelled range of code in the profile until disposed (Python's <c>with torch.autograd.profiler.record_function("label"):</c>):
/// it shows up as an event named by its label, with the ops run inside it as children. Outside a profile it costs
/// one RecordFunction and records nothing.
/// </summary>
/// <example><code>using (Autograd.RecordFunction("forward")) { y = model.Forward(x); }</code></example>
public sealed class RecordFunction : IDisposable
{
    private IntPtr _range;

    internal RecordFunction(string name, string? args)
    {
        ArgumentNullException.ThrowIfNull(name);
#if !LIBTORCH_2
        // Python 1.13's record_function allocates torch.zeros(1) as a placeholder handle when it is made; doing the
        // same keeps the event lists identical (aten::zeros with its aten::empty and aten::zero_).
        Torch.Zeros([1]).Dispose();
#endif
        Name = name;
        Args = args;
        _range = NativeMethods.ti_record_function_enter(name, args);
        if (_range == IntPtr.Zero) throw Check.LastError();
    }

    /// <summary>The label the range's event is named by.</summary>
    public string Name { get; }

    /// <summary>The optional argument string recorded with the range.</summary>
    public string? Args { get; }

    /// <summary>Ends the range (Python's <c>__exit__</c>).</summary>
    public void Dispose()
    {
        IntPtr range = _range;
        if (range == IntPtr.Zero) return;
        _range = IntPtr.Zero;
        Check.Status(NativeMethods.ti_record_function_exit(range));
    }
}
