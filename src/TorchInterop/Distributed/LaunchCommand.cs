using System.Diagnostics;

namespace TorchInterop.Distributed;

/// <summary>
/// What each rank runs: an executable (found on PATH like a shell would), a <c>.dll</c> (run by the <c>dotnet</c>
/// host), or a project (a <c>.csproj</c> or a folder holding one), which is built once, before any rank starts, and
/// whose assembly is then run like a <c>.dll</c>: N ranks never build concurrently, and no rank pays
/// <c>dotnet run</c>'s start-up.
/// </summary>
public sealed record LaunchCommand
{
    /// <summary>The file to start.</summary>
    public required string FileName { get; init; }

    /// <summary>Its arguments, the program's own after any the host needs.</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The program, for messages: the assembly a host runs, else <see cref="FileName"/>.</summary>
    public string Program
    {
        get => _program ?? FileName;
        init => _program = value;
    }

    private readonly string? _program;

    /// <summary>
    /// The command for <paramref name="program"/> with <paramref name="arguments"/>; a project is built here (in
    /// <paramref name="configuration"/>, unless <paramref name="build"/> is false: then it must have been built).
    /// </summary>
    /// <exception cref="ArgumentException">An empty program, or a folder with no single project.</exception>
    /// <exception cref="FileNotFoundException">A <c>.dll</c> or project that is not there.</exception>
    /// <exception cref="InvalidOperationException">The project did not build (the build's output is in the message).</exception>
    public static LaunchCommand Resolve(string program, IReadOnlyList<string> arguments, string configuration = "Release", bool build = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        ArgumentNullException.ThrowIfNull(arguments);
        if (program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(program)) throw new FileNotFoundException($"No such assembly: {program}", program);
            return new LaunchCommand { FileName = DotnetHost(), Arguments = [Path.GetFullPath(program), .. arguments], Program = Path.GetFullPath(program) };
        }
        if (ProjectFile(program) is { } project)
        {
            string assembly = ProjectAssembly(project, configuration, build);
            return new LaunchCommand { FileName = DotnetHost(), Arguments = [assembly, .. arguments], Program = assembly };
        }
        return new LaunchCommand { FileName = program, Arguments = [.. arguments] };
    }

    /// <summary>The command line as a shell would read it (for messages).</summary>
    public override string ToString() => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string word) => word.Length > 0 && !word.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? word : $"'{word.Replace("'", "'\\''")}'";

    // The host that runs this process (when it is dotnet), the SDK's (set while building and testing), or PATH's.
    private static string DotnetHost()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } sdkHost && File.Exists(sdkHost)) return sdkHost;
        var self = System.Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    private static string? ProjectFile(string program)
    {
        if (program.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || program.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase))
            return File.Exists(program) ? program : throw new FileNotFoundException($"No such project: {program}", program);
        if (!Directory.Exists(program)) return null;
        var projects = Directory.GetFiles(program, "*.csproj").Concat(Directory.GetFiles(program, "*.fsproj")).ToArray();
        return projects.Length == 1
            ? projects[0]
            : throw new ArgumentException($"{program} is a folder with {projects.Length} projects; name the program's .csproj, .dll or executable", nameof(program));
    }

    // MSBuild's TargetPath, built first unless told otherwise; the build's own output explains a failure.
    private static string ProjectAssembly(string project, string configuration, bool build)
    {
        string[] args = build
            ? ["build", project, "-c", configuration, "-nologo", "-v:q", "-t:Build", "-getProperty:TargetPath"]
            : ["msbuild", project, $"-p:Configuration={configuration}", "-nologo", "-getProperty:TargetPath"];
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string text = (output + error.Result).Trim();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed with exit code {process.ExitCode}:\n{text}");
        string assembly = output.Trim().Split('\n').Last().Trim();
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"{project} has not been built in {configuration} (no {assembly}); build it, or let the launcher build it", assembly);
        return assembly;
    }
}
