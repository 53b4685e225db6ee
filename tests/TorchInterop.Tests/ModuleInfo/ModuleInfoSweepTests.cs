using System.Text;
using TorchInterop.Tests.OpInfo;

namespace TorchInterop.Tests.ModuleInfo;

/// <summary>
/// The parity sweep over PyTorch's ModuleInfo database (module_db, 38 modules in 1.13): every sample exported by
/// export_moduleinfo.py is replayed on the C# module of the same name. The report is artifacts/moduleinfo/report.md.
/// The export comes from the PyTorch of the LibTorch under test, so the baseline is per version.
/// </summary>
[TestFixture, NonParallelizable]
public class ModuleInfoSweepTests
{
    // Per LibTorch version, as each has its own module_db: the modules that passed when the threshold was last raised
    // (the sweep fails if fewer pass) and the modules known to fail, with why (the sweep fails if any other does).
    private static readonly SweepBaseline Baseline = LibTorch.IsAtLeast(2)
        ? new(PassingModules: 107, KnownFailures: new()
        {
            // The constructors take neither the internal _random_samples nor return_indices (forward_with_indices instead).
            ["nn.FractionalMaxPool2d"] = "_random_samples constructor argument",
            ["nn.FractionalMaxPool3d"] = "_random_samples constructor argument",
            ["nn.MaxPool1d"] = "return_indices constructor argument",
            ["nn.MaxPool2d"] = "return_indices constructor argument",
            ["nn.MaxPool3d"] = "return_indices constructor argument",
            // The replay does not bind the sample's out_features=() (an empty tuple) to the constructor's size list.
            ["nn.LinearCrossEntropyLoss"] = "out_features=() in the replay",
            // torch.ao.nn.quantized.MaxPool2d is nn.MaxPool2d, replayed as that (ModuleInfoReplay)
            ["ao.nn.quantized.MaxPool2d"] = "return_indices constructor argument",
        })
        : new(PassingModules: 37, KnownFailures: new()
        {
            // torch.ao.nn.quantized.MaxPool2d is nn.MaxPool2d, replayed as that (ModuleInfoReplay); its samples pass
            // return_indices=True to the constructor, which MaxPool2d does not take (ForwardWithIndices instead).
            ["ao.nn.quantized.MaxPool2d"] = "return_indices constructor argument",
        });

    private sealed record SweepBaseline(int PassingModules, Dictionary<string, string> KnownFailures);

    [Test]
    public void ReplaysPyTorchsModuleSamples()
    {
        string root = OpInfoSweepTests.RepositoryRoot();
        var export = PythonExport.Load(Path.Combine(root, "tests", "TorchInterop.Tests", "ModuleInfo", "export_moduleinfo.py"),
            Path.Combine(root, "artifacts", "moduleinfo"), "samples");
        long initSeed = (long)export["init_seed"]!, callSeed = (long)export["call_seed"]!;
        var outcomes = ((List<object?>)export["modules"]!).Cast<Dictionary<object, object?>>()
            .Select(entry => ModuleInfoReplay.Run(entry, initSeed, callSeed)).ToList();
        string report = Report(outcomes);
        File.WriteAllText(Path.Combine(root, "artifacts", "moduleinfo", "report.md"), report);
        TestContext.Progress.WriteLine(report.Split('\n')[2]);
        var failed = outcomes.Where(o => o.Status == "failed" && !Baseline.KnownFailures.ContainsKey(o.Module)).ToList();
        Assert.That(outcomes.Count(o => o.Status == "passed"), Is.GreaterThanOrEqualTo(Baseline.PassingModules), report);
        Assert.That(failed, Is.Empty, report);
    }

    private static string Report(IReadOnlyList<ModuleOutcome> outcomes)
    {
        var sb = new StringBuilder("# ModuleInfo parity sweep\n\n");
        sb.Append($"modules: {outcomes.Count(o => o.Status == "passed")} passed, {outcomes.Count(o => o.Status == "failed")} failed, ")
          .Append($"{outcomes.Count(o => o.Status == "not implemented")} not implemented, {outcomes.Count(o => o.Status == "excluded")} excluded, ")
          .Append($"of {outcomes.Count}; {outcomes.Sum(o => o.SamplesRun)} samples replayed\n\n| module | outcome | detail |\n|---|---|---|\n");
        foreach (var o in outcomes.OrderBy(o => o.Status switch { "failed" => 0, "passed" => 1, _ => 2 }).ThenBy(o => o.Module, StringComparer.Ordinal))
            sb.Append($"| {o.Module} | {o.Status} | {o.Detail.Replace("|", "\\|").Replace('\n', ' ')} |\n");
        return sb.ToString();
    }
}
