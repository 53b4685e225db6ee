// TorchInterop build script. Run it through ./build.sh, which installs what it needs first.
//
//   ./build.sh                   Native -> Build -> Examples, Graphs (the default)
//   ./build.sh --target=Test     Native -> Build -> Test
//   ./build.sh --target=Bench    Native -> Build -> Bench   (options: --rounds=5 --only=small_op,mlp* --scale=1)
//
// Targets: Native (CMake shim), Build (the solution), Test (every test project; prints "N passed, N failed"),
//          Examples (every example's output against its Python original, object addresses normalized),
//          Graphs (seed 004's autograd graph drawn to artifacts/graphs/), Default (= Examples + Graphs),
//          Bench (side-by-side benchmark: C#, C++, Python; see benchmarks/README.md),
//          MicroBench (BenchmarkDotNet on the managed layer; option --filter='*').

using System.Diagnostics;
using System.Text;
using System.Xml.Linq;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

const string ReferencePython = "/usr/bin/python3";

var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("Interop.sln");
var artifacts = root.Combine("artifacts");
var nativeBuildDir = artifacts.Combine("native-build");
var nativeOutputDir = artifacts.Combine("native/linux-x64");
var testResultsDir = artifacts.Combine("test-results");
var testSummaryFile = artifacts.CombineWithFilePath("test-summary.txt");
var parityFile = artifacts.CombineWithFilePath("parity-summary.txt");
var graphsDir = artifacts.Combine("graphs");
var trainingDir = artifacts.Combine("training");
var benchDir = artifacts.Combine("bench");
var sideBySideDir = root.Combine("benchmarks/SideBySide");

Task("Generate")
    .Description("Regenerates the op bindings (native/codegen/generate.py over LibTorch's native_functions.yaml).")
    .Does(() =>
{
    Exec(ReferencePython, root.CombineWithFilePath("native/codegen/generate.py").FullPath);
});

Task("Native")
    .Description("Builds the C++ shim (libtorchinterop.so) against the installed LibTorch.")
    .Does(() =>
{
    Exec("cmake", "-S", root.Combine("native").FullPath, "-B", nativeBuildDir.FullPath,
         "-DCMAKE_BUILD_TYPE=Release", $"-DTI_OUTPUT_DIR={nativeOutputDir.FullPath}");
    Exec("cmake", "--build", nativeBuildDir.FullPath, "-j2");
});

Task("Build")
    .Description("Builds Interop.sln.")
    .IsDependentOn("Native")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration, NoLogo = true });
});

Task("Test")
    .Description("Runs every test project in the solution and prints the totals.")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(artifacts);
    CleanDirectory(testResultsDir);
    if (FileExists(testSummaryFile)) DeleteFile(testSummaryFile);
    var staleFuzzSummary = artifacts.CombineWithFilePath("fuzz/summary.txt");
    if (FileExists(staleFuzzSummary)) DeleteFile(staleFuzzSummary);
    var apiCoverageSummary = artifacts.CombineWithFilePath("api-coverage.txt");
    if (FileExists(apiCoverageSummary)) DeleteFile(apiCoverageSummary);

    var total = new TestCounts(0, 0, 0);
    var problems = new List<string>();
    foreach (var project in TestProjects())
    {
        var name = project.GetFilenameWithoutExtension().FullPath;
        var trx = testResultsDir.CombineWithFilePath(name + ".trx");
        int exitCode = RunTestProject(project, trx);
        var counts = FileExists(trx) ? ReadTrxCounters(trx) : new TestCounts(0, 0, 0);

        // A run that fails without a failed test (crashed test host, no TRX) still counts as one failure.
        if ((exitCode != 0 || !FileExists(trx)) && counts.Failed == 0)
        {
            problems.Add($"{name}: 'dotnet test' exited with code {exitCode}" + (FileExists(trx) ? "" : " and wrote no TRX file"));
            counts = counts with { Failed = 1 };
        }
        total = total.Add(counts);
    }

    var summary = total.ToString();
    System.IO.File.WriteAllText(testSummaryFile.FullPath, summary + "\n");
    foreach (var problem in problems) Shout(problem);
    var fuzzSummary = artifacts.CombineWithFilePath("fuzz/summary.txt");
    if (FileExists(fuzzSummary)) Say(System.IO.File.ReadAllText(fuzzSummary.FullPath).Trim());
    if (FileExists(apiCoverageSummary)) Say(System.IO.File.ReadAllText(apiCoverageSummary.FullPath).Trim());
    Say($"LibTorch {BuiltLibTorchVersion()}: {summary}");

    if (total.Failed > 0) throw new CakeException($"Tests failed: {summary}");
    if (total.Passed == 0) throw new CakeException("No tests were executed.");
});

