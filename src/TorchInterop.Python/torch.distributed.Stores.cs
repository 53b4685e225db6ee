using System.Text;
using TorchInterop.Distributed;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributed
    {
        /// <summary>
        /// <c>TCPStore(host_name, port, world_size=None, is_master=False, timeout=timedelta(seconds=300), wait_for_workers=True,
        /// multi_tenant=False, use_libuv=True)</c> (<c>use_libuv</c>: 2.x); <c>use_libuv</c> left out follows <c>USE_LIBUV</c>
        /// as the rendezvous does.
        /// </summary>
        public static TcpStore TCPStore(string host_name, int port, int? world_size = null, bool is_master = false, TimeSpan? timeout = null,
                                        bool wait_for_workers = true, bool multi_tenant = false, bool? use_libuv = null) =>
            new(host_name, port, world_size, is_master, timeout, wait_for_workers, multi_tenant, use_libuv);

        /// <summary><c>FileStore(file_name, world_size=-1)</c></summary>
        public static Distributed.FileStore FileStore(string file_name, int world_size = -1) => new(file_name, world_size);

        /// <summary><c>HashStore()</c></summary>
        public static Distributed.HashStore HashStore() => new();

        /// <summary><c>PrefixStore(prefix, store)</c></summary>
        public static Distributed.PrefixStore PrefixStore(string prefix, Store store) => new(prefix, store);
    }
}

/// <summary>Python's <c>bytes</c>, as a store's <c>get</c> returns them: prints as <c>b'value'</c>.</summary>
public sealed class bytes(byte[] value) : IEquatable<bytes>
{
    /// <summary>The bytes.</summary>
    public byte[] Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>value.decode()</c>: the UTF-8 text.</summary>
    public string decode() => Encoding.UTF8.GetString(Value);

    /// <summary>Python's <c>repr(bytes)</c>.</summary>
    public override string ToString()
    {
        bool hasSingle = Value.Contains((byte)'\''), hasDouble = Value.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (byte b in Value)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b == quote) sb.Append('\\').Append(quote);
                    else if (b < 32 || b >= 127) sb.Append($"\\x{b:x2}");
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Byte-wise equality, as Python compares bytes.</summary>
    public bool Equals(bytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as bytes);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.Length == 0 ? 0 : HashCode.Combine(Value.Length, Value[0], Value[^1]);
}

/// <summary>The methods of Python's <c>torch.distributed.Store</c>: <c>store.set("key", "value")</c>, <c>store.get("key")</c>.</summary>
public static class StoreExtensions
{
    extension(Store store)
    {
        /// <summary><c>store.set(key, value)</c> with a str value (stored as UTF-8).</summary>
        public void set(string key, string value) => store.Set(key, value);

        /// <summary><c>store.set(key, value)</c> with a bytes value.</summary>
        public void set(string key, bytes value) => store.Set(key, value.Value);

        /// <summary><c>store.get(key)</c>: the value as bytes, waiting for the key up to the store's timeout.</summary>
        public bytes get(string key) => new(store.Get(key));

        /// <summary><c>store.add(key, amount)</c>: the counter's new value.</summary>
        public long add(string key, long amount) => store.Add(key, amount);

        /// <summary><c>store.compare_set(key, expected_value, desired_value)</c></summary>
        public bytes compare_set(string key, string expected_value, string desired_value) =>
            new(store.CompareSet(key, Encoding.UTF8.GetBytes(expected_value), Encoding.UTF8.GetBytes(desired_value)));

        /// <summary><c>store.wait(keys, timeout=None)</c></summary>
        public void wait(IReadOnlyList<string> keys, TimeSpan? timeout = null) => store.Wait(keys, timeout);

        /// <summary><c>store.check(keys)</c></summary>
        public bool check(IReadOnlyList<string> keys) => store.Check(keys);

        /// <summary><c>store.delete_key(key)</c></summary>
        public bool delete_key(string key) => store.DeleteKey(key);

        /// <summary><c>store.num_keys()</c></summary>
        public long num_keys() => store.NumKeys;

        /// <summary><c>store.set_timeout(timeout)</c></summary>
        public void set_timeout(TimeSpan timeout) => store.Timeout = timeout;
    }

    extension(TcpStore store)
    {
        /// <summary><c>store.port</c></summary>
        public int port => store.Port;

        /// <summary><c>store.host</c></summary>
        public string host => store.Host;
    }
}

/// <summary>The methods of Python's <c>torch.distributed.Work</c> (what <c>async_op=True</c> returns).</summary>
public static class WorkExtensions
{
    extension(Work work)
    {
        /// <summary><c>work.wait(timeout=None)</c>: true once done; the operation's error is raised here.</summary>
        public bool wait(TimeSpan? timeout = null) => work.Wait(timeout);

        /// <summary><c>work.is_completed()</c></summary>
        public bool is_completed() => work.IsCompleted;

        /// <summary><c>work.is_success()</c></summary>
        public bool is_success() => work.IsSuccess;

        /// <summary><c>work.exception()</c>: the error, or null.</summary>
        public TorchException? exception() => work.Exception;
    }

    extension(ProcessGroup group)
    {
        /// <summary><c>group.rank()</c>: this process's rank in the group.</summary>
        public int rank() => group.Rank;

        /// <summary><c>group.size()</c></summary>
        public int size() => group.Size;
    }
}
