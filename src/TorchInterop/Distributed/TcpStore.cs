using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// LibTorch's <c>c10d::TCPStore</c>: the master (<c>isMaster: true</c>) serves the store on <c>host:port</c>
/// (port 0 picks a free one, see <see cref="Port"/>); every other rank connects to it as a client, retrying until
/// <c>timeout</c>. Python's <c>TCPStore(host_name, port, world_size=None, is_master=False, timeout=300s,
/// wait_for_workers=True, multi_tenant=False)</c>.
/// </summary>
public sealed class TcpStore : Store
{
    /// <summary>Serves or connects to the store at <paramref name="host"/>:<paramref name="port"/>.</summary>
    public TcpStore(string host, int port, int? worldSize = null, bool isMaster = false, TimeSpan? timeout = null,
                    bool waitForWorkers = true, bool multiTenant = false)
        : base(NativeMethods.ti_store_tcp_new(host ?? throw new ArgumentNullException(nameof(host)), port, worldSize ?? -1,
               isMaster ? 1 : 0, ValidHandle.Milliseconds(timeout ?? DefaultTimeout), waitForWorkers ? 1 : 0, multiTenant ? 1 : 0))
    {
        Host = host;
    }

    /// <summary>Python's default store timeout: 300 seconds.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(300);

    /// <summary>The address the store serves on or connects to.</summary>
    public string Host { get; }

    /// <summary>The port the store listens on (the one picked when created with port 0) or connects to.</summary>
    public int Port => Native.Check.Status(NativeMethods.ti_store_tcp_port(Handle));
}
