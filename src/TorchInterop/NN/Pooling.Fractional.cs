namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>FractionalMaxPool2d</c> and <c>FractionalMaxPool3d</c> hold: the window, the output size or
/// ratio, Python's <c>return_indices</c> and an optional <c>_random_samples</c> buffer; no extra repr.
/// <typeparamref name="TOutput"/> is what calling the module gives (the maxima, or the maxima and their indices).
/// </summary>
public abstract class FractionalMaxPoolNd<TOutput> : Module<Tensor, TOutput>
{
    private protected FractionalMaxPoolNd(IntOrTuple kernelSize, IntOrTuple? outputSize, FloatOrTuple? outputRatio, bool returnIndices,
        Tensor? randomSamples, int dims)
    {
        string name = $"FractionalMaxPool{dims}d";
        KernelSize = kernelSize.AsTuple(dims);
        ReturnIndices = returnIndices;
        RegisterBuffer("_random_samples", randomSamples);
        OutputSize = outputSize?.AsTuple(dims);
        OutputRatio = outputRatio?.Expand(dims);
        if (outputSize is null && outputRatio is null)
            throw new TorchException($"{name} requires specifying either an output size, or a pooling ratio", TorchErrorKind.ValueError);
        if (outputSize is not null && outputRatio is not null)
            throw new TorchException("only one of output_size and output_ratio may be specified", TorchErrorKind.ValueError);
        // Python checks the first `dims` entries of its _pair/_triple, and prints the ratio as it was given
        if (OutputRatio is { Length: var count } && count < dims)
            throw new TorchException("tuple index out of range", TorchErrorKind.IndexError);
        if (OutputRatio is { } ratio && !ratio.Take(dims).All(r => 0 < r && r < 1))
            throw new TorchException($"output_ratio must be between 0 and 1 (got {outputRatio})", TorchErrorKind.ValueError);
    }

    /// <summary>The window, as a tuple.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The output size, if given.</summary>
    public IntOrTuple? OutputSize { get; }

    /// <summary>The output size as a fraction of the input's, one per spatial dimension, if given.</summary>
    public double[]? OutputRatio { get; }

    /// <summary>Python's <c>return_indices</c>: true when calling the module gives the maxima and their indices.</summary>
    public bool ReturnIndices { get; }

    /// <summary>Python's <c>return_indices=True</c>: the maxima and their flat indices.</summary>
    public abstract (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input);
}

/// <summary>A fractional max pool that returns the maxima only (Python's default <c>return_indices=False</c>).</summary>
public abstract class FractionalMaxPoolNd : FractionalMaxPoolNd<Tensor>
{
    private protected FractionalMaxPoolNd(IntOrTuple kernelSize, IntOrTuple? outputSize, FloatOrTuple? outputRatio, Tensor? randomSamples, int dims)
        : base(kernelSize, outputSize, outputRatio, returnIndices: false, randomSamples, dims) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var (output, indices) = ForwardWithIndices(input);
        indices.Dispose();
        return output;
    }
}

/// <summary>
/// Python's <c>torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None)</c>;
/// <paramref name="outputRatio"/> is a number (<c>0.5</c>) or a pair (<c>(0.5, 0.25)</c>).
/// </summary>
public sealed class FractionalMaxPool2d(IntOrTuple kernelSize, IntOrTuple? outputSize = null, FloatOrTuple? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd(kernelSize, outputSize, outputRatio, randomSamples, 2)
{
    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool2dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}

/// <summary>
/// Python's <c>torch.nn.FractionalMaxPool3d(kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None)</c>;
/// <paramref name="outputRatio"/> is a number or a triple.
/// </summary>
public sealed class FractionalMaxPool3d(IntOrTuple kernelSize, IntOrTuple? outputSize = null, FloatOrTuple? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd(kernelSize, outputSize, outputRatio, randomSamples, 3)
{
    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool3dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}
