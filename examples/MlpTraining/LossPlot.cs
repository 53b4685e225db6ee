using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

/// <summary>Draws loss curves to a PNG with gnuplot (the registry has no .NET charting package; Debian has gnuplot).</summary>
internal static class LossPlot
{
    /// <summary>The (step, loss) lines of a printed training run; lines starting with # are comments.</summary>
    public static List<double> ReadCurve(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>
    /// Writes the curves as data files and a gnuplot script beside <paramref name="png"/>, then renders it. Without
    /// gnuplot, says how to get it and leaves the script to render later; that is not an error.
    /// </summary>
    public static int Draw(string png, IReadOnlyList<double> csharp, IReadOnlyList<double>? pytorch)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(png))!;
        Directory.CreateDirectory(dir);
        string csharpData = Path.Combine(dir, "loss_csharp.dat"), pytorchData = Path.Combine(dir, "loss_pytorch.dat");
        WriteCurve(csharpData, csharp);
        string plots = $"'{csharpData}' using 1:2 with lines lw 2 title 'TorchInterop (C#)'";
        if (pytorch is not null)
        {
            WriteCurve(pytorchData, pytorch);
            plots += $", '{pytorchData}' using 1:2 with points pt 7 ps 0.5 title 'PyTorch 1.13.1'";
            double worst = csharp.Zip(pytorch, (a, b) => Math.Abs(a - b)).DefaultIfEmpty().Max();
            Console.Error.WriteLine($"largest difference between the curves: {worst.ToString("R", CultureInfo.InvariantCulture)} over {Math.Min(csharp.Count, pytorch.Count)} steps");
        }
        string script = Path.ChangeExtension(png, ".gp");
        File.WriteAllText(script,
            $"""
            set terminal pngcairo size 800,500
            set output '{Path.GetFullPath(png)}'
            set title 'MLP on two spirals: training loss'
            set xlabel 'step'
            set ylabel 'cross-entropy loss'
            set grid
            plot {plots}

            """);
        try
        {
            using var gnuplot = Process.Start(new ProcessStartInfo("gnuplot", [script]) { RedirectStandardError = true })!;
            string errors = gnuplot.StandardError.ReadToEnd();
            gnuplot.WaitForExit();
            if (gnuplot.ExitCode != 0)
            {
                Console.Error.WriteLine($"gnuplot failed ({gnuplot.ExitCode}): {errors}");
                return 1;
            }
        }
        catch (Win32Exception)
        {
            Console.Error.WriteLine($"gnuplot is not installed (apt-get install gnuplot-nox); the script to render later is {script}");
            return 0;
        }
        Console.Error.WriteLine($"loss curves: {Path.GetFullPath(png)}");
        return 0;
    }

    private static void WriteCurve(string path, IReadOnlyList<double> losses) =>
        File.WriteAllLines(path, losses.Select((loss, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1} {loss:R}")));
}
