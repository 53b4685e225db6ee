using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TorchInterop.Python.Tests.ApiCoverage;

/// <summary>One namespace's names: how many PyTorch has (after exclusions), which the dialect has, which it lacks.</summary>
internal sealed record NamespaceCoverage(string Namespace, int Total, int Covered, IReadOnlyList<string> Missing)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Covered / Total;
}

/// <summary>Compares PyTorch's names with the dialect's and writes the report.</summary>
internal static class CoverageReport
{
    public static List<NamespaceCoverage> Measure(IReadOnlyDictionary<string, string[]> pythonNames, string exclusionsFile)
    {
        var exclusions = ReadExclusions(exclusionsFile);
        var result = new List<NamespaceCoverage>();
        foreach (var (space, names) in pythonNames.OrderBy(p => Array.IndexOf(PythonNames.Namespaces, p.Key)))
        {
            var counted = names.Where(n => !exclusions.Any(e => e.Namespace == space && e.Pattern.IsMatch(n))).ToList();
            var dialect = DialectNames.Of(space);
            var missing = counted.Where(n => !dialect.Contains(n)).ToList();
            result.Add(new NamespaceCoverage(space, counted.Count, counted.Count - missing.Count, missing));
        }
        return result;
    }

    public static string SummaryLine(IReadOnlyList<NamespaceCoverage> coverage)
    {
        int total = coverage.Sum(c => c.Total), covered = coverage.Sum(c => c.Covered);
        double percent = total == 0 ? 100 : 100.0 * covered / total;
        return string.Create(CultureInfo.InvariantCulture,
            $"api coverage (LibTorch {LibTorch.Version.Major}.{LibTorch.Version.Minor}): {covered}/{total} names ({percent:F1}%)");
    }

    public static string Markdown(IReadOnlyList<NamespaceCoverage> coverage)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {SummaryLine(coverage)}\n\n");
        sb.Append("Names of the PyTorch in this environment (listed by it at test time) that the Python dialect has, by namespace. ");
        sb.Append("Exclusions, each with its reason: tests/TorchInterop.Python.Tests/ApiCoverage/exclusions.txt.\n\n");
        sb.Append("| namespace | covered | total | % |\n|---|---:|---:|---:|\n");
        foreach (var c in coverage)
            sb.Append(CultureInfo.InvariantCulture, $"| `{c.Namespace}` | {c.Covered} | {c.Total} | {c.Percent:F1} |\n");
        foreach (var c in coverage.Where(c => c.Missing.Count > 0))
            sb.Append(CultureInfo.InvariantCulture, $"\n## `{c.Namespace}`: {c.Missing.Count} missing\n\n{string.Join(", ", c.Missing.Select(n => $"`{n}`"))}\n");
        return sb.ToString();
    }

    // A namespace written `torch.Tensor@2` applies to LibTorch 2.x only (names 2.x removed but 1.13 still has).
    private static List<(string Namespace, Regex Pattern)> ReadExclusions(string file) =>
        File.ReadAllLines(file)
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => !parts[0].Contains('@') || parts[0].EndsWith("@" + LibTorchMajor, StringComparison.Ordinal))
            .Select(parts => (parts[0].Split('@')[0], new Regex(parts[1].Trim(), RegexOptions.CultureInvariant)))
            .ToList();

#if LIBTORCH_2
    private const string LibTorchMajor = "2";
#else
    private const string LibTorchMajor = "1";
#endif
}
