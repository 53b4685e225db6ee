namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>_MaxUnpoolNd</c> holds (window, stride and padding as tuples) and its repr; called with the
/// pooled values, their indices and optionally the output size.
/// </summary>
public abstract class MaxUnpoolNd : Module<(Tensor Input, Tensor Indices, IntOrTuple? OutputSize), Tensor>
{
    private protected MaxUnpoolNd(IntOrTuple kernelSize, IntOrTuple? stride, IntOrTuple? padding, int dims)
    {
        KernelSize = kernelSize.AsTuple(dims);
        Stride = (stride ?? kernelSize).AsTuple(dims);
        Padding = (padding ?? 0).AsTuple(dims);
    }

    /// <summary>The pooling window.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The pooling stride (the window by default).</summary>
    public IntOrTuple Stride { get; }

    /// <summary>The pooling padding.</summary>
    public IntOrTuple Padding { get; }

    /// <summary>Unpools <paramref name="input"/> by <paramref name="indices"/> (from a max pool's <c>ForwardWithIndices</c>).</summary>
    public Tensor Forward(Tensor input, Tensor indices, IntOrTuple? outputSize = null) => Forward((input, indices, outputSize));

    /// <summary><see cref="Forward(Tensor, Tensor, IntOrTuple?)"/> with the module's hooks.</summary>
    public Tensor Call(Tensor input, Tensor indices, IntOrTuple? outputSize = null) => Call((input, indices, outputSize));

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"kernel_size={KernelSize}, stride={Stride}, padding={Padding}";
}

/// <summary>Python's <c>torch.nn.MaxUnpool1d(kernel_size, stride=None, padding=0)</c>.</summary>
public sealed class MaxUnpool1d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null) : MaxUnpoolNd(kernelSize, stride, padding, 1)
{
    /// <inheritdoc/>
    public override Tensor Forward((Tensor Input, Tensor Indices, IntOrTuple? OutputSize) input) =>
        Functional.MaxUnpool1d(input.Input, input.Indices, KernelSize, Stride, Padding, input.OutputSize);
}

/// <summary>Python's <c>torch.nn.MaxUnpool2d(kernel_size, stride=None, padding=0)</c>.</summary>
public sealed class MaxUnpool2d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null) : MaxUnpoolNd(kernelSize, stride, padding, 2)
{
    /// <inheritdoc/>
    public override Tensor Forward((Tensor Input, Tensor Indices, IntOrTuple? OutputSize) input) =>
        Functional.MaxUnpool2d(input.Input, input.Indices, KernelSize, Stride, Padding, input.OutputSize);
}

/// <summary>Python's <c>torch.nn.MaxUnpool3d(kernel_size, stride=None, padding=0)</c>.</summary>
public sealed class MaxUnpool3d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null) : MaxUnpoolNd(kernelSize, stride, padding, 3)
{
    /// <inheritdoc/>
    public override Tensor Forward((Tensor Input, Tensor Indices, IntOrTuple? OutputSize) input) =>
        Functional.MaxUnpool3d(input.Input, input.Indices, KernelSize, Stride, Padding, input.OutputSize);
}
