using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// LibTorch's <c>c10d::FileStore</c>: a store in a file every rank can reach (Python's <c>FileStore(file_name,
/// world_size=-1)</c>); the last of <paramref name="worldSize"/> users to close it removes the file.
/// </summary>
public sealed class FileStore(string path, int worldSize = -1)
    : Store(NativeMethods.ti_store_file_new(path ?? throw new ArgumentNullException(nameof(path)), worldSize))
{
    /// <summary>The file holding the store.</summary>
    public string Path { get; } = path;
}
