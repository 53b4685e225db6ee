using TorchInterop.Serialization;

namespace TorchInterop.Vision;

/// <summary>
/// The torch hub checkpoint cache that Python's <c>torch.hub.load_state_dict_from_url</c> reads:
/// <c>$TORCH_HOME/hub/checkpoints</c>, where <c>TORCH_HOME</c> defaults to <c>$XDG_CACHE_HOME/torch</c>, and that to
/// <c>~/.cache/torch</c>. A checkpoint Python has downloaded is found here too.
/// </summary>
public static class TorchHub
{
    /// <summary>The checkpoints directory, as Python computes it from the environment.</summary>
    public static string CheckpointsDirectory
    {
        get
        {
            string torchHome = Environment.GetEnvironmentVariable("TORCH_HOME") is { Length: > 0 } home
                ? home
                : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                    ? cache
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "torch");
            return Path.Combine(torchHome, "hub", "checkpoints");
        }
    }

    /// <summary>
    /// The state dict cached for <paramref name="url"/>. This library does not download: when the file is missing,
    /// the exception says where to put it.
    /// </summary>
    /// <exception cref="FileNotFoundException">The checkpoint is not in the cache.</exception>
    public static IReadOnlyDictionary<string, Tensor> LoadStateDictFromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        string fileName = url[(url.LastIndexOf('/') + 1)..];
        string path = Path.Combine(CheckpointsDirectory, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The checkpoint {fileName} is not in the torch hub cache ({CheckpointsDirectory}). TorchInterop does not " +
                $"download: fetch {url} into that directory (Python's torch.hub does the same on first use), or set " +
                "TORCH_HOME to a directory whose hub/checkpoints holds it.", path);
        return TensorFile.LoadDictionary(path);
    }
}
