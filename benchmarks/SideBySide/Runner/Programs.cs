using System.Diagnostics;

namespace BenchRunner;

/// <summary>The three benchmark programs, and how to start one of them for a workload.</summary>
internal sealed class Programs(Options options)
{
    /// <summary>
    /// One LibTorch intra-op thread everywhere: the programs call set_num_threads(1) themselves; these variables
    /// also pin OpenMP and the BLAS (OpenBLAS ignores LibTorch's setting and reads its own variable).
    /// </summary>
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["OMP_NUM_THREADS"] = "1",
        ["MKL_NUM_THREADS"] = "1",
        ["OPENBLAS_NUM_THREADS"] = "1",
    };

    /// <summary>Names the program files that do not exist (the build did not produce them).</summary>
    public IEnumerable<string> Missing()
    {
        foreach (var path in new[] { options.CSharp, options.Cpp, options.Python, options.PythonScript })
            if (!File.Exists(path)) yield return path;
    }

    /// <summary><c>&lt;program&gt; &lt;workload&gt; &lt;iterations&gt;</c> for the given language.</summary>
    public ProcessStartInfo StartInfo(Language language, string workload, long iterations)
    {
        var info = language switch
        {
            Language.CSharp => new ProcessStartInfo(options.CSharp),
            Language.Cpp => new ProcessStartInfo(options.Cpp),
            _ => new ProcessStartInfo(options.Python) { ArgumentList = { options.PythonScript } },
        };
        info.ArgumentList.Add(workload);
        info.ArgumentList.Add(iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var (name, value) in Environment) info.Environment[name] = value;
        return info;
    }
}
