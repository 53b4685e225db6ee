using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace TorchInterop.Tests.Parity;

/// <summary>
/// Runs Python snippets in a reference PyTorch (<c>/usr/bin/python3</c>, torch 1.13.1) and returns what they print.
/// </summary>
/// <remarks>
/// <para>Each snippet runs in a fresh globals dict with <c>torch</c> and <c>math</c> imported. Before each snippet
/// the server calls <c>torch.set_printoptions(profile="default", sci_mode=None)</c> and
/// <c>torch.set_grad_enabled(True)</c>, and nothing else (the RNG state is not reset: seed it in the snippet).
/// If the snippet raises, the result is its output so far followed by <c>"&lt;ExceptionType&gt;: &lt;message&gt;\n"</c>.</para>
/// <para>One server process serves the whole test run (importing torch costs about a second); it is started on
/// first use and killed at process exit. Results are cached on disk, keyed by the SHA-256 of the snippet and the
/// server script, under <c>artifacts/parity-cache/</c>, so re-runs need no Python at all.</para>
/// <para>Set <c>TORCHINTEROP_PYTHON</c> to use another interpreter than <c>/usr/bin/python3</c>.</para>
/// </remarks>
public static class PyTorch
{
    private const string DefaultPython = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan SnippetTimeout = TimeSpan.FromSeconds(300);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly object Gate = new();
    private static readonly Lazy<string> Script = new(LoadScript);
    private static readonly Lazy<string> CacheDir = new(FindCacheDirectory);
    private static Server? server;
    private static int serverRequests;

    /// <summary>The interpreter used for the reference results.</summary>
    public static string PythonPath =>
        Environment.GetEnvironmentVariable("TORCHINTEROP_PYTHON") is { Length: > 0 } p ? p : DefaultPython;

    /// <summary>How many snippets this process has sent to Python (cache hits are not counted).</summary>
    public static int ServerRequests => Volatile.Read(ref serverRequests);

    /// <summary>The folder holding cached results.</summary>
    public static string CacheDirectory => CacheDir.Value;

    /// <summary>Runs <paramref name="snippet"/> in reference PyTorch and returns what it printed to stdout.</summary>
    public static string Run(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        string cacheFile = CacheFileFor(snippet);
        if (TryReadCache(cacheFile, out string? cached))
            return cached;

        string result;
        lock (Gate)
        {
            if (TryReadCache(cacheFile, out cached))
                return cached;
            server ??= Server.Start(PythonPath, Script.Value);
            try
            {
                result = server.Execute(snippet, SnippetTimeout);
                Interlocked.Increment(ref serverRequests);
            }
            catch
            {
                server.Dispose();
                server = null;
                throw;
            }
        }
        WriteCache(cacheFile, result);
        return result;
    }

    /// <summary>The cache file that holds (or will hold) the result of <paramref name="snippet"/>.</summary>
    public static string CacheFileFor(string snippet)
    {
        byte[] hash = SHA256.HashData(Utf8.GetBytes(snippet + "\0" + Script.Value));
        return Path.Combine(CacheDir.Value, Convert.ToHexStringLower(hash) + ".txt");
    }

