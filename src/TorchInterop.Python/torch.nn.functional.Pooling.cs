using TorchInterop.NN;
using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary><c>F.avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c></summary>
            public static Tensor avg_pool1d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                bool ceil_mode = false, bool count_include_pad = true) => F.AvgPool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad);

            /// <summary><c>F.avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c></summary>
            public static Tensor avg_pool2d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
                F.AvgPool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

            /// <summary><c>F.avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c></summary>
            public static Tensor avg_pool3d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
                F.AvgPool3d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

            /// <summary><c>F.max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; <c>return_indices=True</c> is <see cref="max_pool1d_with_indices"/>.</summary>
            public static Tensor max_pool1d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, bool ceil_mode = false) => F.MaxPool1d(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; <c>return_indices=True</c> is <see cref="max_pool2d_with_indices"/>.</summary>
            public static Tensor max_pool2d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, bool ceil_mode = false) => F.MaxPool2d(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; <c>return_indices=True</c> is <see cref="max_pool3d_with_indices"/>.</summary>
            public static Tensor max_pool3d(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, bool ceil_mode = false) => F.MaxPool3d(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c></summary>
            public static (Tensor, Tensor) max_pool1d_with_indices(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null,
                IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceil_mode = false) =>
                F.MaxPool1dWithIndices(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c></summary>
            public static (Tensor, Tensor) max_pool2d_with_indices(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null,
                IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceil_mode = false) =>
                F.MaxPool2dWithIndices(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c></summary>
            public static (Tensor, Tensor) max_pool3d_with_indices(Tensor input, IntOrTuple kernel_size, IntOrTuple? stride = null,
                IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceil_mode = false) =>
                F.MaxPool3dWithIndices(input, kernel_size, stride, padding, dilation, ceil_mode);

            /// <summary><c>F.adaptive_avg_pool1d(input, output_size)</c></summary>
            public static Tensor adaptive_avg_pool1d(Tensor input, IntOrTuple output_size) => F.AdaptiveAvgPool1d(input, output_size);

            /// <summary><c>F.adaptive_avg_pool2d(input, output_size)</c></summary>
            public static Tensor adaptive_avg_pool2d(Tensor input, IntOrTuple output_size) => F.AdaptiveAvgPool2d(input, output_size);

            /// <summary><c>F.adaptive_avg_pool2d(input, (None, 3))</c>: written <c>[null, 3]</c>.</summary>
            public static Tensor adaptive_avg_pool2d(Tensor input, long?[] output_size) => F.AdaptiveAvgPool2d(input, output_size);

            /// <summary><c>F.adaptive_avg_pool3d(input, output_size)</c></summary>
            public static Tensor adaptive_avg_pool3d(Tensor input, IntOrTuple output_size) => F.AdaptiveAvgPool3d(input, output_size);

            /// <summary><c>F.adaptive_avg_pool3d(input, (None, 3, None))</c>: written <c>[null, 3, null]</c>.</summary>
            public static Tensor adaptive_avg_pool3d(Tensor input, long?[] output_size) => F.AdaptiveAvgPool3d(input, output_size);

            /// <summary><c>F.adaptive_max_pool1d(input, output_size)</c></summary>
            public static Tensor adaptive_max_pool1d(Tensor input, IntOrTuple output_size) => First(F.AdaptiveMaxPool1dWithIndices(input, output_size));

            /// <summary><c>F.adaptive_max_pool2d(input, output_size)</c></summary>
            public static Tensor adaptive_max_pool2d(Tensor input, IntOrTuple output_size) => First(F.AdaptiveMaxPool2dWithIndices(input, output_size));

            /// <summary><c>F.adaptive_max_pool2d(input, (None, 3))</c>: written <c>[null, 3]</c>.</summary>
            public static Tensor adaptive_max_pool2d(Tensor input, long?[] output_size) => First(F.AdaptiveMaxPool2dWithIndices(input, output_size));

            /// <summary><c>F.adaptive_max_pool3d(input, output_size)</c></summary>
            public static Tensor adaptive_max_pool3d(Tensor input, IntOrTuple output_size) => First(F.AdaptiveMaxPool3dWithIndices(input, output_size));

            /// <summary><c>F.adaptive_max_pool3d(input, (None, 3, None))</c>: written <c>[null, 3, null]</c>.</summary>
            public static Tensor adaptive_max_pool3d(Tensor input, long?[] output_size) => First(F.AdaptiveMaxPool3dWithIndices(input, output_size));

            /// <summary><c>F.adaptive_max_pool1d_with_indices(input, output_size)</c></summary>
            public static (Tensor, Tensor) adaptive_max_pool1d_with_indices(Tensor input, IntOrTuple output_size) => F.AdaptiveMaxPool1dWithIndices(input, output_size);

            /// <summary><c>F.adaptive_max_pool2d_with_indices(input, output_size)</c></summary>
            public static (Tensor, Tensor) adaptive_max_pool2d_with_indices(Tensor input, IntOrTuple output_size) => F.AdaptiveMaxPool2dWithIndices(input, output_size);

            /// <summary><c>F.adaptive_max_pool3d_with_indices(input, output_size)</c></summary>
            public static (Tensor, Tensor) adaptive_max_pool3d_with_indices(Tensor input, IntOrTuple output_size) => F.AdaptiveMaxPool3dWithIndices(input, output_size);

            /// <summary><c>F.adaptive_max_pool2d_with_indices(input, (None, 3))</c>: written <c>[null, 3]</c>.</summary>
            public static (Tensor, Tensor) adaptive_max_pool2d_with_indices(Tensor input, long?[] output_size) => F.AdaptiveMaxPool2dWithIndices(input, output_size);

            /// <summary><c>F.adaptive_max_pool3d_with_indices(input, (None, 3, None))</c>: written <c>[null, 3, null]</c>.</summary>
            public static (Tensor, Tensor) adaptive_max_pool3d_with_indices(Tensor input, long?[] output_size) => F.AdaptiveMaxPool3dWithIndices(input, output_size);

            /// <summary><c>F.lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c></summary>
            public static Tensor lp_pool1d(Tensor input, double norm_type, long kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) =>
                F.LpPool1d(input, norm_type, kernel_size, stride, ceil_mode);

            /// <summary><c>F.lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c></summary>
            public static Tensor lp_pool2d(Tensor input, double norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) =>
                F.LpPool2d(input, norm_type, kernel_size, stride, ceil_mode);

#if LIBTORCH_2
            /// <summary><c>F.lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c> (PyTorch 2.x)</summary>
            public static Tensor lp_pool3d(Tensor input, double norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) =>
                F.LpPool3d(input, norm_type, kernel_size, stride, ceil_mode);
#endif

            /// <summary><c>F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c></summary>
            public static Tensor fractional_max_pool2d(Tensor input, IntOrTuple kernel_size, IntOrTuple? output_size = null,
                FloatOrTuple? output_ratio = null, Tensor? _random_samples = null) =>
                F.FractionalMaxPool2d(input, kernel_size, output_size, F.FunctionalFractionalRatio(output_ratio, output_size, 2), _random_samples);

            /// <summary><c>F.fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c></summary>
            public static Tensor fractional_max_pool3d(Tensor input, IntOrTuple kernel_size, IntOrTuple? output_size = null,
                FloatOrTuple? output_ratio = null, Tensor? _random_samples = null) =>
                F.FractionalMaxPool3d(input, kernel_size, output_size, F.FunctionalFractionalRatio(output_ratio, output_size, 3), _random_samples);

            /// <summary><c>F.fractional_max_pool2d_with_indices(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c></summary>
            public static (Tensor, Tensor) fractional_max_pool2d_with_indices(Tensor input, IntOrTuple kernel_size, IntOrTuple? output_size = null,
                FloatOrTuple? output_ratio = null, Tensor? _random_samples = null) =>
                F.FractionalMaxPool2dWithIndices(input, kernel_size, output_size, F.FunctionalFractionalRatio(output_ratio, output_size, 2), _random_samples);

            /// <summary><c>F.fractional_max_pool3d_with_indices(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c></summary>
            public static (Tensor, Tensor) fractional_max_pool3d_with_indices(Tensor input, IntOrTuple kernel_size, IntOrTuple? output_size = null,
                FloatOrTuple? output_ratio = null, Tensor? _random_samples = null) =>
                F.FractionalMaxPool3dWithIndices(input, kernel_size, output_size, F.FunctionalFractionalRatio(output_ratio, output_size, 3), _random_samples);

            /// <summary><c>F.max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c></summary>
            public static Tensor max_unpool1d(Tensor input, Tensor indices, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_size = null) => F.MaxUnpool1d(input, indices, kernel_size, stride, padding, output_size);

            /// <summary><c>F.max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c></summary>
            public static Tensor max_unpool2d(Tensor input, Tensor indices, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_size = null) => F.MaxUnpool2d(input, indices, kernel_size, stride, padding, output_size);

            /// <summary><c>F.max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c></summary>
            public static Tensor max_unpool3d(Tensor input, Tensor indices, IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_size = null) => F.MaxUnpool3d(input, indices, kernel_size, stride, padding, output_size);

            private static Tensor First((Tensor Output, Tensor Indices) pair)
            {
                pair.Indices.Dispose();
                return pair.Output;
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
