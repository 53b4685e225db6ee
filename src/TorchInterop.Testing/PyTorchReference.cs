using System.Diagnostics;
using TorchInterop.Serialization;

namespace TorchInterop.Testing;

/// <summary>
/// Runs Python snippets in a local PyTorch and returns their tensors, so a test compares a C# result with
/// PyTorch's in a few lines:
/// <code>
/// var expected = PyTorchReference.Default.Run("y = torch.sin(x) * 2", ("x", x));
/// TensorAssert.Close(Torch.Sin(x) * 2, expected["y"]);
/// </code>
/// Inputs travel to Python and results back as <c>torch.save</c> files, bit for bit. Each call runs one Python
/// process (about a second for <c>import torch</c>).
/// </summary>
public sealed class PyTorchReference
{
    /// <summary>The environment variable that names the Python to use (it must be able to <c>import torch</c>).</summary>
    public const string PythonVariable = "TORCHINTEROP_PYTHON";

    private static readonly Lazy<PyTorchReference> LazyDefault = new(Find);
    private static readonly string RunnerScript = LoadRunnerScript();

    private PyTorchReference(string pythonPath, string torchVersion)
    {
        PythonPath = pythonPath;
        TorchVersion = torchVersion;
    }

    /// <summary>
    /// The first Python that can <c>import torch</c> among: <c>$TORCHINTEROP_PYTHON</c>, <c>/usr/bin/python3</c>,
    /// then <c>python3</c> and <c>python</c> on PATH. Throws <see cref="PyTorchNotFoundException"/> when none can.
    /// </summary>
    public static PyTorchReference Default => LazyDefault.Value;

    /// <summary>The interpreter used.</summary>
    public string PythonPath { get; }

    /// <summary><c>torch.__version__</c> of that interpreter, e.g. <c>1.13.1</c>.</summary>
    public string TorchVersion { get; }

    /// <summary>A reference that uses the given interpreter (checked now).</summary>
    public static PyTorchReference ForPython(string pythonPath)
    {
        ArgumentNullException.ThrowIfNull(pythonPath);
        return TryProbe(pythonPath, out var version, out var problem)
            ? new PyTorchReference(pythonPath, version)
            : throw new PyTorchNotFoundException($"{pythonPath} cannot be used as PyTorch's reference: {problem}");
    }

    /// <summary>
    /// Runs <paramref name="code"/> with <c>torch</c> imported and the <paramref name="inputs"/> as variables, and
    /// returns every top-level variable that holds a tensor afterwards (detached), by name.
    /// </summary>
    public IReadOnlyDictionary<string, Tensor> Run(string code, params (string Name, Tensor Value)[] inputs) =>
        Run(code, inputs.ToDictionary(i => i.Name, i => i.Value), outputs: null);

    /// <summary>
    /// Runs <paramref name="code"/> with the <paramref name="inputs"/> as variables and returns the tensors named in
    /// <paramref name="outputs"/> (all top-level tensors when null); a name the snippet does not define is an error.
    /// </summary>
    public IReadOnlyDictionary<string, Tensor> Run(string code, IReadOnlyDictionary<string, Tensor> inputs, IReadOnlyList<string>? outputs)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(inputs);
        string dir = Directory.CreateTempSubdirectory("torchinterop-reference-").FullName;
        try
        {
            string inputsPath = Path.Combine(dir, "inputs.pt"), snippetPath = Path.Combine(dir, "snippet.py");
            string outputsPath = Path.Combine(dir, "outputs.pt"), runnerPath = Path.Combine(dir, "runner.py");
            TensorFile.Save(inputs.ToDictionary(kv => kv.Key, kv => kv.Value), inputsPath);
            File.WriteAllText(snippetPath, code);
            File.WriteAllText(runnerPath, RunnerScript);
            var arguments = new List<string> { runnerPath, inputsPath, snippetPath, outputsPath };
            if (outputs is not null) arguments.AddRange(outputs);
            var (exitCode, _, stderr) = RunPython(PythonPath, arguments);
            if (exitCode != 0)
                throw new PyTorchSnippetException($"the Python snippet failed (exit code {exitCode}):\n{stderr.TrimEnd()}\n--- snippet ---\n{code}");
            return TensorFile.LoadDictionary(outputsPath);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static PyTorchReference Find()
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates())
        {
            if (TryProbe(candidate, out var version, out var problem)) return new PyTorchReference(candidate, version);
            tried.Add($"  {candidate}: {problem}");
        }
        throw new PyTorchNotFoundException(
            "No Python with PyTorch was found. Tried:\n" + string.Join("\n", tried) +
            $"\nInstall PyTorch for a Python on this machine (on Debian: apt-get install python3-torch), or set {PythonVariable} to a Python that can `import torch`.");
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } configured) yield return configured;
        yield return "/usr/bin/python3";
        yield return "python3";
        yield return "python";
    }

    private static bool TryProbe(string python, out string version, out string problem)
    {
        version = problem = "";
        try
        {
            var (exitCode, stdout, stderr) = RunPython(python, ["-c", "import torch; print(torch.__version__)"]);
            if (exitCode == 0)
            {
                version = stdout.Trim();
                return true;
            }
            problem = stderr.Trim().Split('\n').LastOrDefault() ?? $"exit code {exitCode}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            problem = e.Message;
        }
        return false;
    }

    private static (int ExitCode, string Stdout, string Stderr) RunPython(string python, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string LoadRunnerScript()
    {
        using var stream = typeof(PyTorchReference).Assembly.GetManifestResourceStream("TorchInterop.Testing.reference_runner.py")
            ?? throw new InvalidOperationException("reference_runner.py is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
