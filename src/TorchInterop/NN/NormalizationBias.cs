namespace TorchInterop.NN;

/// <summary>
/// The <c>bias</c> argument of the normalization layers: PyTorch 2.x (as 2.14 has it) lets LayerNorm, BatchNorm and
/// GroupNorm keep the affine weight without a bias, and their reprs say <c>bias=</c>. PyTorch 1.13 has neither.
/// </summary>
internal static class NormalizationBias
{
    /// <summary>Whether this LibTorch's PyTorch has the argument.</summary>
    private static bool Exists => LibTorch.IsAtLeast(2);

    /// <summary>
    /// Rejects <c>bias: false</c> where PyTorch has no such argument (its call would fail with a TypeError), rather
    /// than building a module whose repr could not tell it apart.
    /// </summary>
    public static void Check(bool bias, string module)
    {
        if (!bias && !Exists)
            throw new NotSupportedException($"{module}'s bias argument came with PyTorch 2; LibTorch {LibTorch.Version} has none.");
    }

    /// <summary>Python's <c>bias={use_bias}</c> part of the repr (empty before 2.x), from whether a bias is registered.</summary>
    public static string Repr(Tensor? bias, string separator = ", ") =>
        Exists ? separator + "bias=" + (bias is null ? "False" : "True") : "";
}
