using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>FractionalMaxPool2d</c> and <c>FractionalMaxPool3d</c> hold: the window, the output size or
/// ratio, and an optional <c>_random_samples</c> buffer; no extra repr.
/// </summary>
public abstract class FractionalMaxPoolNd : Module<Tensor, Tensor>
{
    private protected FractionalMaxPoolNd(IntOrTuple kernelSize, IntOrTuple? outputSize, double[]? outputRatio, Tensor? randomSamples, int dims)
    {
        string name = $"FractionalMaxPool{dims}d";
        KernelSize = kernelSize.AsTuple(dims);
        RegisterBuffer("_random_samples", randomSamples);
        OutputSize = outputSize?.AsTuple(dims);
        OutputRatio = outputRatio is null ? null : outputRatio.Length == 1 ? Enumerable.Repeat(outputRatio[0], dims).ToArray() : (double[])outputRatio.Clone();
        if (outputSize is null && outputRatio is null)
            throw new TorchException($"{name} requires specifying either an output size, or a pooling ratio", TorchErrorKind.ValueError);
        if (outputSize is not null && outputRatio is not null)
            throw new TorchException("only one of output_size and output_ratio may be specified", TorchErrorKind.ValueError);
        if (OutputRatio is { } ratio && !ratio.All(r => 0 < r && r < 1))
        {
            string given = outputRatio!.Length == 1 ? PythonNumberFormat.Repr(outputRatio[0]) : "(" + string.Join(", ", outputRatio.Select(PythonNumberFormat.Repr)) + ")";
            throw new TorchException($"output_ratio must be between 0 and 1 (got {given})", TorchErrorKind.ValueError);
        }
    }

    /// <summary>The window, as a tuple.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The output size, if given.</summary>
    public IntOrTuple? OutputSize { get; }

    /// <summary>The output size as a fraction of the input's, if given.</summary>
    public double[]? OutputRatio { get; }

    /// <summary>Python's <c>return_indices=True</c>: the maxima and their flat indices.</summary>
    public abstract (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var (output, indices) = ForwardWithIndices(input);
        indices.Dispose();
        return output;
    }
}

/// <summary>Python's <c>torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None)</c>.</summary>
public sealed class FractionalMaxPool2d(IntOrTuple kernelSize, IntOrTuple? outputSize = null, double[]? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd(kernelSize, outputSize, outputRatio, randomSamples, 2)
{
    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool2dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}

/// <summary>Python's <c>torch.nn.FractionalMaxPool3d(kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None)</c>.</summary>
public sealed class FractionalMaxPool3d(IntOrTuple kernelSize, IntOrTuple? outputSize = null, double[]? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd(kernelSize, outputSize, outputRatio, randomSamples, 3)
{
    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool3dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}
