using System.Globalization;

namespace TorchInterop.Distributed;

/// <summary>
/// Python's torch/distributed/rendezvous.py: turns an init method URL ("env://", "tcp://host:port", "file:///path",
/// with optional ?rank=&amp;world_size=) into a store, a rank and a world size. Rank 0 serves the TCPStore.
/// </summary>
internal static class Rendezvous
{
    internal static (Store Store, int Rank, int WorldSize) Connect(string url, int rank, int worldSize, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(url);
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        string scheme = schemeEnd < 0 ? "" : url[..schemeEnd];
        string rest = schemeEnd < 0 ? url : url[(schemeEnd + 3)..];
        int queryStart = rest.IndexOf('?');
        string location = queryStart < 0 ? rest : rest[..queryStart];
        var query = ParseQuery(queryStart < 0 ? "" : rest[(queryStart + 1)..]);
        // _rendezvous_helper: the caller's rank and world size join the URL's query.
        if (rank != -1 || worldSize != -1)
        {
            if (query.ContainsKey("rank") || query.ContainsKey("world_size"))
                throw new ArgumentException($"The url: {url} has node-specific arguments(rank, world_size) already.");
            if (rank != -1) query["rank"] = rank.ToString(CultureInfo.InvariantCulture);
            if (worldSize != -1) query["world_size"] = worldSize.ToString(CultureInfo.InvariantCulture);
        }
        return scheme switch
        {
            "env" => FromEnvironment(query, timeout),
            "tcp" => FromTcp(location, query, timeout),
            "file" => FromFile(location, query),
            _ => throw new TorchException($"No rendezvous handler for {scheme}://"),
        };
    }

    private static (Store, int, int) FromEnvironment(Dictionary<string, string> query, TimeSpan timeout)
    {
        int rank = ParseInt(query.TryGetValue("rank", out var r) ? r : EnvOrThrow("RANK"));
        int worldSize = ParseInt(query.TryGetValue("world_size", out var w) ? w : EnvOrThrow("WORLD_SIZE"));
        string host = EnvOrThrow("MASTER_ADDR");
        int port = ParseInt(EnvOrThrow("MASTER_PORT"));
        return (CreateTcpStore(host, port, rank, worldSize, timeout), rank, worldSize);

        static string EnvOrThrow(string name)
        {
            string? value = Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrEmpty(value))
                throw Error($"env:// rendezvous: environment variable {name} expected, but not set");
            return value;
        }
    }

    private static (Store, int, int) FromTcp(string location, Dictionary<string, string> query, TimeSpan timeout)
    {
        int colon = location.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(location[(colon + 1)..].TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port == 0)
            throw Error("tcp:// rendezvous: port number missing");
        var (rank, worldSize) = RankAndWorldSize("tcp", query);
        string host = location[..colon].Trim('[', ']');
        return (CreateTcpStore(host, port, rank, worldSize, timeout), rank, worldSize);
    }

    private static (Store, int, int) FromFile(string path, Dictionary<string, string> query)
    {
        if (path.Length == 0) throw Error("file:// rendezvous: path missing");
        var (rank, worldSize) = RankAndWorldSize("file", query);
        return (new FileStore(path, worldSize), rank, worldSize);
    }

    private static (int, int) RankAndWorldSize(string scheme, Dictionary<string, string> query)
    {
        if (!query.TryGetValue("rank", out var rank)) throw Error($"{scheme}:// rendezvous: rank parameter missing");
        if (!query.TryGetValue("world_size", out var worldSize)) throw Error($"{scheme}:// rendezvous: world size parameter missing");
        return (ParseInt(rank), ParseInt(worldSize));
    }

    // _create_c10d_store: rank 0 serves the store (multi-tenant, so that other stores in the process may share it).
    private static TcpStore CreateTcpStore(string host, int port, int rank, int worldSize, TimeSpan timeout)
    {
        if (port < 0 || port >= 65536)
            throw new TorchException($"port must have value from 0 to 65535 but was {port}.", TorchErrorKind.ValueError);
        return new TcpStore(host, port, worldSize, isMaster: rank == 0, timeout, multiTenant: true);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>();
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0) result[pair[..eq]] = pair[(eq + 1)..];
        }
        return result;
    }

    private static int ParseInt(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new TorchException($"invalid literal for int() with base 10: '{text}'", TorchErrorKind.ValueError);

    private static TorchException Error(string message) =>
        new("Error initializing torch.distributed using " + message, TorchErrorKind.ValueError);
}
