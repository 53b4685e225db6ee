using System.Globalization;
using System.Net;

namespace TorchInterop.Distributed;

/// <summary>Fills in a log-line prefix template (torchrun's <c>${rank}</c>, <c>${local_rank}</c>, <c>${role_name}</c>, <c>${hostname}</c>).</summary>
internal static class LaunchPrefix
{
    private static readonly Lazy<string> HostName = new(Dns.GetHostName);

    public static string Format(string template, int rank, int localRank, string role)
    {
        var text = template
            .Replace("${rank}", rank.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("${local_rank}", localRank.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("${role_name}", role, StringComparison.Ordinal);
        return text.Contains("${hostname}", StringComparison.Ordinal) ? text.Replace("${hostname}", HostName.Value, StringComparison.Ordinal) : text;
    }
}
