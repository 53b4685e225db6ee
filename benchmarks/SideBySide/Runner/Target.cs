namespace BenchRunner;

/// <summary>What a target bounds: a ratio of C# to another language, or the C# value itself.</summary>
internal enum TargetKind { CSharpOverCpp, CSharpOverPython, CSharpValue }

/// <summary>A target from issue 3, e.g. "C#/C++ at most 1.10" or "C# under 100 MB".</summary>
internal sealed record Target(TargetKind Kind, double Bound, bool Inclusive)
{
    public static Target VsCpp(double atMost) => new(TargetKind.CSharpOverCpp, atMost, Inclusive: true);
    public static Target VsPython(double atMost) => new(TargetKind.CSharpOverPython, atMost, Inclusive: true);
    public static Target CSharpAtMost(double bound) => new(TargetKind.CSharpValue, bound, Inclusive: true);
    public static Target CSharpBelow(double bound) => new(TargetKind.CSharpValue, bound, Inclusive: false);

    /// <summary>True when met, false when missed, null when a value is missing (a run failed).</summary>
    public bool? IsMet(Row row)
    {
        double? value = Kind switch
        {
            TargetKind.CSharpOverCpp => row.CSharpOverCpp,
            TargetKind.CSharpOverPython => row.CSharpOverPython,
            _ => row.CSharp,
        };
        if (value is not { } v) return null;
        return Inclusive ? v <= Bound : v < Bound;
    }

    public string Describe(string unit)
    {
        string op = Inclusive ? "≤" : "<";
        return Kind switch
        {
            TargetKind.CSharpOverCpp => $"C#/C++ {op} {Bound:0.00}",
            TargetKind.CSharpOverPython => $"C#/Python {op} {Bound:0.00}",
            _ => $"C# {op} {Bound:0.##} {unit}",
        };
    }
}
