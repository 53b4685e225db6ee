using System.Diagnostics;
using System.Security.Cryptography;
using TorchInterop.Serialization;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// Runs an export script (export_opinfo.py, export_moduleinfo.py) in the reference PyTorch once per version of the
/// script, caching its torch.save file under artifacts/, and loads the file.
/// </summary>
internal static class PythonExport
{
    public static Dictionary<object, object?> Load(string script, string cacheFolder, string prefix)
    {
        string hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(script)))[..16].ToLowerInvariant();
        string path = Path.Combine(cacheFolder, $"{prefix}-{hash}.pt");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(cacheFolder);
            var start = new ProcessStartInfo(PyTorch.PythonPath) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(path + ".partial");
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(script)} failed:\n{stderr}\n{stdout.Result}");
            File.Move(path + ".partial", path, overwrite: true);
        }
        return (Dictionary<object, object?>)TensorFile.Load(path)!;
    }
}
