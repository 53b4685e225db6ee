using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// LibTorch's <c>c10d::TCPStore</c>: the master (<c>isMaster: true</c>) serves the store on <c>host:port</c>
/// (port 0 picks a free one, see <see cref="Port"/>); every other rank connects to it as a client, retrying until
/// <c>timeout</c>. Python's <c>TCPStore(host_name, port, world_size=None, is_master=False, timeout=300s,
/// wait_for_workers=True, multi_tenant=False, use_libuv=True)</c> (<c>use_libuv</c>: 2.x).
/// </summary>
public sealed class TcpStore : Store
{
    /// <summary>
    /// Serves or connects to the store at <paramref name="host"/>:<paramref name="port"/>. <paramref name="useLibuv"/>
    /// (LibTorch 2.x's libuv server; ignored by 1.13) left null follows the <c>USE_LIBUV</c> variable as PyTorch's
    /// rendezvous does (<c>0</c> off, <c>1</c> on); unset, libuv is used where LibTorch has it. Debian's LibTorch 2.x
    /// is built without libuv: there Python's default fails ("use_libuv was requested but PyTorch was built without
    /// libuv support") and this one does not.
    /// </summary>
    public TcpStore(string host, int port, int? worldSize = null, bool isMaster = false, TimeSpan? timeout = null,
                    bool waitForWorkers = true, bool multiTenant = false, bool? useLibuv = null)
        : base(NativeMethods.ti_store_tcp_new(host ?? throw new ArgumentNullException(nameof(host)), port, worldSize ?? -1,
               isMaster ? 1 : 0, ValidHandle.Milliseconds(timeout ?? DefaultTimeout), waitForWorkers ? 1 : 0, multiTenant ? 1 : 0,
               useLibuv is { } libuv ? (libuv ? 1 : 0) : LibuvByEnvironment))
    {
        Host = host;
    }

    // PyTorch 2.x's rendezvous reads USE_LIBUV ("0": off, "1": on); unset, the store uses libuv where LibTorch has it
    // (-1), where Python would ask for it and fail on a LibTorch built without it.
    private static int LibuvByEnvironment => Environment.GetEnvironmentVariable("USE_LIBUV") switch
    {
        "0" => 0,
        "1" => 1,
        _ => -1,
    };

    /// <summary>Python's default store timeout: 300 seconds.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(300);

    /// <summary>The address the store serves on or connects to.</summary>
    public string Host { get; }

    /// <summary>The port the store listens on (the one picked when created with port 0) or connects to.</summary>
    public int Port => Native.Check.Status(NativeMethods.ti_store_tcp_port(Handle));
}
