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
}
