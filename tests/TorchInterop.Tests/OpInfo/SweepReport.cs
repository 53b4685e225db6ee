using System.Text;

namespace TorchInterop.Tests.OpInfo;

/// <summary>The sweep's report: totals, then every op with its outcome, failures and exclusions first.</summary>
internal static class SweepReport
{
    public static string Write(IReadOnlyList<OpOutcome> outcomes, string path)
    {
        var sb = new StringBuilder();
        sb.Append("# OpInfo parity sweep\n\n");
        foreach (var (label, group) in new[] { ("autograd ops", outcomes.Where(o => o.SupportsAutograd)), ("other ops", outcomes.Where(o => !o.SupportsAutograd)) })
        {
            var list = group.ToList();
            sb.Append($"{label}: {list.Count(o => o.Status == "passed")} passed, {list.Count(o => o.Status == "failed")} failed, ")
              .Append($"{list.Count(o => o.Status == "excluded")} excluded, of {list.Count}\n");
        }
        sb.Append("\n| op | autograd | outcome | detail |\n|---|---|---|---|\n");
        foreach (var o in outcomes.OrderBy(o => o.Status switch { "failed" => 0, "excluded" => 1, _ => 2 }).ThenBy(o => o.Op, StringComparer.Ordinal))
            sb.Append($"| {o.Op} | {(o.SupportsAutograd ? "yes" : "no")} | {o.Status} | {o.Detail.Replace("|", "\\|")} |\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString());
        return sb.ToString();
    }
}
