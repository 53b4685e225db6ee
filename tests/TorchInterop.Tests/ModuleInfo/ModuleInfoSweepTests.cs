using System.Text;
using TorchInterop.Tests.OpInfo;

namespace TorchInterop.Tests.ModuleInfo;

/// <summary>
/// The parity sweep over PyTorch's ModuleInfo database (module_db, 38 modules in 1.13): every sample exported by
/// export_moduleinfo.py is replayed on the C# module of the same name. The report is artifacts/moduleinfo/report.md.
/// </summary>
[TestFixture, NonParallelizable]
public class ModuleInfoSweepTests
{
    // Modules that passed when this threshold was last raised; the sweep fails if fewer pass.
    private const int PassingModulesBaseline = 30;

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
        var failed = outcomes.Where(o => o.Status == "failed").ToList();
        Assert.That(outcomes.Count(o => o.Status == "passed"), Is.GreaterThanOrEqualTo(PassingModulesBaseline), report);
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
