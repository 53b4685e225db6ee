using System.Globalization;

namespace TorchInterop.Python.Tests.ApiCoverage;

/// <summary>
/// The API coverage report: PyTorch's public names in this environment against the dialect's. Writes
/// artifacts/api-coverage.md and artifacts/api-coverage.txt (the summary line the build prints), and fails when a
/// namespace covers fewer names than its baseline for this LibTorch version (baseline-X.Y.txt).
/// </summary>
[TestFixture, NonParallelizable]
public class ApiCoverageTests
{
    private static string Here => Path.Combine(RepositoryRoot(), "tests", "TorchInterop.Python.Tests", "ApiCoverage");

    [Test]
    public void CoverageDoesNotDropBelowTheBaseline()
    {
        var coverage = CoverageReport.Measure(PythonNames.List(), Path.Combine(Here, "exclusions.txt"));
        string artifacts = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "api-coverage.md"), CoverageReport.Markdown(coverage));
        File.WriteAllText(Path.Combine(artifacts, "api-coverage.txt"), CoverageReport.SummaryLine(coverage) + "\n");
        File.WriteAllLines(Path.Combine(artifacts, "api-coverage-measured.txt"),
            coverage.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Namespace} {c.Covered}")));
        TestContext.Progress.WriteLine(CoverageReport.SummaryLine(coverage));

        string baselineFile = Path.Combine(Here, $"baseline-{LibTorch.Version.Major}.{LibTorch.Version.Minor}.txt");
        Assert.That(File.Exists(baselineFile), Is.True, $"no coverage baseline for this LibTorch: {baselineFile}");
        var baseline = File.ReadAllLines(baselineFile).Select(l => l.Split(' ')).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            foreach (var c in coverage)
                Assert.That(c.Covered, Is.GreaterThanOrEqualTo(baseline.GetValueOrDefault(c.Namespace)),
                    $"{c.Namespace}: {c.Covered} names covered, the baseline is {baseline.GetValueOrDefault(c.Namespace)}");
        });
    }

    [Test]
    public void ThePythonSpellingOfACoveredNameCompiles()
    {
        // Reflection counts a name when the dialect has a member of that name; spot-check that such names are what a
        // port calls.
        var tensorNames = DialectNames.Of("torch.Tensor");
        var torchNames = DialectNames.Of("torch");
        var functional = DialectNames.Of("torch.nn.functional");
        Assert.That(tensorNames, Does.Contain("backward").And.Contain("requires_grad").And.Contain("index_select"));
        Assert.That(torchNames, Does.Contain("zeros").And.Contain("float32").And.Contain("func").And.Contain("nn"));
        Assert.That(functional, Does.Contain("cross_entropy"));
        Assert.That(tensorNames, Does.Not.Contain("Backward").And.Not.Contain("get_requires_grad"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Interop.sln not found above " + AppContext.BaseDirectory);
    }
}
