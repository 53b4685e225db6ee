using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// The LibTorch this build of TorchInterop runs on. Its op bindings are generated from that version's schema, and
/// where PyTorch's Python layer behaves differently between versions (names, messages, defaults), TorchInterop
/// follows the PyTorch of this version.
/// </summary>
public static class LibTorch
{
    /// <summary>Major and minor version of LibTorch, e.g. <c>1.13</c> or <c>2.14</c>.</summary>
    public static Version Version { get; } = Version.Parse(NativeMethods.LibTorchVersion);

    /// <summary>Whether LibTorch is at least <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public static bool IsAtLeast(int major, int minor = 0) => Version >= new Version(major, minor);

    /// <summary>
    /// Fails when a name of PyTorch <paramref name="major"/>.<paramref name="minor"/> is used on an older LibTorch,
    /// where Python has no such name either.
    /// </summary>
    /// <exception cref="NotSupportedException">LibTorch is older than the version that introduced the name.</exception>
    internal static void Require(string name, int major, int minor)
    {
        if (!IsAtLeast(major, minor))
            throw new NotSupportedException(
                $"{name} is PyTorch {major}.{minor}'s; this TorchInterop runs on LibTorch {Version}, which does not have it. " +
                "Build TorchInterop against a newer LibTorch (README: LibTorch versions).");
    }
}
