using System.Diagnostics;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Codegen;

/// <summary>The committed op bindings are what the generator makes today.</summary>
public class GeneratedCodeTests
{
    [Test]
    public void CommittedOutputIsNotStale()
    {
        string root = RepositoryRoot();
        var start = new ProcessStartInfo(PyTorch.PythonPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "native", "codegen", "generate.py"));
        start.ArgumentList.Add("--check");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{stderr.Result}\n{stdout}\nRegenerate with ./build.sh --target=Generate");
        Assert.That(stdout, Does.Match(@"^generated (\d+) of"));
        int generated = int.Parse(System.Text.RegularExpressions.Regex.Match(stdout, @"^generated (\d+)").Groups[1].Value);
        Assert.That(generated, Is.GreaterThanOrEqualTo(2400), "the issue's target: at least 2,400 generated functions");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository: Interop.sln was not found above " + AppContext.BaseDirectory);
    }
}