Task("Examples")
    .Description("Runs each example and compares its output with PyTorch's (examples/<Name>/reference.py).")
    .IsDependentOn("Build")
    .Does(() =>
{
    int matching = 0, differing = 0, waiting = 0;
    foreach (var example in Examples())
    {
        var waitingFile = example.CombineWithFilePath("WAITING");
        if (FileExists(waitingFile))
        {
            waiting++;
            ShowPartialPort(example);
            Say($"WAIT {example.GetDirectoryName()}: {System.IO.File.ReadAllText(waitingFile.FullPath).Trim()}");
            continue;
        }
        if (CompareExample(example)) matching++; else differing++;
    }

    int total = matching + differing + waiting;
    var summary = $"parity (LibTorch {BuiltLibTorchVersion()}): {matching}/{total} examples print exactly what PyTorch prints";
    if (waiting > 0) summary += $" ({waiting} waiting, reason above)";
    System.IO.File.WriteAllText(parityFile.FullPath, summary + "\n");
    Say(summary);
    if (differing > 0) throw new CakeException($"{differing} example(s) differ from PyTorch.");
});

Task("Graphs")
    .Description("Draws seed 004's autograd graph (examples/AutogradGraph): artifacts/graphs/seed004_graph.png and .dot.")
    .IsDependentOn("Build")
    .Does(() =>
{
    // Without Graphviz the example writes only the .dot file and says so; that is not a build failure.
    Exec("dotnet", "run", "--no-build", "-c", configuration, "--project", root.Combine("examples/AutogradGraph").FullPath,
         "--", graphsDir.CombineWithFilePath("seed004_graph.png").FullPath);
});

Task("TrainingPlot")
    .Description("Trains the MLP example in C# and in PyTorch and plots both loss curves: artifacts/training/loss.png.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var example = root.Combine("examples/MlpTraining");
    var pytorch = Capture(ReferencePython, example, "mlp_training.py");
    if (pytorch.ExitCode != 0) throw new CakeException($"mlp_training.py exited with code {pytorch.ExitCode}:\n{pytorch.Stderr}");
    EnsureDirectoryExists(trainingDir);
    var pytorchOutput = trainingDir.CombineWithFilePath("pytorch_output.txt");
    System.IO.File.WriteAllBytes(pytorchOutput.FullPath, pytorch.Stdout);
    // Without gnuplot the example writes the data and the gnuplot script and says so; that is not a build failure.
    Exec("dotnet", "run", "--no-build", "-c", configuration, "--project", example.FullPath,
         "--", "--plot", trainingDir.CombineWithFilePath("loss.png").FullPath, pytorchOutput.FullPath);
});

Task("Bench")
    .Description("Runs the same workloads in C#, C++ and Python side by side; medians in artifacts/bench/results.json.")
    .IsDependentOn("Build")
    .Does(() =>
{
    if (configuration != "Release") throw new CakeException("Bench measures Release builds; run it without --configuration.");
    var cppBench = BuildCppBench();
    var runnerArgs = new List<string>
    {
        ProjectOutput(sideBySideDir.Combine("Runner"), "BenchRunner.dll").FullPath,
        "--csharp", ProjectOutput(sideBySideDir.Combine("CSharp"), "SideBySide.CSharp").FullPath,
        "--cpp", cppBench.FullPath,
        "--python", ReferencePython,
        "--python-script", sideBySideDir.CombineWithFilePath("python/bench.py").FullPath,
        "--rounds", Argument("rounds", "5"),
        "--scale", Argument("scale", "1"),
        "--out", benchDir.CombineWithFilePath("results.json").FullPath,
    };
    var only = Argument("only", "");
    if (only != "") runnerArgs.AddRange(new[] { "--only", only });
    Exec("dotnet", runnerArgs.ToArray());
});

Task("MicroBench")
    .Description("Runs the BenchmarkDotNet project (benchmarks/TorchInterop.Benchmarks); reports in artifacts/bench/micro.")
    .IsDependentOn("Native")
    .Does(() =>
{
    Exec("dotnet", "run", "-c", "Release", "--project", root.Combine("benchmarks/TorchInterop.Benchmarks").FullPath,
         "--", "--filter", Argument("filter", "*"), "--artifacts", benchDir.Combine("micro").FullPath);
});

Task("Default")
    .IsDependentOn("Examples")
    .IsDependentOn("Graphs")
    .IsDependentOn("TrainingPlot");

RunTarget(target);

// ----------------------------------------------------------------------------------------------------------
// Output (Cake's log methods take format strings; outputs may contain braces)

void Say(string text) => Information("{0}", text);
void Shout(string text) => Error("{0}", text);

// ----------------------------------------------------------------------------------------------------------
// Processes

