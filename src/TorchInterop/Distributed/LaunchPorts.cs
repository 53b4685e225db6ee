using System.Net;
using System.Net.Sockets;

namespace TorchInterop.Distributed;

/// <summary>Free ports for <c>--master-port 0</c>, found as torchrun finds them: bind port 0, read the port, close.</summary>
public static class LaunchPorts
{
    /// <summary>A TCP port that nothing listens on now (rank 0's store binds it moments later).</summary>
    /// <example><code>int port = LaunchPorts.FindFree();</code></example>
    public static int FindFree()
    {
        var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
