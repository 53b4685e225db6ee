using System.Runtime.InteropServices;
using TorchInterop.Distributed;

namespace TorchInterop.Run;

/// <summary><c>torchinterop-run</c>: torchrun for .NET programs (see <see cref="RunArguments.Usage"/> and README.md).</summary>
public static class Program
{
    private const int UsageExitCode = 2;
    private const int InterruptedExitCode = 130;

    /// <summary>Parses the command line, runs the job, prints the failure summary and returns the launcher's exit code.</summary>
    public static int Main(string[] args)
    {
        RunArguments parsed;
        LaunchCommand command;
        try
        {
            parsed = RunArguments.Parse(args);
            if (parsed.Help)
            {
                Console.WriteLine(RunArguments.Usage);
                return 0;
            }
            command = LaunchCommand.Resolve(parsed.Program, parsed.ProgramArguments, parsed.Configuration, parsed.Build);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
        {
            Console.Error.WriteLine($"torchinterop-run: error: {e.Message}");
            Console.Error.WriteLine("(torchinterop-run --help shows the options)");
            return UsageExitCode;
        }

        var options = parsed.Options with
        {
            Environment = WithOmpThreads(parsed.Options),
            CaptureOutput = false,
            OnOutput = Forward,
            OnRestart = failed => Console.Error.WriteLine(
                $"torchinterop-run: rank {failed.RootCause?.Rank} exited with code {failed.RootCause?.ExitCode}; restarting the job ({failed.Restarts + 1} of {parsed.Options.MaxRestarts})"),
        };

        using var interrupt = new CancellationTokenSource();
        bool interrupted = false;
        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted = true;
            interrupt.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);

        LaunchResult result;
        try
        {
            result = Launcher.Run(options, command, interrupt.Token);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"torchinterop-run: error: {e.Message}");
            return LaunchResult.FailedExitCode;
        }
        if (result.Succeeded) return 0;
        Console.Error.WriteLine(result.FailureSummary());
        if (interrupted)
        {
            Console.Error.WriteLine("torchinterop-run: interrupted; every rank was killed");
            return InterruptedExitCode;
        }
        if (result.TimedOut)
            Console.Error.WriteLine($"torchinterop-run: the job ran past --timeout {options.Timeout?.TotalSeconds} s; every rank was killed");
        else
            Console.Error.WriteLine($"torchinterop-run: rank {result.RootCause?.Rank} (local_rank {result.RootCause?.LocalRank}) exited with code {result.RootCause?.ExitCode}");
        return result.ExitCode;
    }

    private static void Forward(LaunchOutputLine line)
    {
        if (line.IsError) Console.Error.WriteLine(line.ToString());
        else Console.Out.WriteLine(line.ToString());
    }

    // torchrun's guard against N ranks each using every core (torch/distributed/run.py), with its warning.
    private static IReadOnlyDictionary<string, string> WithOmpThreads(LaunchOptions options)
    {
        var environment = new Dictionary<string, string>(options.Environment);
        if (Environment.GetEnvironmentVariable("OMP_NUM_THREADS") is null && options.NprocPerNode > 1 && !environment.ContainsKey("OMP_NUM_THREADS"))
        {
            Console.Error.WriteLine("""
                *****************************************
                Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed.
                *****************************************
                """);
            environment["OMP_NUM_THREADS"] = "1";
        }
        return environment;
    }
}
