namespace TorchInterop.NN;

// Python's max pools built with return_indices=True: the same class in Python, whose call then returns
// (output, indices). C# types a module's output statically, so each is its own class here, with Python's class
// name in its repr and ReturnIndices true.

/// <summary>Python's <c>torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: calling it gives the maxima and their indices.</summary>
public sealed class MaxPool1dWithIndices(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd<(Tensor Output, Tensor Indices)>(kernelSize, stride, padding, dilation, ceilMode, returnIndices: true)
{
    internal override string ReprName => "MaxPool1d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool1dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>Python's <c>torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: calling it gives the maxima and their indices.</summary>
public sealed class MaxPool2dWithIndices(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd<(Tensor Output, Tensor Indices)>(kernelSize, stride, padding, dilation, ceilMode, returnIndices: true)
{
    internal override string ReprName => "MaxPool2d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool2dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>Python's <c>torch.nn.MaxPool3d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: calling it gives the maxima and their indices.</summary>
public sealed class MaxPool3dWithIndices(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd<(Tensor Output, Tensor Indices)>(kernelSize, stride, padding, dilation, ceilMode, returnIndices: true)
{
    internal override string ReprName => "MaxPool3d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool3dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool1d(output_size, return_indices=True)</c>: calling it gives the maxima and their indices.</summary>
public sealed class AdaptiveMaxPool1dWithIndices(IntOrTuple outputSize) : AdaptiveMaxPoolNd<(Tensor Output, Tensor Indices)>(outputSize, returnIndices: true)
{
    internal override string ReprName => "AdaptiveMaxPool1d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) => Functional.AdaptiveMaxPool1dWithIndices(input, Size!.Value);
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool2d(output_size, return_indices=True)</c>: calling it gives the maxima and their indices.</summary>
public sealed class AdaptiveMaxPool2dWithIndices : AdaptiveMaxPoolNd<(Tensor Output, Tensor Indices)>
{
    /// <summary>A number or a pair.</summary>
    public AdaptiveMaxPool2dWithIndices(IntOrTuple outputSize) : base(outputSize, returnIndices: true) { }

    /// <summary>A pair whose null entries keep the input's size: Python's <c>(None, 3)</c>.</summary>
    public AdaptiveMaxPool2dWithIndices(long?[] outputSize) : base(outputSize, returnIndices: true) { }

    internal override string ReprName => "AdaptiveMaxPool2d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) => SizesWithNone is { } sizes
        ? Functional.AdaptiveMaxPool2dWithIndices(input, sizes)
        : Functional.AdaptiveMaxPool2dWithIndices(input, Size!.Value);
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool3d(output_size, return_indices=True)</c>: calling it gives the maxima and their indices.</summary>
public sealed class AdaptiveMaxPool3dWithIndices : AdaptiveMaxPoolNd<(Tensor Output, Tensor Indices)>
{
    /// <summary>A number or a triple.</summary>
    public AdaptiveMaxPool3dWithIndices(IntOrTuple outputSize) : base(outputSize, returnIndices: true) { }

    /// <summary>A triple whose null entries keep the input's size.</summary>
    public AdaptiveMaxPool3dWithIndices(long?[] outputSize) : base(outputSize, returnIndices: true) { }

    internal override string ReprName => "AdaptiveMaxPool3d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) => SizesWithNone is { } sizes
        ? Functional.AdaptiveMaxPool3dWithIndices(input, sizes)
        : Functional.AdaptiveMaxPool3dWithIndices(input, Size!.Value);
}

/// <summary>
/// Python's <c>torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)</c>:
/// calling it gives the maxima and their indices.
/// </summary>
public sealed class FractionalMaxPool2dWithIndices(IntOrTuple kernelSize, IntOrTuple? outputSize = null, FloatOrTuple? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd<(Tensor Output, Tensor Indices)>(kernelSize, outputSize, outputRatio, returnIndices: true, randomSamples, 2)
{
    internal override string ReprName => "FractionalMaxPool2d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool2dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}

/// <summary>
/// Python's <c>torch.nn.FractionalMaxPool3d(kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)</c>:
/// calling it gives the maxima and their indices.
/// </summary>
public sealed class FractionalMaxPool3dWithIndices(IntOrTuple kernelSize, IntOrTuple? outputSize = null, FloatOrTuple? outputRatio = null, Tensor? randomSamples = null)
    : FractionalMaxPoolNd<(Tensor Output, Tensor Indices)>(kernelSize, outputSize, outputRatio, returnIndices: true, randomSamples, 3)
{
    internal override string ReprName => "FractionalMaxPool3d";

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) Forward(Tensor input) => ForwardWithIndices(input);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.FractionalMaxPool3dWithIndices(input, KernelSize, OutputSize, OutputRatio, GetBuffer("_random_samples"));
}