    private static bool TryReadCache(string file, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = File.ReadAllText(file, Utf8);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            text = null;
            return false;
        }
    }

    private static void WriteCache(string file, string text)
    {
        // Write then rename, so a concurrent reader (another test process) never sees half a file.
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        string temp = file + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text, Utf8);
        File.Move(temp, file, overwrite: true);
    }

    private static string LoadScript()
    {
        const string name = "TorchInterop.Tests.Parity.pytorch_server.py";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the test assembly.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string FindCacheDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln")))
                return Path.Combine(dir.FullName, "artifacts", "parity-cache");
        }
        return Path.Combine(Path.GetTempPath(), "torchinterop-parity-cache");
    }

    /// <summary>One <c>python3 -u</c> process speaking the length-prefixed protocol of pytorch_server.py.</summary>
    private sealed class Server : IDisposable
    {
        private const int StderrKeep = 8192;
        private readonly Process process;
        private readonly Stream input;
        private readonly Stream output;
        private readonly StringBuilder stderr = new();

        private Server(Process process)
        {
            this.process = process;
            input = process.StandardInput.BaseStream;
            output = process.StandardOutput.BaseStream;
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (stderr)
                {
                    stderr.Append(e.Data).Append('\n');
                    if (stderr.Length > StderrKeep) stderr.Remove(0, stderr.Length - StderrKeep);
                }
            };
            process.BeginErrorReadLine();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }

        public string Version { get; private set; } = "";

        public static Server Start(string python, string script)
        {
            if (!File.Exists(python))
                throw new InvalidOperationException(MissingTorchMessage(python, "the interpreter does not exist"));

            var info = new ProcessStartInfo(python)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = Utf8,
                StandardOutputEncoding = Utf8,
                StandardErrorEncoding = Utf8,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script);
            info.Environment["PYTHONIOENCODING"] = "utf-8";
            info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";

            var server = new Server(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {python}."));
            string? hello;
            try
            {
                hello = server.ReadFrame(StartTimeout);
            }
            catch (Exception e)
            {
                string details = server.StopAndGetStderr();
                throw new InvalidOperationException(MissingTorchMessage(python, e.Message + Environment.NewLine + details), e);
            }
            if (hello is null || !hello.StartsWith("ready ", StringComparison.Ordinal))
            {
                string details = server.StopAndGetStderr();
                throw new InvalidOperationException(MissingTorchMessage(python, details));
            }
            server.Version = hello["ready ".Length..];
            return server;
        }

        public string Execute(string snippet, TimeSpan timeout)
        {
            byte[] body = Utf8.GetBytes(snippet);
            byte[] header = Encoding.ASCII.GetBytes(body.Length.ToString(CultureInfo.InvariantCulture) + "\n");
            try
            {
                input.Write(header);
                input.Write(body);
                input.Flush();
            }
            catch (IOException e)
            {
                throw new InvalidOperationException("The PyTorch parity server died: " + StopAndGetStderr(), e);
            }
            return ReadFrame(timeout)
                ?? throw new InvalidOperationException("The PyTorch parity server died while running a snippet:\n"
                                                       + snippet + "\n" + StopAndGetStderr());
        }

        /// <summary>Reads one reply; null at end of stream. Throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
        private string? ReadFrame(TimeSpan timeout)
        {
            Task<string?> read = Task.Run(ReadFrameBlocking);
            if (!read.Wait(timeout))
            {
                Dispose();
                throw new TimeoutException($"The PyTorch parity server did not answer within {timeout.TotalSeconds} s.");
            }
            return read.Result;
        }

        private string? ReadFrameBlocking()
        {
            var header = new StringBuilder();
            while (true)
            {
                int b = output.ReadByte();
                if (b < 0) return null;
                if (b == '\n') break;
                header.Append((char)b);
            }
            int size = int.Parse(header.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
            byte[] data = new byte[size];
            output.ReadExactly(data);
            return Utf8.GetString(data);
        }

        private string StopAndGetStderr()
        {
            Dispose();
            process.WaitForExit(5000); // lets the asynchronous stderr reader drain
            lock (stderr) return stderr.ToString();
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    input.Close(); // the server exits at end of input
                    if (!process.WaitForExit(2000))
                        process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        private static string MissingTorchMessage(string python, string details) =>
            $"The parity tests need a reference PyTorch: '{python}' with the torch module (PyTorch 1.13.1). " +
            "On Debian 12 install it with: apt-get install python3-torch " +
            "(or set TORCHINTEROP_PYTHON to an interpreter that has torch)." +
            (string.IsNullOrWhiteSpace(details) ? "" : Environment.NewLine + details.TrimEnd());
    }
}
