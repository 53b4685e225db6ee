// Random sequences of public API calls, good and bad; every failure must be a clear .NET exception of an allowed type.
//   TorchInterop.Fuzz --seed 7 --calls 50000 [--verbose]
// prints one summary line (JSON) and exits 0; exit code 1 means an exception of a type the API must not throw, or a
// leaked handle (the summary says which call, reproducible with the same seed and --verbose).
using System.Globalization;
using TorchInterop.Fuzz;

int seed = 1, calls = 10_000;
bool verbose = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--calls": calls = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--verbose": verbose = true; break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; usage: TorchInterop.Fuzz --seed N --calls N [--verbose]");
            return 2;
    }
}

var summary = new Fuzzer(seed, verbose ? Console.Out : null).Run(calls);
Console.WriteLine(summary.ToJson());
return summary.Unexpected.Count == 0 && summary.LeakedTensors == 0 && summary.LeakedNodes == 0 ? 0 : 1;
