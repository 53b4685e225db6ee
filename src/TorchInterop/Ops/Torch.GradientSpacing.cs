namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.gradient(input, spacing=[h0, h1, ...], dim=None, edge_order=1)</c>: the estimated gradient along each
    /// dimension, one number of spacing per dimension (ATen's <c>gradient.scalarrayint</c>, which the generated layer
    /// cannot bind: each dimension's result is the one the scalar spacing gives along that dimension).
    /// </summary>
    /// <example><code>var (dx, dy) = Torch.Gradient(x, spacing: [2.0, 0.5]);</code></example>
    public static Tensor[] Gradient(Tensor input, IReadOnlyList<Scalar> spacing, long? dim = null, long edgeOrder = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(spacing);
        long[]? dims = dim is { } d ? [d] : null;
        CheckGradientSpacing(input, spacing.Count, dims);
        return GradientAlong(input, spacing, dims ?? Enumerable.Range(0, (int)input.Dim).Select(i => (long)i).ToArray(), edgeOrder);
    }

    /// <summary>
    /// <c>torch.gradient(input, spacing=[h0, h1], dim=[0, 1], edge_order=1)</c>: the estimated gradient along each
    /// dimension in <paramref name="dim"/>, with its number of spacing (ATen's <c>gradient.scalararray</c>).
    /// </summary>
    /// <example><code>var (dx, dz) = Torch.Gradient(x, spacing: [2.0, 0.5], dim: [0, 2]);</code></example>
    public static Tensor[] Gradient(Tensor input, IReadOnlyList<Scalar> spacing, long[] dim, long edgeOrder = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(spacing);
        ArgumentNullException.ThrowIfNull(dim);
        CheckGradientSpacing(input, spacing.Count, dim);
        return GradientAlong(input, spacing, dim, edgeOrder);
    }

    /// <summary>
    /// ATen's checks of a spacing list (pre_check_gradient), in its order and words. LibTorch 1.13 lacks the length
    /// check when dim is not given and reads past the list (a tensor list of the wrong length crashes the process);
    /// 2.x's message is used for both versions.
    /// </summary>
    internal static void CheckGradientSpacing(Tensor input, int spacingCount, long[]? dim)
    {
        if (input.Dtype == DType.UInt8) throw new TorchException("torch.gradient does not support uint8 input.");
        if (dim is null && spacingCount != input.Dim)
            throw new TorchException("torch.gradient expected spacing to be unspecified, a scalar, or a list of length equal to " +
                                     $"'self.dim() = {input.Dim}', since dim argument was not given, but got a list of length {spacingCount}");
        if (dim is not null && spacingCount != dim.Length)
            throw new TorchException("torch.gradient expected spacing to be unspecified, a scalar or it's spacing and dim arguments to have " +
                                     $"the same length, but got a spacing argument of length {spacingCount} and a dim argument of length {dim.Length}.");
    }

    private static Tensor[] GradientAlong(Tensor input, IReadOnlyList<Scalar> spacing, long[] dims, long edgeOrder)
    {
        // the whole dim list first, as ATen validates it (edge_order, duplicates, range) before computing
        if (dims.Length > 0) Gradient(input, spacing[0], dims, edgeOrder).DisposeAll();
        var results = new Tensor[dims.Length];
        for (int i = 0; i < dims.Length; i++) results[i] = Gradient(input, spacing[i], [dims[i]], edgeOrder)[0];
        return results;
    }

    private static void DisposeAll(this Tensor[] tensors)
    {
        foreach (var tensor in tensors) tensor.Dispose();
    }
}
