using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace BenchRunner;

/// <summary>The results: a table on the console and artifacts/bench/results.json.</summary>
internal static class Report
{
    public static void PrintTable(IReadOnlyList<Row> rows, Options options)
    {
        var table = new Table()
            .Title($"Side-by-side medians of {options.Rounds} round(s), one LibTorch thread")
            .AddColumns("Workload", "Unit", "C#", "C++", "Python", "C#/C++", "C#/Python", "Targets (issue 3)");
        foreach (var column in table.Columns.Skip(2).Take(5)) column.RightAligned();

        foreach (var row in rows)
        {
            table.AddRow(
                row.Workload.Name, row.Workload.Unit,
                Value(row.CSharp), Value(row.Cpp), Value(row.Python),
                Ratio(row.CSharpOverCpp), Ratio(row.CSharpOverPython),
                Targets(row));
        }
        AnsiConsole.Write(table);

        var verdicts = rows.SelectMany(r => r.Workload.Targets.Select(t => t.IsMet(r))).ToList();
        AnsiConsole.MarkupLine(
            $"Targets: [green]{verdicts.Count(v => v == true)} met[/], [red]{verdicts.Count(v => v == false)} missed[/]" +
            (verdicts.Any(v => v is null) ? $", {verdicts.Count(v => v is null)} not measured" : ""));
    }

    private static string Value(double? value) => value switch
    {
        null => "[red]failed[/]",
        >= 100 => $"{value:0.0}",
        >= 1 => $"{value:0.00}",
        _ => $"{value:0.000}",
    };

    private static string Ratio(double? ratio) => ratio is { } r ? $"{r:0.000}" : "-";

    private static string Targets(Row row) =>
        string.Join("\n", row.Workload.Targets.Select(target =>
        {
            string text = Markup.Escape(target.Describe(row.Workload.Unit));
            return target.IsMet(row) switch
            {
                true => $"{text} [green]met[/]",
                false => $"{text} [red]missed[/]",
                null => $"{text} [yellow]not measured[/]",
            };
        }));

    /// <summary>Writes a JSON list of { "name", "csharp", "cpp", "python", "unit" } (medians; null where every run failed).</summary>
    public static void WriteJson(IReadOnlyList<Row> rows, string path)
    {
        var entries = rows.Select(r => new Entry(r.Workload.Name, r.CSharp, r.Cpp, r.Python, r.Workload.Unit));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(entries, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private sealed record Entry(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("csharp")] double? CSharp,
        [property: JsonPropertyName("cpp")] double? Cpp,
        [property: JsonPropertyName("python")] double? Python,
        [property: JsonPropertyName("unit")] string Unit);
}
