using System.Diagnostics;
using System.Text.Json;

namespace BenchRunner;

/// <summary>One program run: a workload in one language, in its own process.</summary>
internal sealed record Run(Language Language, string Workload, long Iterations, Measurement Measurement, string Unit)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public override string ToString() => $"{Workload} ({Language.Display()})";

    /// <summary>Starts the program, waits for it and returns the value it reported (or its wall-clock time).</summary>
    public Outcome Execute(Programs programs)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(programs.StartInfo(Language, Workload, Iterations))
            ?? throw new InvalidOperationException($"could not start {this}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill();
            return Outcome.Failed($"timed out after {Timeout.TotalMinutes} min", stopwatch.Elapsed.TotalSeconds);
        }
        process.WaitForExit(); // the output streams are complete only now
        double seconds = stopwatch.Elapsed.TotalSeconds;

        if (process.ExitCode != 0)
            return Outcome.Failed($"exit code {process.ExitCode}: {LastLines(stderr.Result)}", seconds);
        if (!TryParseValue(stdout.Result, out double value))
            return Outcome.Failed($"no JSON result line in its output: {LastLines(stdout.Result + stderr.Result)}", seconds);
        return Outcome.Succeeded(Measurement == Measurement.ProcessWallClock ? seconds : value, seconds);
    }

    // The result is the last line of stdout: {"name": ..., "value": ..., "unit": ...}.
    private static bool TryParseValue(string stdout, out double value)
    {
        value = 0;
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (line is null) return false;
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("value", out var element) && element.TryGetDouble(out value);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string LastLines(string text) =>
        string.Join("\n", text.TrimEnd().Split('\n').TakeLast(5));
}

/// <summary>A run's value, or why there is none, and how long the process took.</summary>
internal sealed record Outcome(double? Value, string? Error, double Seconds)
{
    public static Outcome Succeeded(double value, double seconds) => new(value, null, seconds);
    public static Outcome Failed(string error, double seconds) => new(null, error, seconds);
}
