using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TorchInterop.Tests.OpInfo;

namespace TorchInterop.Tests.Reliability;

/// <summary>
/// Runs the API fuzzer (tests/TorchInterop.Fuzz) in child processes, so that a crash is counted rather than ending
/// the test run: at least 100,000 calls in CI, 0 crashes, 0 unexpected exception types, 0 leaked handles. Longer
/// runs: TORCHINTEROP_FUZZ_CALLS (per process) and TORCHINTEROP_FUZZ_SEED (the first seed); a failure names its seed.
/// </summary>
[TestFixture, NonParallelizable]
public class FuzzTests
{
    private const int Processes = 2;

    [Test]
    public void PublicApiSurvivesRandomCalls()
    {
        int calls = Setting("TORCHINTEROP_FUZZ_CALLS", 50_000);
        int firstSeed = Setting("TORCHINTEROP_FUZZ_SEED", 1);
        string fuzzer = FuzzerAssembly();
        var runs = Enumerable.Range(firstSeed, Processes).Select(seed => Task.Run(() => RunFuzzer(fuzzer, seed, calls))).ToArray();
        Task.WaitAll(runs);

        var failures = new List<string>();
        long totalCalls = 0, leaked = 0;
        int crashes = 0;
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var run in runs.Select(t => t.Result))
        {
            if (run.Summary is not { } summary)
            {
                crashes++;
                failures.Add($"seed {run.Seed}: the fuzzer died (exit code {run.ExitCode}); reproduce with " +
                    $"dotnet {fuzzer} --seed {run.Seed} --calls {calls} --verbose\n{run.Stderr}");
                continue;
            }
            totalCalls += summary.Calls;
            leaked += summary.LeakedTensors + summary.LeakedNodes;
            foreach (var (type, count) in summary.ExceptionsByType) byType[type] = byType.GetValueOrDefault(type) + count;
            failures.AddRange(summary.Unexpected.Select(u => $"seed {run.Seed}: {u}"));
            if (summary.LeakedTensors + summary.LeakedNodes > 0)
                failures.Add($"seed {run.Seed}: {summary.LeakedTensors} tensor and {summary.LeakedNodes} graph-node handles leaked");
        }

        string line = $"fuzz: {totalCalls} calls (seeds {firstSeed}-{firstSeed + Processes - 1}), {crashes} crashes, {leaked} handles leaked, " +
            $"{failures.Count - crashes} unexpected; exceptions: " + string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value}"));
        string folder = Path.Combine(OpInfoSweepTests.RepositoryRoot(), "artifacts", "fuzz");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "summary.txt"), line + "\n");
        TestContext.Progress.WriteLine(line);
        Assert.That(failures, Is.Empty, line);
        Assert.That(totalCalls, Is.EqualTo((long)calls * Processes), line);
    }

    private sealed record Run(int Seed, int ExitCode, FuzzSummary? Summary, string Stderr);

    private sealed record FuzzSummary(long Calls, SortedDictionary<string, long> ExceptionsByType, List<string> Unexpected, long LeakedTensors, long LeakedNodes);

    private static Run RunFuzzer(string fuzzer, int seed, int calls)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { fuzzer, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--calls", calls.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string? json = stdout.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        var summary = process.ExitCode is 0 or 1 && json is not null ? JsonSerializer.Deserialize<FuzzSummary>(json) : null;
        return new Run(seed, process.ExitCode, summary, Tail(stderr.Result));
    }

    private static string FuzzerAssembly()
    {
        // Built with this test project (a build-only reference), in the same configuration.
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string path = Path.Combine(OpInfoSweepTests.RepositoryRoot(), "tests", "TorchInterop.Fuzz", "bin", configuration, "net10.0", "TorchInterop.Fuzz.dll");
        return File.Exists(path) ? path : throw new AssertionException($"{path} is not built");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
