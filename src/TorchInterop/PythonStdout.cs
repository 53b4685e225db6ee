namespace TorchInterop;

/// <summary>
/// Where the library writes what PyTorch prints to stdout itself (1.13's <c>verbose=True</c> schedulers) and where the
/// dialect's <c>print</c> writes: <see cref="Console.Out"/> unless set (tests capture with it).
/// </summary>
public static class PythonStdout
{
    private static readonly object Gate = new();
    private static TextWriter? _writer;

    /// <summary>The writer; setting null goes back to <see cref="Console.Out"/>.</summary>
    public static TextWriter Writer
    {
        get { lock (Gate) return _writer ?? Console.Out; }
        set { lock (Gate) _writer = value; }
    }

    /// <summary>Writes <paramref name="line"/> and a newline, then flushes, as Python's <c>print</c> does.</summary>
    public static void WriteLine(string line)
    {
        lock (Gate)
        {
            var w = _writer ?? Console.Out;
            w.Write(line + "\n");
            w.Flush();
        }
    }
}
