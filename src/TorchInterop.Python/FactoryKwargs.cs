namespace TorchInterop.Python;

/// <summary>The logic of Python's <c>torch.nn.factory_kwargs</c> (torch/nn/__init__.py), the same in 1.13 and 2.x.</summary>
internal static class FactoryKwargs
{
    private static readonly string[] SimpleKeys = ["device", "dtype", "memory_format"];

    // The simple keys from kwargs, joined with the entries of a nested "factory_kwargs" dict (which come first);
    // unknown keys and keys given both ways are TypeErrors with PyTorch's messages.
    public static Dictionary<string, object?> Canonicalize(IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (kwargs is null) return [];
        var unexpected = kwargs.Keys.Where(k => !SimpleKeys.Contains(k) && k != "factory_kwargs").ToList();
        if (unexpected.Count > 0)
            throw new TorchException($"unexpected kwargs {{{string.Join(", ", unexpected.Select(k => $"'{k}'"))}}}", TorchErrorKind.TypeError);
        var result = new Dictionary<string, object?>();
        if (kwargs.TryGetValue("factory_kwargs", out var nested))
        {
            if (nested is not System.Collections.IDictionary entries)
                throw new TorchException($"'{(nested is null ? "NoneType" : nested.GetType().Name)}' object is not iterable", TorchErrorKind.TypeError);
            foreach (System.Collections.DictionaryEntry entry in entries) result[(string)entry.Key] = entry.Value;
        }
        foreach (var key in SimpleKeys)
        {
            if (!kwargs.TryGetValue(key, out var value)) continue;
            if (result.ContainsKey(key)) throw new TorchException($"{key} specified twice, in **kwargs and in factory_kwargs", TorchErrorKind.TypeError);
            result[key] = value;
        }
        return result;
    }
}
