using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// The stack of the .NET call that creates an autograd node while anomaly mode is on, kept by the node and shown
/// by anomaly mode's warning when the node's backward fails (PyTorch keeps Python's <c>traceback.format_stack()</c>).
/// Formatted in Python's way: outermost call first, most recent call last, a <c>File "...", line N, in name</c>
/// line per frame and the frame's source line under it when the source file is at hand. Line numbers are the JIT's:
/// exact in Debug builds, near the call in optimized ones.
/// </summary>
internal static class ForwardStackTrace
{
    private static readonly ConcurrentDictionary<string, string[]?> s_sources = new();

    internal static unsafe void Register() => NativeMethods.ti_set_anomaly_stack_callback(&Store);

    /// <summary>Python's <c>traceback.format_stack()</c> for <paramref name="trace"/>, outermost frame first.</summary>
    internal static string Format(StackTrace trace)
    {
        var text = new StringBuilder();
        var frames = trace.GetFrames();
        for (int i = frames.Length - 1; i >= 0; i--)
        {
            var method = frames[i].GetMethod();
            // The P/Invoke plumbing is the native call itself, as Python's traceback shows no C frames.
            if (method is null || method.DeclaringType?.Namespace == typeof(NativeMethods).Namespace) continue;
            string name = method.DeclaringType is { } type ? $"{type.FullName}.{method.Name}" : method.Name;
            string? file = frames[i].GetFileName();
            int line = frames[i].GetFileLineNumber();
            if (string.IsNullOrEmpty(file) || line <= 0)
            {
                text.Append($"  File \"<{method.Module.Assembly.GetName().Name}>\", in {name}\n");
                continue;
            }
            text.Append($"  File \"{file}\", line {line}, in {name}\n");
            if (SourceLine(file, line) is { Length: > 0 } source) text.Append("    ").Append(source).Append('\n');
        }
        return text.ToString();
    }

    // As Python's linecache: each file read once.
    private static string? SourceLine(string file, int line)
    {
        var lines = s_sources.GetOrAdd(file, static path =>
        {
            try
            {
                return File.Exists(path) ? File.ReadAllLines(path) : null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        });
        return lines is not null && line <= lines.Length ? lines[line - 1].Trim() : null;
    }

    [UnmanagedCallersOnly]
    private static void Store(IntPtr sink)
    {
        try
        {
            NativeMethods.ti_anomaly_store_stack(sink, Format(new StackTrace(1, fNeedFileInfo: true)));
        }
        catch
        {
            // A diagnostic must never fail the operation creating the node.
        }
    }
}
