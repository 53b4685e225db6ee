namespace TorchInterop.Functorch;

// Python's repr of a pytree TreeSpec, for the flat structures C# transforms see: a leaf, or a tuple of leaves.
internal static class TreeSpecs
{
    public static string Leaf => "*";

    public static string Tuple(int count)
    {
        // 2.x's TreeSpec repr puts each child on its own line.
        string separator = LibTorch.IsAtLeast(2) ? ",\n  " : ", ";
        return "TreeSpec(tuple, None, [" + string.Join(separator, Enumerable.Repeat("*", count)) + "])";
    }

    public static string Of(Dims dims) => dims.IsTuple ? Tuple(dims.Count) : Leaf;

    public static string Of(int count, bool isTuple) => isTuple ? Tuple(count) : Leaf;

    // functorch's _get_name: a lambda is <lambda>, a named method its name.
    public static string NameOf(Delegate function) =>
        function.Method.Name.Contains('<') ? "<lambda>" : function.Method.Name;
}
