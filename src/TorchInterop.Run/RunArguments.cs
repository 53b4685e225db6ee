using System.Globalization;
using TorchInterop.Distributed;

namespace TorchInterop.Run;

/// <summary>
/// The command line of <c>torchinterop-run</c>: torchrun's options (either spelling, <c>--nproc-per-node</c> or
/// <c>--nproc_per_node</c>, with the value after a space or an <c>=</c>), then the program and its arguments, after
/// <c>--</c> or from the first word that is not an option.
/// </summary>
public sealed record RunArguments
{
    /// <summary>The usage text <c>--help</c> prints.</summary>
    public const string Usage = """
        usage: torchinterop-run [options] [--] PROGRAM [ARGS...]

        Starts PROGRAM as --nproc-per-node ranks with torchrun's variables (RANK, LOCAL_RANK, WORLD_SIZE,
        LOCAL_WORLD_SIZE, GROUP_RANK, MASTER_ADDR, MASTER_PORT, ...), forwards their output prefixed with
        [rank<N>]:, and fails as a whole: when a rank exits with a non-zero code the others are killed.
        PROGRAM is an executable, a .dll (run by dotnet) or a project (.csproj or its folder; built once first).

        options:
          --nproc-per-node N            ranks on this node (default 1)
          --nnodes N                    nodes in the job (default 1)
          --node-rank N                 this node's index (default 0)
          --master-addr ADDR            rank 0's host, reachable from every node (default 127.0.0.1)
          --master-port PORT            rank 0's store port (default 29500; 0: a free one, one node only)
          --standalone                  one node on a free port (--nnodes 1 --master-port 0)
          --max-restarts N              start the job again after a failure, up to N times (default 0)
          --timeout SECONDS             kill every rank after this long, restarts included (default: none)
          --role NAME                   ROLE_NAME and ${role_name} (default "default")
          --run-id ID                   TORCHELASTIC_RUN_ID (default "none")
          --log-line-prefix-template T  prefix with ${rank}, ${local_rank}, ${role_name}, ${hostname} (default "[rank${rank}]:")
          -c, --configuration NAME      configuration a project is built in (default Release)
          --no-build                    run a project's existing build
          -h, --help                    show this text

        exit code: 0 when every rank succeeded, 1 when one failed, 124 on the timeout, 130 when interrupted,
        2 for a bad command line.
        """;

    /// <summary>The launcher's options.</summary>
    public LaunchOptions Options { get; init; } = new();

    /// <summary>The program each rank runs.</summary>
    public string Program { get; init; } = "";

    /// <summary>The program's arguments.</summary>
    public IReadOnlyList<string> ProgramArguments { get; init; } = [];

    /// <summary>The configuration a project program is built in.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Whether a project program is built before the ranks start.</summary>
    public bool Build { get; init; } = true;

    /// <summary>Whether <c>--help</c> was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Reads a command line.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing or malformed value, no program.</exception>
    public static RunArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new RunArguments();
        var options = parsed.Options;
        int i = 0;
        for (; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                i++;
                break;
            }
            if (!arg.StartsWith('-') || arg == "-") break;
            string name = arg, value = "";
            bool inline = false;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
                inline = true;
            }
            name = name.Replace('_', '-');
            string Value()
            {
                if (inline) return value;
                if (++i >= args.Count) throw new ArgumentException($"{name} needs a value");
                return args[i];
            }
            int Int()
            {
                string text = Value();
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : throw new ArgumentException($"{name} needs an integer, got '{text}'");
            }
            switch (name)
            {
                case "-h" or "--help": parsed = parsed with { Help = true }; break;
                case "--nproc-per-node": options = options with { NprocPerNode = Int() }; break;
                case "--nnodes": options = options with { Nnodes = Int() }; break;
                case "--node-rank": options = options with { NodeRank = Int() }; break;
                case "--master-addr": options = options with { MasterAddr = Value() }; break;
                case "--master-port": options = options with { MasterPort = Int() }; break;
                case "--standalone": options = options with { Nnodes = 1, NodeRank = 0, MasterPort = 0 }; break;
                case "--max-restarts": options = options with { MaxRestarts = Int() }; break;
                case "--timeout":
                    string seconds = Value();
                    options = options with
                    {
                        Timeout = double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && double.IsFinite(s)
                            ? TimeSpan.FromSeconds(s)
                            : throw new ArgumentException($"--timeout needs a number of seconds, got '{seconds}'"),
                    };
                    break;
                case "--role": options = options with { Role = Value() }; break;
                case "--run-id": options = options with { RunId = Value() }; break;
                case "--log-line-prefix-template": options = options with { LogLinePrefixTemplate = Value() }; break;
                case "-c" or "--configuration": parsed = parsed with { Configuration = Value() }; break;
                case "--no-build": parsed = parsed with { Build = false }; break;
                default: throw new ArgumentException($"unrecognized option {name}");
            }
        }
        if (parsed.Help) return parsed with { Options = options };
        if (i >= args.Count) throw new ArgumentException("no program to run");
        options.Validate();
        return parsed with { Options = options, Program = args[i], ProgramArguments = [.. args.Skip(i + 1)] };
    }
}
