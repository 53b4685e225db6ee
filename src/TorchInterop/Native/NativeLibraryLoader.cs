using System.Reflection;
using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>
/// Finds libtorchinterop next to this assembly (runtimes/&lt;rid&gt;/native/ or the assembly's folder), so that
/// programs need no environment variables; fails with an exception that says where it looked and what to do.
/// </summary>
internal static class NativeLibraryLoader
{
    private const string FileName = "libtorchinterop.so";

    internal static void Register() => NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != NativeMethods.Library) return IntPtr.Zero;
        var errors = new List<string>();
        foreach (var candidate in Candidates(assembly))
        {
            if (!File.Exists(candidate))
            {
                errors.Add($"{candidate}: not found");
                continue;
            }
            try
            {
                return NativeLibrary.Load(candidate);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                errors.Add($"{candidate}: {e.Message}");
            }
        }
        if (NativeLibrary.TryLoad(FileName, assembly, searchPath, out IntPtr handle)) return handle;
        errors.Add($"{FileName} on the system library path: not found");
        throw new DllNotFoundException(
            $"TorchInterop could not load its native library {FileName}.{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(e => "  " + e)) + Environment.NewLine +
            "Build it with ./build.sh (or reference src/TorchInterop/TorchInterop.csproj, which builds it), and make sure " +
            "LibTorch is installed: apt-get install libtorch-dev libopenblas0-pthread.");
    }

    private static IEnumerable<string> Candidates(Assembly assembly)
    {
        var folders = new[] { Path.GetDirectoryName(assembly.Location), AppContext.BaseDirectory }
            .Where(f => !string.IsNullOrEmpty(f)).Distinct();
        foreach (var folder in folders)
        {
            yield return Path.Combine(folder!, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", FileName);
            yield return Path.Combine(folder!, "runtimes", "linux-x64", "native", FileName);
            yield return Path.Combine(folder!, FileName);
        }
    }
}
