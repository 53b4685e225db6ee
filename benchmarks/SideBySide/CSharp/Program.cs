// Side-by-side benchmark, C# side: the workloads written against TorchInterop.
//
//   SideBySide.CSharp <workload> [<iterations>]
//
// Runs a short warm-up, then the measured loop, and prints one JSON line {"name": ..., "value": ..., "unit": ...}.
using System.Globalization;
using SideBySide;
using TorchInterop;

if (args.Length is < 1 or > 2 || !Workloads.All.TryGetValue(args[0], out var workload))
{
    Console.Error.WriteLine("usage: SideBySide.CSharp <workload> [<iterations>]");
    Console.Error.WriteLine("workloads: " + string.Join(" ", Workloads.All.Keys));
    return 2;
}

Torch.SetNumThreads(1);
string name = args[0];
long iterations = args.Length == 2 ? long.Parse(args[1], CultureInfo.InvariantCulture) : workload.Iterations;
var result = workload.Run(iterations);

// Written by hand rather than with System.Text.Json, whose first use would add to the startup measurement.
string value = result.Value.ToString("R", CultureInfo.InvariantCulture);
Console.WriteLine($$"""{"name": "{{name}}", "value": {{value}}, "unit": "{{result.Unit}}"}""");
return 0;
