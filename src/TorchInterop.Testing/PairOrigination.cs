namespace TorchInterop.Testing;

/// <summary>
/// Turns the inputs into the pairs of tensors to compare, checking their structure first. Structural failures are
/// reported with PyTorch's text and, as in PyTorch, are not replaced or transformed by the caller's message.
/// </summary>
internal static class PairOrigination
{
    public static List<TensorPair> FromTensors(Tensor actual, Tensor expected, CloseOptions options) =>
        [new TensorPair(actual, expected, ItemPath.Root, options)];

    public static List<TensorPair> FromSequences(IReadOnlyList<Tensor> actual, IReadOnlyList<Tensor> expected,
        CloseOptions options)
    {
        RequireItems(actual, nameof(actual));
        RequireItems(expected, nameof(expected));
        if (actual.Count != expected.Count)
            throw new TensorAssertionException(
                $"The length of the sequences mismatch: {PythonText.Int(actual.Count)} != {PythonText.Int(expected.Count)}");

        var pairs = new List<TensorPair>(actual.Count);
        for (int i = 0; i < actual.Count; i++)
            pairs.Add(new TensorPair(actual[i], expected[i], ItemPath.Root.Index(i), options));
        return pairs;
    }

    public static List<TensorPair> FromMappings(IReadOnlyDictionary<string, Tensor> actual,
        IReadOnlyDictionary<string, Tensor> expected, CloseOptions options)
    {
        RequireValues(actual, nameof(actual));
        RequireValues(expected, nameof(expected));

        // Key sets compare as Python's sets do, whatever comparer the dictionaries were built with.
        var actualKeys = new HashSet<string>(actual.Keys, StringComparer.Ordinal);
        var expectedKeys = new HashSet<string>(expected.Keys, StringComparer.Ordinal);
        if (!actualKeys.SetEquals(expectedKeys))
        {
            var missing = expectedKeys.Except(actualKeys).Order(CodePointComparer.Instance);
            var additional = actualKeys.Except(expectedKeys).Order(CodePointComparer.Instance);
            throw new TensorAssertionException(
                "The keys of the mappings do not match:\n" +
                $"Missing keys in the actual mapping: {PythonText.StringList(missing)}\n" +
                $"Additional keys in the actual mapping: {PythonText.StringList(additional)}");
        }

        // Sorted, so the failure reported first does not depend on the dictionaries' order.
        var pairs = new List<TensorPair>(actualKeys.Count);
        foreach (string key in actualKeys.Order(CodePointComparer.Instance))
            pairs.Add(new TensorPair(actual[key], expected[key], ItemPath.Root.Key(key), options));
        return pairs;
    }

    private static void RequireItems(IReadOnlyList<Tensor> tensors, string parameter)
    {
        for (int i = 0; i < tensors.Count; i++)
            if (tensors[i] is null) throw new ArgumentNullException(parameter, $"The tensor at index {i} is null.");
    }

    private static void RequireValues(IReadOnlyDictionary<string, Tensor> tensors, string parameter)
    {
        foreach (var (key, tensor) in tensors)
            if (tensor is null) throw new ArgumentNullException(parameter, $"The tensor for key '{key}' is null.");
    }
}
