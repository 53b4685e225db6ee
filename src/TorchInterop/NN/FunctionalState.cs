namespace TorchInterop.NN;

// functorch's make_functional helpers: the copy's unique parameters and buffers with their names, and the names
// paired with the tensors a call gives.
internal static class FunctionalState
{
    public static (string[] Names, Tensor[] Values) Parameters(Module module)
    {
        var named = module.NamedParameters().ToList();
        return (named.Select(p => p.Name).ToArray(), named.Select(p => p.Value).ToArray());
    }

    public static (string[] Names, Tensor[] Values) Buffers(Module module)
    {
        var named = module.NamedBuffers().ToList();
        return (named.Select(b => b.Name).ToArray(), named.Select(b => b.Value).ToArray());
    }

    // Python zips names with the tensors given: extra tensors are ignored. Missing ones would leave the copy's
    // placeholders (meta tensors in PyTorch, which compute nothing real), so they are refused here.
    public static Dictionary<string, Tensor> Pair(IReadOnlyList<string> names, IReadOnlyList<Tensor> values, string what)
    {
        if (values.Count < names.Count)
            throw new TorchException($"FunctionalModule: expected {names.Count} tensors in {what} (one for each of " +
                                     $"{string.Join(", ", names)}), got {values.Count}");
        var pairs = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++) pairs[names[i]] = values[i] ?? throw new ArgumentNullException(nameof(values));
        return pairs;
    }
}
