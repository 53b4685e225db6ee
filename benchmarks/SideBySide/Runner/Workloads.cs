namespace BenchRunner;

/// <summary>How a workload's value is obtained.</summary>
internal enum Measurement
{
    /// <summary>The program measures and prints the value.</summary>
    Reported,
    /// <summary>The runner times the whole process, from start to exit, in seconds.</summary>
    ProcessWallClock,
}

/// <summary>
/// One row of the results. <paramref name="NativeWorkload"/> is the workload the C++ and Python programs run for
/// this row: they have no disposed/undisposed distinction, so the *_undisposed rows and rss_scope reuse the
/// measurement of the loop they share with another row instead of running it twice. <paramref name="Ratios"/> is
/// false for the memory rows, where C++ and Python grow by next to nothing and a ratio would mean nothing.
/// </summary>
internal sealed record Workload(
    string Name,
    string Unit,
    long Iterations,
    IReadOnlyList<Target> Targets,
    string? NativeWorkload = null,
    Measurement Measurement = Measurement.Reported,
    bool Ratios = true,
    IReadOnlyList<Language>? Languages = null)
{
    public string WorkloadFor(Language language) => language == Language.CSharp ? Name : NativeWorkload ?? Name;

    /// <summary>Whether <paramref name="language"/> has this workload (the DDP rows have no C++ program).</summary>
    public bool RunsIn(Language language) => Languages is null || Languages.Contains(language);

    /// <summary>
    /// The workloads, their iteration counts (chosen so that one measurement takes 1-3 s on the 2-core machine,
    /// except startup and the memory runs) and the targets from issue 3. The runner passes these counts to every
    /// program, so all three languages run exactly the same number of iterations.
    /// </summary>
    public static readonly IReadOnlyList<Workload> All =
    [
        new("small_op", "us", 500_000, [Target.VsCpp(1.10), Target.VsPython(0.85)]),
        new("small_op_undisposed", "us", 500_000, [Target.VsPython(1.00)], NativeWorkload: "small_op"),
        new("small_graph", "us", 100_000, [Target.VsCpp(1.10), Target.VsPython(0.85)]),
        new("small_graph_undisposed", "us", 100_000, [Target.VsPython(1.00)], NativeWorkload: "small_graph"),
        new("custom_function", "us", 50_000, [Target.VsPython(0.80)]),
        new("custom_function_disposed", "us", 50_000, [Target.VsPython(0.80)], NativeWorkload: "custom_function"),
        new("mlp_step", "us", 3_000, [Target.VsPython(1.00)]),
        new("ddp_step", "us", 1_000, [Target.VsPython(1.00)], Languages: [Language.CSharp, Language.Python]),
        new("ddp_step_1rank", "us", 1_000, [Target.VsPython(1.00)], Languages: [Language.CSharp, Language.Python]),
        new("jacobian_small", "us", 2_000, [Target.VsPython(1.00)]),
        new("per_sample_grads", "us", 2_000, [Target.VsPython(1.00)]),
        new("matmul_1024", "ms", 20, [Target.VsCpp(1.05)]),
        new("startup", "s", 1, [Target.CSharpAtMost(0.5)], Measurement: Measurement.ProcessWallClock),
        new("rss_no_dispose", "MB", 1_000_000, [Target.CSharpBelow(100)], Ratios: false),
        new("rss_scope", "MB", 1_000_000, [Target.CSharpBelow(5)], NativeWorkload: "rss_no_dispose", Ratios: false),
    ];
}
