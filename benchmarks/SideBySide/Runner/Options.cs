using System.Globalization;

namespace BenchRunner;

/// <summary>
/// The runner's command line:
/// <c>--csharp &lt;program&gt; --cpp &lt;program&gt; --python-script &lt;bench.py&gt; [--python &lt;interpreter&gt;]
/// [--rounds N] [--only name,name,prefix*] [--scale F] [--out results.json]</c>.
/// </summary>
internal sealed record Options(
    string CSharp,
    string Cpp,
    string Python,
    string PythonScript,
    int Rounds,
    IReadOnlyList<string> Only,
    double Scale,
    string Out)
{
    public const string Usage =
        "usage: BenchRunner --csharp <program> --cpp <program> --python-script <bench.py> [--python <interpreter>]\n" +
        "                   [--rounds N] [--only name,name,prefix*] [--scale F] [--out results.json]\n" +
        "  --rounds  interleaved repetitions; each round runs every workload in every language once (default 5)\n" +
        "  --only    workloads to run: names, or prefixes ending in '*', comma-separated (default: all)\n" +
        "  --scale   multiplies every iteration count, e.g. 0.1 for a quick check (default 1)";

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument '{arg}'");
            int eq = arg.IndexOf('=');
            if (eq > 0) values[arg[2..eq]] = arg[(eq + 1)..];
            else if (i + 1 < args.Length) values[arg[2..]] = args[++i];
            else throw new ArgumentException($"{arg} needs a value");
        }

        string Required(string name) =>
            values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new ArgumentException($"--{name} is required");
        string Optional(string name, string fallback) =>
            values.TryGetValue(name, out var value) && value.Length > 0 ? value : fallback;

        var known = new HashSet<string> { "csharp", "cpp", "python", "python-script", "rounds", "only", "scale", "out" };
        foreach (var name in values.Keys)
            if (!known.Contains(name)) throw new ArgumentException($"unknown option --{name}");

        int rounds = int.Parse(Optional("rounds", "5"), CultureInfo.InvariantCulture);
        double scale = double.Parse(Optional("scale", "1"), CultureInfo.InvariantCulture);
        if (rounds < 1) throw new ArgumentException("--rounds must be at least 1");
        if (scale <= 0) throw new ArgumentException("--scale must be positive");

        return new Options(
            CSharp: Required("csharp"),
            Cpp: Required("cpp"),
            Python: Optional("python", "/usr/bin/python3"),
            PythonScript: Required("python-script"),
            Rounds: rounds,
            Only: Optional("only", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Scale: scale,
            Out: Optional("out", "artifacts/bench/results.json"));
    }

    /// <summary>The workloads selected by --only, in their usual order.</summary>
    public IReadOnlyList<Workload> SelectWorkloads()
    {
        if (Only.Count == 0) return Workload.All;
        foreach (var pattern in Only)
            if (!Workload.All.Any(w => Matches(pattern, w.Name)))
                throw new ArgumentException($"--only: no workload matches '{pattern}' (workloads: {string.Join(", ", Workload.All.Select(w => w.Name))})");
        return Workload.All.Where(w => Only.Any(pattern => Matches(pattern, w.Name))).ToList();
    }

    private static bool Matches(string pattern, string name) =>
        pattern.EndsWith('*') ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : name == pattern;

    /// <summary>The iteration count a workload runs with, after --scale (startup always runs once).</summary>
    public long IterationsOf(Workload workload) =>
        workload.Measurement == Measurement.ProcessWallClock ? workload.Iterations : Math.Max(1, (long)Math.Round(workload.Iterations * Scale));
}