void Exec(string tool, params string[] arguments)
{
    var args = new ProcessArgumentBuilder();
    foreach (var argument in arguments) args.AppendQuoted(argument);
    int exitCode = StartProcess(tool, new ProcessSettings { Arguments = args, WorkingDirectory = root });
    if (exitCode != 0) throw new CakeException($"'{tool} {args.Render()}' failed with exit code {exitCode}.");
}

// Runs a program and captures its stdout as raw bytes (for exact comparison) and its stderr as text.
Captured Capture(string program, DirectoryPath workingDirectory, params string[] arguments)
{
    var info = new ProcessStartInfo(program)
    {
        WorkingDirectory = workingDirectory.FullPath,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    foreach (var argument in arguments) info.ArgumentList.Add(argument);
    info.Environment["PYTHONIOENCODING"] = "utf-8";

    using var process = Process.Start(info) ?? throw new CakeException($"Could not start {program}.");
    var stderr = process.StandardError.ReadToEndAsync();
    using var stdout = new System.IO.MemoryStream();
    process.StandardOutput.BaseStream.CopyTo(stdout);
    process.WaitForExit();
    return new Captured(process.ExitCode, stdout.ToArray(), stderr.Result);
}

record Captured(int ExitCode, byte[] Stdout, string Stderr)
{
    public string Text => new UTF8Encoding(false).GetString(Stdout);
}

// The LibTorch (major.minor) the Native target built against, as CMake recorded it.
string BuiltLibTorchVersion()
{
    var file = nativeOutputDir.CombineWithFilePath("libtorch-version.txt");
    return FileExists(file) ? System.IO.File.ReadAllText(file.FullPath).Trim() : "unknown";
}

// ----------------------------------------------------------------------------------------------------------
// Benchmarks

// The C++ side of the side-by-side benchmark, built by CMake (Release, -O2) against the installed LibTorch.
FilePath BuildCppBench()
{
    var buildDir = benchDir.Combine("cpp-build");
    Exec("cmake", "-S", sideBySideDir.Combine("cpp").FullPath, "-B", buildDir.FullPath, "-DCMAKE_BUILD_TYPE=Release");
    Exec("cmake", "--build", buildDir.FullPath, "-j2");
    return buildDir.CombineWithFilePath("bench");
}

// A file of a project's build output (bin/<configuration>/<target framework>/), as built by the Build target.
FilePath ProjectOutput(DirectoryPath project, string fileName)
{
    var file = GetFiles($"{project.FullPath}/bin/{configuration}/*/{fileName}").FirstOrDefault();
    return file ?? throw new CakeException($"{fileName} was not built under {project.FullPath}/bin/{configuration}/.");
}

// ----------------------------------------------------------------------------------------------------------
// Tests

// Test projects are the solution's projects that reference the test SDK (or say they are test projects).
bool IsTestProject(FilePath project)
{
    var text = System.IO.File.ReadAllText(project.FullPath);
    return text.Contains("Microsoft.NET.Test.Sdk") || text.Contains("<IsTestProject>true</IsTestProject>");
}

IEnumerable<FilePath> TestProjects()
{
    return ParseSolution(solution).Projects
        .Where(p => p.Path.FullPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        .Select(p => p.Path)
        .Where(IsTestProject)
        .OrderBy(p => p.FullPath)
        .ToList();
}

int RunTestProject(FilePath project, FilePath trx)
{
    var args = new ProcessArgumentBuilder()
        .Append("test").AppendQuoted(project.FullPath)
        .Append("--no-build").Append("-c").Append(configuration)
        .Append("--results-directory").AppendQuoted(trx.GetDirectory().FullPath)
        .Append("--logger").AppendQuoted($"trx;LogFileName={trx.GetFilename()}")
        .Append("--logger").AppendQuoted("console;verbosity=normal");
    return StartProcess("dotnet", new ProcessSettings { Arguments = args, WorkingDirectory = root });
}

// Reads <ResultSummary><Counters .../> of a TRX file. Tests that were not executed (ignored, inconclusive, explicit)
// are the difference between "total" and "executed".
TestCounts ReadTrxCounters(FilePath trx)
{
    var counters = XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
    int Count(string name) => int.TryParse(counters.Attribute(name)?.Value, out var n) ? n : 0;

    int passed = Count("passed");
    int failed = Count("failed") + Count("error") + Count("timeout") + Count("aborted");
    int skipped = Math.Max(0, Count("total") - Count("executed"));
    return new TestCounts(passed, failed, skipped);
}

record TestCounts(int Passed, int Failed, int Skipped)
{
    public TestCounts Add(TestCounts other) =>
        new(Passed + other.Passed, Failed + other.Failed, Skipped + other.Skipped);

    public override string ToString() =>
        $"{Passed} passed, {Failed} failed" + (Skipped > 0 ? $", {Skipped} skipped" : "");
}

// ----------------------------------------------------------------------------------------------------------
// Examples

// An example is a folder examples/<Name>/ with a project and its Python original (one .py file) that prints what
// the project should. A file WAITING in the folder says why the example cannot run yet.
IEnumerable<DirectoryPath> Examples()
{
    return GetSubDirectories(root.Combine("examples"))
        .Where(dir => GetFiles($"{dir.FullPath}/*.py").Any() && GetFiles($"{dir.FullPath}/*.csproj").Any(p => !IsTestProject(p)))
        .OrderBy(dir => dir.FullPath, StringComparer.Ordinal)
        .ToList();
}

bool CompareExample(DirectoryPath dir)
{
    var name = dir.GetDirectoryName();
    var project = GetFiles($"{dir.FullPath}/*.csproj").First();
    var csharp = Capture("dotnet", dir, "run", "--no-build", "-c", configuration, "--project", project.FullPath);
    var original = GetFiles($"{dir.FullPath}/*.py").First().GetFilename().FullPath;
    var python = Capture(ReferencePython, dir, original);
    string expected = NormalizeAddresses(python.Text), actual = NormalizeAddresses(csharp.Text);

    Say($"--- {name}/{original} (PyTorch)\n{Indent(expected)}");
    Say($"+++ {name} (TorchInterop)\n{Indent(actual)}");
    if (csharp.ExitCode == 0 && python.ExitCode == 0 && expected == actual)
    {
        Say($"PASS {name}");
        return true;
    }

    Shout($"FAIL {name}");
    if (python.ExitCode != 0) Shout($"  reference.py exited with code {python.ExitCode}:\n{Indent(python.Stderr)}");
    if (csharp.ExitCode != 0) Shout($"  dotnet run exited with code {csharp.ExitCode}:\n{Indent(csharp.Stderr)}");
    PrintFirstDifference(expected, actual);
    return false;
}

// A waiting example ports what can be ported; its output is shown, not compared (the Python original needs the
// missing piece to run at all).
void ShowPartialPort(DirectoryPath dir)
{
    var project = GetFiles($"{dir.FullPath}/*.csproj").First();
    var csharp = Capture("dotnet", dir, "run", "--no-build", "-c", configuration, "--project", project.FullPath);
    Say($"+++ {dir.GetDirectoryName()} (TorchInterop, partial port)\n{Indent(csharp.Text)}");
    if (csharp.ExitCode != 0) throw new CakeException($"{dir.GetDirectoryName()} (partial port) exited with code {csharp.ExitCode}:\n{csharp.Stderr}");
}

// Object addresses vary from run to run in Python itself (`<AddBackward0 object at 0x7f...>`); nothing else is normalized.
string NormalizeAddresses(string text) => System.Text.RegularExpressions.Regex.Replace(text, "0x[0-9a-f]+", "0x…");

// A unified-diff-like view of where two outputs part: the differing block (after the common prefix and before
// the common suffix), with two lines of context before it and at most eight lines of each side.
void PrintFirstDifference(string expected, string actual)
{
    const int Context = 2, Shown = 8;
    string[] e = SplitLines(expected), a = SplitLines(actual);
    int first = 0;
    while (first < e.Length && first < a.Length && e[first] == a[first]) first++;
    int suffix = 0;
    while (suffix < e.Length - first && suffix < a.Length - first && e[^(suffix + 1)] == a[^(suffix + 1)]) suffix++;

    Say("  --- Python original (PyTorch)");
    Say("  +++ dotnet run (TorchInterop)");
    if (first == e.Length && first == a.Length)
    {
        Say("  (same lines; the outputs differ in line endings or the final newline)");
        return;
    }
    Say($"  @@ first difference at line {first + 1} @@");
    for (int i = Math.Max(0, first - Context); i < first; i++) Say("   " + Visible(e[i]));
    PrintSide('-', e, first, e.Length - suffix, Shown);
    PrintSide('+', a, first, a.Length - suffix, Shown);
}

void PrintSide(char sign, string[] lines, int from, int to, int max)
{
    for (int i = from; i < Math.Min(to, from + max); i++) Say($"  {sign}{Visible(lines[i])}");
    if (to - from > max) Say($"  {sign}... ({to - from - max} more lines)");
}

string[] SplitLines(string text)
{
    var lines = text.Split('\n');
    return text.EndsWith('\n') ? lines[..^1] : lines;
}

// Shows characters that would otherwise hide the difference.
string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");

string Indent(string text) =>
    string.Join("\n", text.TrimEnd().Split('\n').Select(line => "    " + line));
