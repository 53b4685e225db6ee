using System.Runtime.CompilerServices;
using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        // Python's return_indices=True changes what calling the module returns, (output, indices) instead of the
        // output, and C# types that statically: these overloads, chosen when return_indices is written (they rank
        // below the ones without it), build the module whose forward returns the pair, so that Python's
        // `out, idx = pool(x)` is `var (out_, idx) = pool.forward(x);`.

        /// <summary><c>torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: <c>forward</c> gives (output, indices).</summary>
        [OverloadResolutionPriority(-1)]
        public static MaxPool1dWithIndices MaxPool1d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool return_indices = true, bool ceil_mode = false) =>
            Indices(return_indices, nameof(MaxPool1d), () => new MaxPool1dWithIndices(kernel_size, stride, padding, dilation, ceil_mode));

        /// <summary><c>torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: <c>forward</c> gives (output, indices).</summary>
        [OverloadResolutionPriority(-1)]
        public static MaxPool2dWithIndices MaxPool2d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool return_indices = true, bool ceil_mode = false) =>
            Indices(return_indices, nameof(MaxPool2d), () => new MaxPool2dWithIndices(kernel_size, stride, padding, dilation, ceil_mode));

        /// <summary><c>torch.nn.MaxPool3d(kernel_size, stride=None, padding=0, dilation=1, return_indices=True, ceil_mode=False)</c>: <c>forward</c> gives (output, indices).</summary>
        [OverloadResolutionPriority(-1)]
        public static MaxPool3dWithIndices MaxPool3d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool return_indices = true, bool ceil_mode = false) =>
            Indices(return_indices, nameof(MaxPool3d), () => new MaxPool3dWithIndices(kernel_size, stride, padding, dilation, ceil_mode));

        /// <summary><c>torch.nn.AdaptiveMaxPool1d(output_size, return_indices=True)</c>: <c>forward</c> gives (output, indices).</summary>
        public static AdaptiveMaxPool1dWithIndices AdaptiveMaxPool1d(IntOrTuple output_size, bool return_indices) =>
            Indices(return_indices, nameof(AdaptiveMaxPool1d), () => new AdaptiveMaxPool1dWithIndices(output_size));

        /// <summary><c>torch.nn.AdaptiveMaxPool2d(output_size, return_indices=True)</c>: <c>forward</c> gives (output, indices).</summary>
        public static AdaptiveMaxPool2dWithIndices AdaptiveMaxPool2d(IntOrTuple output_size, bool return_indices) =>
            Indices(return_indices, nameof(AdaptiveMaxPool2d), () => new AdaptiveMaxPool2dWithIndices(output_size));

        /// <summary><c>torch.nn.AdaptiveMaxPool2d((None, 3), return_indices=True)</c>: written <c>[null, 3]</c>.</summary>
        public static AdaptiveMaxPool2dWithIndices AdaptiveMaxPool2d(long?[] output_size, bool return_indices) =>
            Indices(return_indices, nameof(AdaptiveMaxPool2d), () => new AdaptiveMaxPool2dWithIndices(output_size));

        /// <summary><c>torch.nn.AdaptiveMaxPool3d(output_size, return_indices=True)</c>: <c>forward</c> gives (output, indices).</summary>
        public static AdaptiveMaxPool3dWithIndices AdaptiveMaxPool3d(IntOrTuple output_size, bool return_indices) =>
            Indices(return_indices, nameof(AdaptiveMaxPool3d), () => new AdaptiveMaxPool3dWithIndices(output_size));

        /// <summary><c>torch.nn.AdaptiveMaxPool3d((None, 3, 4), return_indices=True)</c>: written <c>[null, 3, 4]</c>.</summary>
        public static AdaptiveMaxPool3dWithIndices AdaptiveMaxPool3d(long?[] output_size, bool return_indices) =>
            Indices(return_indices, nameof(AdaptiveMaxPool3d), () => new AdaptiveMaxPool3dWithIndices(output_size));

        /// <summary><c>torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)</c>: <c>forward</c> gives (output, indices).</summary>
        [OverloadResolutionPriority(-1)]
        public static FractionalMaxPool2dWithIndices FractionalMaxPool2d(IntOrTuple kernel_size, IntOrTuple? output_size = null, FloatOrTuple? output_ratio = null,
            bool return_indices = true, Tensor? _random_samples = null) =>
            Indices(return_indices, nameof(FractionalMaxPool2d), () => new FractionalMaxPool2dWithIndices(kernel_size, output_size, output_ratio, _random_samples));

        /// <summary><c>torch.nn.FractionalMaxPool3d(kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)</c>: <c>forward</c> gives (output, indices).</summary>
        [OverloadResolutionPriority(-1)]
        public static FractionalMaxPool3dWithIndices FractionalMaxPool3d(IntOrTuple kernel_size, IntOrTuple? output_size = null, FloatOrTuple? output_ratio = null,
            bool return_indices = true, Tensor? _random_samples = null) =>
            Indices(return_indices, nameof(FractionalMaxPool3d), () => new FractionalMaxPool3dWithIndices(kernel_size, output_size, output_ratio, _random_samples));

        // An explicit return_indices=False lands here too (C# cannot choose an overload by a value): the module that
        // returns the output alone is the overload without the argument.
        private static TPool Indices<TPool>(bool returnIndices, string pool, Func<TPool> create) => returnIndices
            ? create()
            : throw new ArgumentException($"nn.{pool}(..., return_indices=False): leave return_indices out for the module whose forward returns the output alone " +
                "(this overload's forward returns (output, indices))", "return_indices");
    }
}
#pragma warning restore CS8981, IDE1006
