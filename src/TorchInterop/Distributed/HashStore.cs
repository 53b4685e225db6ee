using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>LibTorch's <c>c10d::HashStore</c>: a store in this process's memory, for threads of one process and tests.</summary>
public sealed class HashStore() : Store(NativeMethods.ti_store_hash_new());
