using System.Reflection;
using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>
/// Finds libtorchinterop next to this assembly (runtimes/&lt;rid&gt;/native/ or the assembly's folder), so that
/// programs need no environment variables, and checks that it is this version's library; fails with an exception
/// that says which files it tried, why each failed, and what to do.
/// </summary>
internal static class NativeLibraryLoader
{
    internal const string FileName = "libtorchinterop.so";

    /// <summary>The ABI the managed code was written against (<c>TI_ABI_VERSION</c> in torchinterop.h).</summary>
    internal const int AbiVersion = 1;

    private const string Fix =
        "Build it with ./build.sh (or reference src/TorchInterop/TorchInterop.csproj, which copies it next to your program), " +
        "and make sure LibTorch is installed: apt-get install libtorch-dev libopenblas0-pthread. The library and the assembly " +
        "must be built against the same LibTorch version.";

    internal static void Register() => NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == NativeMethods.Library
            ? Load(Candidates(assembly), () => NativeLibrary.TryLoad(FileName, assembly, searchPath, out IntPtr handle) ? handle : IntPtr.Zero)
            : IntPtr.Zero;

    /// <summary>
    /// Loads the first candidate that is this version's native library, else the one <paramref name="systemSearch"/>
    /// finds; throws <see cref="DllNotFoundException"/> listing every attempt.
    /// </summary>
    internal static IntPtr Load(IEnumerable<string> candidates, Func<IntPtr> systemSearch)
    {
        var errors = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate))
            {
                errors.Add($"{candidate}: not found");
                continue;
            }
            IntPtr handle;
            try
            {
                handle = NativeLibrary.Load(candidate);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                errors.Add($"{candidate}: {e.Message}");
                continue;
            }
            if (Incompatibility(handle) is not { } problem) return handle;
            NativeLibrary.Free(handle);
            errors.Add($"{candidate}: {problem}");
        }
        IntPtr system = systemSearch();
        if (system != IntPtr.Zero)
        {
            if (Incompatibility(system) is not { } problem) return system;
            NativeLibrary.Free(system);
            errors.Add($"{FileName} on the system library path: {problem}");
        }
        else
        {
            errors.Add($"{FileName} on the system library path: not found");
        }
        throw new DllNotFoundException(
            $"TorchInterop could not load its native library {FileName}.{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(e => "  " + e)) + Environment.NewLine + Fix);
    }

    private static unsafe string? Incompatibility(IntPtr handle)
    {
        if (!NativeLibrary.TryGetExport(handle, "ti_abi_version", out IntPtr export))
            return "not TorchInterop's native library, or one built before ABI checks (it has no ti_abi_version)";
        int version = ((delegate* unmanaged<int>)export)();
        if (version != AbiVersion) return $"built for ABI version {version}, but this TorchInterop needs version {AbiVersion}";
        if (!NativeLibrary.TryGetExport(handle, "ti_version", out IntPtr versionExport))
            return "it does not say which LibTorch it was built against (no ti_version)";
        // The op bindings are generated per LibTorch version: the library and this assembly must come from one build.
        string libTorch = Marshal.PtrToStringUTF8(((delegate* unmanaged<IntPtr>)versionExport)()) ?? "";
        return SameMinorVersion(libTorch, NativeMethods.LibTorchVersion) ? null :
            $"built against LibTorch {libTorch}, but this TorchInterop assembly was built for LibTorch {NativeMethods.LibTorchVersion}";
    }

    private static bool SameMinorVersion(string version, string majorMinor) =>
        version == majorMinor || version.StartsWith(majorMinor + ".", StringComparison.Ordinal);

    internal static IEnumerable<string> Candidates(Assembly assembly)
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
