using System.Runtime.InteropServices;
using System.Text;
using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// A key-value store the ranks of a job share (LibTorch's <c>c10d::Store</c>): the rendezvous of a process group and
/// a place for small values. Values are bytes; strings are stored as UTF-8, as Python stores <c>str</c> values.
/// </summary>
public abstract class Store : IDisposable
{
    private readonly StoreHandle _handle;

    private protected Store(StoreHandle handle) => _handle = ValidHandle.Of(handle);

    internal StoreHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>.</summary>
    public unsafe void Set(string key, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(key);
        fixed (byte* bytes = value) Native.Check.Status(NativeMethods.ti_store_set(Handle, key, bytes, value.Length));
    }

    /// <summary>Sets <paramref name="key"/> to the UTF-8 bytes of <paramref name="value"/>.</summary>
    public void Set(string key, string value) => Set(key, Encoding.UTF8.GetBytes(value));

    /// <summary>The value of <paramref name="key"/>, waiting for it up to the store's <see cref="Timeout"/>.</summary>
    public byte[] Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TakeBuffer(NativeMethods.ti_store_get(Handle, key, out IntPtr buffer), buffer);
    }

    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="desired"/> when its value is <paramref name="expected"/> (or it
    /// is missing and <paramref name="expected"/> is empty) and returns the value now stored.
    /// </summary>
    public unsafe byte[] CompareSet(string key, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> desired)
    {
        ArgumentNullException.ThrowIfNull(key);
        fixed (byte* e = expected)
        fixed (byte* d = desired)
        {
            long length = NativeMethods.ti_store_compare_set(Handle, key, e, expected.Length, d, desired.Length, out IntPtr buffer);
            return TakeBuffer(length, buffer);
        }
    }

    /// <summary>Adds <paramref name="amount"/> to the counter at <paramref name="key"/> (created at 0) and returns the new value.</summary>
    public long Add(string key, long amount)
    {
        ArgumentNullException.ThrowIfNull(key);
        Native.Check.Status(NativeMethods.ti_store_add(Handle, key, amount, out long result));
        return result;
    }

    /// <summary>Waits until every key exists; throws after <paramref name="timeout"/> (null: the store's <see cref="Timeout"/>).</summary>
    public unsafe void Wait(IReadOnlyList<string> keys, TimeSpan? timeout = null)
    {
        using var utf8 = new Utf8Keys(keys);
        fixed (IntPtr* pointers = utf8.Pointers)
            Native.Check.Status(NativeMethods.ti_store_wait(Handle, pointers, keys.Count, ValidHandle.Milliseconds(timeout)));
    }

    /// <summary>Whether every key exists, without waiting.</summary>
    public unsafe bool Check(IReadOnlyList<string> keys)
    {
        using var utf8 = new Utf8Keys(keys);
        fixed (IntPtr* pointers = utf8.Pointers)
            return Native.Check.Flag(NativeMethods.ti_store_check(Handle, pointers, keys.Count));
    }

    /// <summary>Deletes <paramref name="key"/>; false when it did not exist.</summary>
    public bool DeleteKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Native.Check.Flag(NativeMethods.ti_store_delete_key(Handle, key));
    }

    /// <summary>How many keys the store holds (a TCPStore counts its own bookkeeping keys too, as in Python).</summary>
    public long NumKeys => Native.Check.Status(NativeMethods.ti_store_num_keys(Handle));

    /// <summary>How long <see cref="Get"/> and <see cref="Wait"/> wait by default.</summary>
    public TimeSpan Timeout
    {
        get => TimeSpan.FromMilliseconds(Native.Check.Status(NativeMethods.ti_store_get_timeout(Handle)));
        set => Native.Check.Status(NativeMethods.ti_store_set_timeout(Handle, (long)value.TotalMilliseconds));
    }

    /// <summary>Releases this reference; a group or prefix store built on the store keeps it alive.</summary>
    public void Dispose()
    {
        _handle.Dispose();
        GC.SuppressFinalize(this);
    }

    private static byte[] TakeBuffer(long length, IntPtr buffer)
    {
        Native.Check.Status(length);
        try
        {
            var bytes = new byte[length];
            Marshal.Copy(buffer, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            NativeMethods.ti_distributed_buffer_free(buffer);
        }
    }

    /// <summary>Keys as NUL-terminated UTF-8 strings for the length of one native call.</summary>
    private readonly struct Utf8Keys : IDisposable
    {
        public Utf8Keys(IReadOnlyList<string> keys)
        {
            ArgumentNullException.ThrowIfNull(keys);
            Pointers = new IntPtr[keys.Count];
            for (int i = 0; i < keys.Count; i++)
                Pointers[i] = Marshal.StringToCoTaskMemUTF8(keys[i] ?? throw new ArgumentNullException(nameof(keys)));
        }

        public IntPtr[] Pointers { get; }

        public void Dispose()
        {
            foreach (var pointer in Pointers) Marshal.FreeCoTaskMem(pointer);
        }
    }
}
