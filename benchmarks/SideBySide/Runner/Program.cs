// The side-by-side benchmark runner: runs every workload in C# (TorchInterop), C++ (LibTorch directly) and Python
// (PyTorch), each run in its own process, in interleaved rounds; prints the medians with C#'s ratios to the other
// two and the targets of issue 3, and writes them to a JSON file. Started by `./build.sh --target=Bench`.
using BenchRunner;
using Spectre.Console;

Options options;
IReadOnlyList<Workload> workloads;
try
{
    options = Options.Parse(args);
    workloads = options.SelectWorkloads();
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

// Spectre.Console assumes 80 columns when the output is not a terminal; the table needs more.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 120;

var programs = new Programs(options);
var missing = programs.Missing().ToList();
if (missing.Count > 0)
{
    Console.Error.WriteLine("Not found (build them first, e.g. ./build.sh --target=Bench): " + string.Join(", ", missing));
    return 2;
}

var runs = Schedule.RunsFor(workloads, options);
var values = runs.ToDictionary(run => run, _ => new List<double>());
var failures = new List<string>();

AnsiConsole.Progress()
    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
        new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
    .Start(context =>
    {
        var task = context.AddTask("starting", maxValue: runs.Count * options.Rounds);
        for (int round = 0; round < options.Rounds; round++)
        {
            foreach (var run in Schedule.Round(runs, round, options.Rounds))
            {
                string label = $"round {round + 1}/{options.Rounds}: {run}";
                task.Description = Markup.Escape(label);
                var outcome = run.Execute(programs);
                if (outcome.Value is { } value)
                {
                    values[run].Add(value);
                    AnsiConsole.MarkupLine($"[grey]{Markup.Escape(label)}: {value:0.####} {run.Unit} ({outcome.Seconds:0.0} s)[/]");
                }
                else
                {
                    failures.Add($"{label}: {outcome.Error}");
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(label)} failed: {Markup.Escape(outcome.Error ?? "")}[/]");
                }
                task.Increment(1);
            }
        }
        task.Description = "done";
    });

IReadOnlyList<double> ValuesOf(Workload workload, Language language) =>
    runs.FirstOrDefault(run => run.Language == language && run.Workload == workload.WorkloadFor(language)) is { } run ? values[run] : [];

var rows = workloads.Select(w => Row.From(w, language => ValuesOf(w, language))).ToList();
Report.PrintTable(rows, options);
Report.WriteJson(rows, options.Out);
AnsiConsole.MarkupLine($"Medians written to [blue]{Markup.Escape(Path.GetFullPath(options.Out))}[/]");

if (failures.Count == 0) return 0;
AnsiConsole.MarkupLine($"[red]{failures.Count} run(s) failed:[/]");
foreach (var failure in failures) AnsiConsole.MarkupLine($"[red]  {Markup.Escape(failure)}[/]");
return 1;
