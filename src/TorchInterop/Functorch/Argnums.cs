namespace TorchInterop.Functorch;

// functorch's _slice_argnums checks: argnums wrapped into range, unique and non-empty.
internal static class Argnums
{
    public static int[] Validate(int[] argnums, int count, bool isTuple)
    {
        if (isTuple && argnums.Length == 0) throw new TorchException("argnums must be non-empty");
        var wrapped = argnums.Select(a => a >= 0 && a < count ? a : a < 0 && a >= -count ? a + count
            : throw new TorchException($"Got argnum={a}, but only {count} positional inputs")).ToArray();
        if (wrapped.Distinct().Count() != wrapped.Length)
            throw new TorchException($"argnums elements must be unique, got {Repr(argnums)}");
        return wrapped;
    }

    public static string Repr(int[] argnums) =>
        argnums.Length == 1 ? $"({argnums[0]},)" : "(" + string.Join(", ", argnums) + ")";
}
