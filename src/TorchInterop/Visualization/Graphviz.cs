using System.Diagnostics;
using System.Text;

namespace TorchInterop.Visualization;

/// <summary>Runs Graphviz's <c>dot</c> program to turn DOT text into a picture file.</summary>
internal static class Graphviz
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Renders <paramref name="dotSource"/> to <paramref name="outputPath"/> in <paramref name="format"/> (any
    /// format <c>dot -T</c> knows: svg, png, pdf, …), creating the file's folder if needed.
    /// </summary>
    /// <exception cref="GraphvizNotFoundException"><c>dot</c> is not on <c>PATH</c>.</exception>
    /// <exception cref="InvalidOperationException"><c>dot</c> failed; the message holds what it printed.</exception>
    public static void Render(string dotSource, string outputPath, string format)
    {
        string dot = FindDot();
        string fullPath = Path.GetFullPath(outputPath);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder) Directory.CreateDirectory(folder);

        var info = new ProcessStartInfo(dot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-T" + format);
        info.ArgumentList.Add("-o");
        info.ArgumentList.Add(fullPath);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dot}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(dotSource);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"Graphviz's dot failed with exit code {process.ExitCode} writing {fullPath}: {(stderr.Result + stdout.Result).Trim()}");
    }

    /// <summary>The <c>dot</c> executable found on <c>PATH</c> (read at each call).</summary>
    /// <exception cref="GraphvizNotFoundException">There is none.</exception>
    public static string FindDot()
    {
        string fileName = OperatingSystem.IsWindows() ? "dot.exe" : "dot";
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new GraphvizNotFoundException();
    }
}
