using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// LibTorch's <c>c10d::PrefixStore</c>: every key becomes <c>prefix + "/" + key</c> in <paramref name="store"/>,
/// which it keeps alive (Python's <c>PrefixStore(prefix, store)</c>); process groups share one store this way.
/// </summary>
public sealed class PrefixStore(string prefix, Store store)
    : Store(NativeMethods.ti_store_prefix_new(prefix ?? throw new ArgumentNullException(nameof(prefix)),
        (store ?? throw new ArgumentNullException(nameof(store))).Handle))
{
    /// <summary>The prefix, without the "/" that joins it to keys.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The store the prefixed keys live in.</summary>
    public Store UnderlyingStore { get; } = store;
}
