using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>A warning LibTorch raised, with Python's text.</summary>
/// <param name="Message">The text Python shows after <c>UserWarning: </c>, with its <c>(Triggered internally at ...)</c> suffix.</param>
/// <param name="File">The C++ file that raised it.</param>
/// <param name="Line">The line in that file.</param>
/// <param name="Category">Python's warning class: <c>UserWarning</c>, <c>DeprecationWarning</c> or <c>FutureWarning</c>.</param>
public sealed record TorchWarning(string Message, string File, int Line, string Category = "UserWarning");

/// <summary>
/// LibTorch's warnings. By default each distinct warning is written once to standard error as Python shows it
/// (<c>UserWarning: ...</c>, Python's default filter); inside <see cref="Catch"/> they are recorded instead
/// (Python's <c>warnings.catch_warnings(record=True)</c>).
/// </summary>
public static class Warnings
{
    [ThreadStatic] private static Stack<WarningRecorder>? t_recorders;
    private static readonly ConcurrentDictionary<(string, string, int), bool> s_shown = new();

    /// <summary>Records the warnings raised on this thread until disposed; nothing is written to standard error meanwhile.</summary>
    public static WarningRecorder Catch()
    {
        var recorder = new WarningRecorder();
        (t_recorders ??= new()).Push(recorder);
        return recorder;
    }

    /// <summary>
    /// A warning raised by managed code where PyTorch's Python code calls <c>warnings.warn</c>: recorded inside
    /// <see cref="Catch"/>, otherwise shown once on standard error as <c>UserWarning: ...</c>.
    /// </summary>
    internal static void Raise(string message, string file = "", int line = 0, string category = "UserWarning") =>
        Deliver(new TorchWarning(message, file, line, category));

    internal static unsafe void Register() => NativeMethods.ti_set_warning_callback(&OnWarning);

    internal static void Pop(WarningRecorder recorder)
    {
        if (t_recorders is { Count: > 0 } stack && stack.Peek() == recorder) stack.Pop();
        else throw new InvalidOperationException("Warning recorders must be disposed on their thread, innermost first.");
    }

    private static void Deliver(TorchWarning warning)
    {
        if (t_recorders is { Count: > 0 } stack) stack.Peek().Add(warning);
        else if (s_shown.TryAdd((warning.Message, warning.File, warning.Line), true)) Console.Error.WriteLine(warning.Category + ": " + warning.Message);
    }

    [UnmanagedCallersOnly]
    // flags: 1 verbatim (no "Triggered internally" suffix), 2 a deprecation (LibTorch 2.x's DeprecationWarning).
    private static unsafe void OnWarning(byte* message, byte* file, int line, int flags)
    {
        try
        {
            string text = Marshal.PtrToStringUTF8((IntPtr)message) ?? "";
            string source = Marshal.PtrToStringUTF8((IntPtr)file) ?? "";
            // Python's suffix, two spaces included.
            if ((flags & 1) == 0) text += $" (Triggered internally at  {source}:{line}.)";
            Deliver(new TorchWarning(text, source, line, (flags & 2) != 0 ? "DeprecationWarning" : "UserWarning"));
        }
        catch
        {
            // A warning must never break the operation that raised it.
        }
    }
}

/// <summary>The warnings recorded while it was the innermost recorder of its thread.</summary>
public sealed class WarningRecorder : IDisposable, IReadOnlyList<TorchWarning>
{
    private readonly List<TorchWarning> _warnings = [];
    private bool _disposed;

    internal WarningRecorder() { }

    /// <summary>The warnings so far, in order.</summary>
    public IReadOnlyList<TorchWarning> Records => _warnings;

    /// <summary>How many warnings were recorded (Python's <c>len(w)</c>).</summary>
    public int Count => _warnings.Count;

    /// <summary>The warning recorded at <paramref name="index"/>, oldest first.</summary>
    public TorchWarning this[int index] => _warnings[index];

    /// <inheritdoc/>
    public IEnumerator<TorchWarning> GetEnumerator() => _warnings.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(TorchWarning warning) => _warnings.Add(warning);

    /// <summary>Stops recording; warnings go to the outer recorder or to standard error again.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        Warnings.Pop(this);
        _disposed = true;
    }
}
