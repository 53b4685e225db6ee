using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TorchInterop.Run.Worker;

/// <summary>
/// Does what its arguments say, in order, so that a test can script each rank: <c>env</c> prints torchrun's
/// variables as NAME=value, <c>say:TEXT</c> and <c>err:TEXT</c> write a line to stdout and stderr, <c>sleep:SECONDS</c>
/// waits, <c>exit:CODE</c> exits, <c>listen</c> binds MASTER_PORT on MASTER_ADDR (as rank 0's store would),
/// <c>fail-until-restart:K:CODE</c> exits with CODE while TORCHELASTIC_RESTART_COUNT is below K, <c>pid</c> prints
/// "pid N", <c>spawn:SECONDS</c> starts a child of its own that sleeps that long and prints "child N". An action
/// prefixed with <c>@R:</c> runs on rank R only.
/// </summary>
public static class Program
{
    private static readonly string[] Variables =
    [
        "RANK", "LOCAL_RANK", "GROUP_RANK", "ROLE_RANK", "ROLE_NAME", "LOCAL_WORLD_SIZE", "WORLD_SIZE", "GROUP_WORLD_SIZE",
        "ROLE_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "TORCHELASTIC_RESTART_COUNT", "TORCHELASTIC_MAX_RESTARTS",
        "TORCHELASTIC_RUN_ID", "TORCHELASTIC_USE_AGENT_STORE", "OMP_NUM_THREADS",
    ];

    /// <summary>Runs the actions; the exit code is 0 unless an action says otherwise.</summary>
    public static int Main(string[] args)
    {
        string rank = Environment.GetEnvironmentVariable("RANK") ?? "";
        foreach (var arg in args)
        {
            string action = arg;
            if (action.StartsWith('@'))
            {
                int colon = action.IndexOf(':');
                if (action[1..colon] != rank) continue;
                action = action[(colon + 1)..];
            }
            var parts = action.Split(':', 3);
            switch (parts[0])
            {
                case "env":
                    foreach (var name in Variables) Console.WriteLine($"{name}={Environment.GetEnvironmentVariable(name)}");
                    break;
                case "say": Console.WriteLine(action[4..]); break;
                case "err": Console.Error.WriteLine(action[4..]); break;
                case "sleep": Thread.Sleep(TimeSpan.FromSeconds(double.Parse(parts[1], CultureInfo.InvariantCulture))); break;
                case "exit": return int.Parse(parts[1], CultureInfo.InvariantCulture);
                case "listen":
                    var listener = new TcpListener(IPAddress.Parse(Environment.GetEnvironmentVariable("MASTER_ADDR")!),
                        int.Parse(Environment.GetEnvironmentVariable("MASTER_PORT")!, CultureInfo.InvariantCulture));
                    listener.Start();
                    Console.WriteLine($"listening on {listener.LocalEndpoint}");
                    listener.Stop();
                    break;
                case "pid": Console.WriteLine($"pid {Environment.ProcessId}"); break;
                case "spawn":
                    var start = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
                    start.ArgumentList.Add(typeof(Program).Assembly.Location);
                    start.ArgumentList.Add($"sleep:{parts[1]}");
                    using (var child = System.Diagnostics.Process.Start(start)!) Console.WriteLine($"child {child.Id}");
                    break;
                case "fail-until-restart":
                    int restarts = int.Parse(Environment.GetEnvironmentVariable("TORCHELASTIC_RESTART_COUNT") ?? "0", CultureInfo.InvariantCulture);
                    if (restarts < int.Parse(parts[1], CultureInfo.InvariantCulture)) return int.Parse(parts[2], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown action {action}");
                    return 64;
            }
        }
        return 0;
    }
}
