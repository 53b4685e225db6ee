namespace BenchRunner;

/// <summary>A row of the results: the median of each language's runs, and C#'s ratios to the others.</summary>
internal sealed record Row(Workload Workload, double? CSharp, double? Cpp, double? Python)
{
    public double? CSharpOverCpp => Ratio(CSharp, Cpp);
    public double? CSharpOverPython => Ratio(CSharp, Python);

    private double? Ratio(double? a, double? b) =>
        Workload.Ratios && a is { } x && b is { } y && y > 0 ? x / y : null;

    public static Row From(Workload workload, Func<Language, IReadOnlyList<double>> values) =>
        new(workload, Median(values(Language.CSharp)), Median(values(Language.Cpp)), Median(values(Language.Python)));

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
