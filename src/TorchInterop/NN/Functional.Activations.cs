namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.softmax(input, dim=None, dtype=None)</c>. Without <paramref name="dim"/>, warns as PyTorch does and picks
    /// dimension 0 for 0-, 1- and 3-dimensional inputs, 1 otherwise.
    /// </summary>
    public static Tensor Softmax(Tensor input, long? dim = null, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Softmax(input, dim ?? ImplicitSoftmaxDim("softmax", input.Dim), dtype);
    }

    /// <summary><c>F.log_softmax(input, dim=None, dtype=None)</c>; an implicit dimension is chosen as by <see cref="Softmax"/>.</summary>
    public static Tensor LogSoftmax(Tensor input, long? dim = null, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.LogSoftmax(input, dim ?? ImplicitSoftmaxDim("log_softmax", input.Dim), dtype);
    }

    /// <summary><c>F.relu(input, inplace=False)</c>.</summary>
    public static Tensor Relu(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? input.Relu_() : input.Relu();
    }

    /// <summary>
    /// <c>F.sigmoid(input)</c>: <c>input.sigmoid()</c>. PyTorch 1.13 deprecated it and warns; 2.x took the deprecation
    /// back and does not.
    /// </summary>
    public static Tensor Sigmoid(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!LibTorch.IsAtLeast(2))
            Warnings.Raise("nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.", FunctionalFile);
        return input.Sigmoid();
    }

    private static long ImplicitSoftmaxDim(string name, int ndim)
    {
        Warnings.Raise($"Implicit dimension choice for {name} has been deprecated. Change the call to include dim=X as an argument.", FunctionalFile);
        return ndim is 0 or 1 or 3 ? 0 : 1;
    }
}
