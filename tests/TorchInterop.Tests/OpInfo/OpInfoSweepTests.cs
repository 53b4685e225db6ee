
namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// The parity sweep over PyTorch's OpInfo database: every op's samples in float32, float64 and complex64, with
/// second-order gradients, exported from PyTorch by export_opinfo.py, replayed through the C# API; outputs, grad_fn
/// names and gradients must match. The report
/// (artifacts/opinfo/report.md) lists every op with its outcome.
/// </summary>
[TestFixture, NonParallelizable]
public class OpInfoSweepTests
{
    // Autograd ops that passed when this threshold was last raised, per LibTorch version (each has its own OpInfo
    // database); the sweep fails if fewer pass.
    private static int PassingAutogradOpsBaseline => LibTorch.IsAtLeast(2) ? 514 : 467;

    // Error samples checked when this threshold was last raised.
    private static int ErrorSamplesBaseline => LibTorch.IsAtLeast(2) ? 183 : 107;

    private static readonly Lazy<Dictionary<object, object?>> Export = new(LoadExport);

    [Test]
    public void ReplaysPyTorchsSamples()
    {
        var ops = (List<object?>)Export.Value["ops"]!;
        var outcomes = ops.Cast<Dictionary<object, object?>>().Select(OpInfoReplay.Run).ToList();
        string report = SweepReport.Write(outcomes, Path.Combine(RepositoryRoot(), "artifacts", "opinfo", "report.md"));
        TestContext.Progress.WriteLine(report.Split('\n').First(l => l.StartsWith("autograd ops", StringComparison.Ordinal)));
        int passing = outcomes.Count(o => o.SupportsAutograd && o.Status == "passed");
        Assert.That(passing, Is.GreaterThanOrEqualTo(PassingAutogradOpsBaseline), report);
    }

    [Test]
    public void ErrorSamplesRaisePyTorchsMessages()
    {
        var ops = ((List<object?>)Export.Value["ops"]!).Cast<Dictionary<object, object?>>();
        int checkedCount = 0;
        var mismatches = new List<string>();
        foreach (var op in ops)
        {
            var (count, opMismatches) = OpInfoReplay.RunErrors(op);
            checkedCount += count;
            mismatches.AddRange(opMismatches);
        }
        string summary = $"error samples: {checkedCount - mismatches.Count} of {checkedCount} raise PyTorch's message";
        File.WriteAllText(Path.Combine(RepositoryRoot(), "artifacts", "opinfo", "errors.md"),
            $"# OpInfo error samples\n\n{summary}\n" + string.Concat(mismatches.Select(m => $"- {m}\n")));
        TestContext.Progress.WriteLine(summary);
        Assert.That(checkedCount, Is.GreaterThanOrEqualTo(ErrorSamplesBaseline), summary);
        Assert.That(mismatches, Is.Empty, summary);
    }

    private static Dictionary<object, object?> LoadExport() =>
        PythonExport.Load(Path.Combine(RepositoryRoot(), "tests", "TorchInterop.Tests", "OpInfo", "export_opinfo.py"),
            Path.Combine(RepositoryRoot(), "artifacts", "opinfo"), "cases");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Interop.sln was not found above " + AppContext.BaseDirectory);
    }
}
