using System.Diagnostics;
using System.Text.RegularExpressions;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Every runnable example in examples/ prints what its Python original prints (object addresses normalized), so
/// the test suite guards the ported tutorials too. The examples are built with the solution.
/// </summary>
[TestFixture, NonParallelizable]
public partial class ExampleParityTests
{
    private static string ExamplesFolder => Path.Combine(RepositoryRoot(), "examples");

    private static IEnumerable<string> Examples() =>
        Directory.Exists(ExamplesFolder)
            ? Directory.GetDirectories(ExamplesFolder)
                .Where(d => Directory.GetFiles(d, "*.py").Length > 0 && !File.Exists(Path.Combine(d, "WAITING")))
                .Select(Path.GetFileName)
                .OrderBy(n => n, StringComparer.Ordinal)!
            : [];

    [TestCaseSource(nameof(Examples))]
    public void PrintsWhatPyTorchPrints(string name)
    {
        string folder = Path.Combine(ExamplesFolder, name);
        string assembly = BuiltAssembly(name);
        string python = Directory.GetFiles(folder, "*.py").Single();

        string expected = Normalize(Run(PyTorch.PythonPath, python, folder));
        string actual = Normalize(Run("dotnet", assembly, folder));
        Assert.That(actual, Is.EqualTo(expected), $"{name} differs from {Path.GetFileName(python)}");
    }

    [Test]
    public void TrainingExamplePlotsBothLossCurves()
    {
        string folder = Path.Combine(ExamplesFolder, "MlpTraining");
        string assembly = BuiltAssembly("MlpTraining");
        string output = Directory.CreateTempSubdirectory("mlp-training-").FullName;
        try
        {
            string pytorch = Path.Combine(output, "pytorch.txt");
            File.WriteAllText(pytorch, Run(PyTorch.PythonPath, Path.Combine(folder, "mlp_training.py"), folder));
            string png = Path.Combine(output, "loss.png");
            Run("dotnet", assembly, folder, "--plot", png, pytorch);
            Assert.That(File.ReadAllBytes(png).Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a }));
            string[] csharpCurve = File.ReadAllLines(Path.Combine(output, "loss_csharp.dat"));
            string[] pytorchCurve = File.ReadAllLines(Path.Combine(output, "loss_pytorch.dat"));
            Assert.That(csharpCurve, Has.Length.EqualTo(100));
            Assert.That(csharpCurve, Is.EqualTo(pytorchCurve), "100 steps of Adam give exactly PyTorch's losses");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string Run(string program, string argument, string workingDirectory, params string[] more)
    {
        var info = new ProcessStartInfo(program, [argument, .. more])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program} {argument} failed:\n{stderr.Result}");
        return stdout;
    }

    private static string BuiltAssembly(string name) =>
        Directory.GetFiles(Path.Combine(ExamplesFolder, name), name + ".dll", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault() ?? throw new AssertionException($"{name} is not built: build Interop.sln first.");

    private static string Normalize(string text) => Address().Replace(text.Replace("\r\n", "\n"), "0x…");

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex Address();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Interop.sln not found above " + AppContext.BaseDirectory);
    }
}
