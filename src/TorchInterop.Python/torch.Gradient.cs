namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.gradient(input, *, spacing=1, dim=None, edge_order=1)</c> in each of Python's spellings: spacing as one
/// number, a list of numbers or a list of coordinate tensors; dim as an int, a list or None. The overloads taking an
/// int-or-None dim rank first, so <c>dim: null</c> (Python's <c>dim=None</c>) picks them, as Python's parser does.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.gradient(input, spacing=1, dim=None, edge_order=1)</c></summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static Tensor[] gradient(Tensor input, Scalar? spacing = null, long? dim = null, long edge_order = 1) =>
        Torch.Gradient(input, spacing: spacing, dim: dim, edgeOrder: edge_order);

    /// <summary><c>torch.gradient(input, spacing=[h0, h1], dim=None, edge_order=1)</c>: one spacing per dimension.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static Tensor[] gradient(Tensor input, IReadOnlyList<Scalar> spacing, long? dim = null, long edge_order = 1) =>
        Torch.Gradient(input, spacing, dim, edge_order);

    /// <summary><c>torch.gradient(input, spacing=[x0, x1], dim=None, edge_order=1)</c>: the coordinates of each dimension.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static Tensor[] gradient(Tensor input, IReadOnlyList<Tensor> spacing, long? dim = null, long edge_order = 1)
    {
        // LibTorch 1.13 reads past a list of the wrong length when dim is None (and crashes): checked first
        Torch.CheckGradientSpacing(input, spacing.Count, dim is { } d ? [d] : null);
        return Torch.Gradient(input, spacing, dim, edgeOrder: edge_order);
    }

    /// <summary><c>torch.gradient(input, dim=[0, 1], edge_order=1)</c></summary>
    public static Tensor[] gradient(Tensor input, long[] dim, long edge_order = 1) => Torch.Gradient(input, dim, edgeOrder: edge_order);

    /// <summary><c>torch.gradient(input, spacing=h, dim=[0, 1], edge_order=1)</c></summary>
    public static Tensor[] gradient(Tensor input, Scalar spacing, long[] dim, long edge_order = 1) =>
        Torch.Gradient(input, spacing, dim, edgeOrder: edge_order);

    /// <summary><c>torch.gradient(input, spacing=[h0, h1], dim=[0, 1], edge_order=1)</c></summary>
    public static Tensor[] gradient(Tensor input, IReadOnlyList<Scalar> spacing, long[] dim, long edge_order = 1) =>
        Torch.Gradient(input, spacing, dim, edge_order);

    /// <summary><c>torch.gradient(input, spacing=[x0, x1], dim=[0, 1], edge_order=1)</c></summary>
    public static Tensor[] gradient(Tensor input, IReadOnlyList<Tensor> spacing, long[] dim, long edge_order = 1) =>
        Torch.Gradient(input, spacing, dim, edgeOrder: edge_order);
}
#pragma warning restore CS8981, IDE1006
