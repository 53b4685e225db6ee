namespace TorchInterop.Functorch;

/// <summary>
/// The pytrees C# transforms take and give, flattened to tensors and rebuilt as <c>torch.utils._pytree</c> does: a
/// tensor (a leaf), a tuple of tensors (<c>Tensor[]</c> or another list) and a dict of them (by name, in order).
/// </summary>
internal static class Pytree
{
    public static Tensor[] Leaves(object? tree) => tree switch
    {
        Tensor tensor => [tensor],
        IReadOnlyDictionary<string, Tensor> dict => dict.Values.Select(NotNull).ToArray(),
        IEnumerable<Tensor> list => list.Select(NotNull).ToArray(),
        null => throw new ArgumentNullException(nameof(tree)),
        _ => throw new TorchException($"Expected a Tensor, a tuple or a dict of Tensors, got {tree.GetType().Name}", TorchErrorKind.ValueError),
    };

    /// <summary>A tree shaped like <paramref name="like"/> with the given leaves (as many as <paramref name="like"/> has).</summary>
    public static object Rebuild(object like, ReadOnlySpan<Tensor> leaves) => like switch
    {
        Tensor => leaves[0],
        IReadOnlyDictionary<string, Tensor> dict => Zip(dict.Keys, leaves),
        List<Tensor> => new List<Tensor>(leaves.ToArray()),
        _ => leaves.ToArray(),
    };

    /// <summary>Flattens the arguments; <c>Offsets[i]</c> is where argument i's leaves begin (one more entry at the end).</summary>
    public static (Tensor[] Leaves, int[] Offsets) Flatten(object?[] args)
    {
        var leaves = new List<Tensor>();
        var offsets = new int[args.Length + 1];
        for (int i = 0; i < args.Length; i++)
        {
            offsets[i] = leaves.Count;
            leaves.AddRange(Leaves(args[i]));
        }
        offsets[^1] = leaves.Count;
        return (leaves.ToArray(), offsets);
    }

    /// <summary>The arguments rebuilt from new leaves, each in its original's shape.</summary>
    public static object[] Unflatten(object?[] like, int[] offsets, Tensor[] leaves)
    {
        var args = new object[like.Length];
        for (int i = 0; i < like.Length; i++) args[i] = Rebuild(like[i]!, leaves.AsSpan(offsets[i], offsets[i + 1] - offsets[i]));
        return args;
    }

    private static Dictionary<string, Tensor> Zip(IEnumerable<string> keys, ReadOnlySpan<Tensor> leaves)
    {
        var result = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        int i = 0;
        foreach (var key in keys) result[key] = leaves[i++];
        return result;
    }

    private static Tensor NotNull(Tensor? tensor) => tensor ?? throw new ArgumentNullException(nameof(tensor));
}
