namespace BenchRunner;

/// <summary>Which program runs happen, in which order.</summary>
internal static class Schedule
{
    /// <summary>
    /// The distinct runs the workloads need: one per workload and language, except that rows sharing a C++/Python
    /// loop (small_op and small_op_undisposed, ...) share its run.
    /// </summary>
    public static IReadOnlyList<Run> RunsFor(IEnumerable<Workload> workloads, Options options) =>
        workloads
            .SelectMany(w => LanguageNames.All.Where(w.RunsIn).Select(language =>
                new Run(language, w.WorkloadFor(language), options.IterationsOf(w), w.Measurement, w.Unit)))
            .Distinct()
            .ToList();

    /// <summary>
    /// Round <paramref name="round"/> runs every run once, starting at a different place each round (a rotation
    /// by round * count / rounds), so slow drifts of the machine spread evenly over workloads and languages.
    /// </summary>
    public static IEnumerable<Run> Round(IReadOnlyList<Run> runs, int round, int rounds)
    {
        int offset = runs.Count == 0 ? 0 : round * runs.Count / rounds % runs.Count;
        return runs.Skip(offset).Concat(runs.Take(offset));
    }
}
