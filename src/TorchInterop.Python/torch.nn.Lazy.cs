using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.LazyLinear(out_features, bias=True, device=None, dtype=None)</c>: a Linear after the first forward.</summary>
        public static NN.LazyLinear LazyLinear(long out_features, bool bias = true, DType? dtype = null) => new(out_features, bias, dtype);

        /// <summary><c>torch.nn.LazyConv1d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static NN.LazyConv1d LazyConv1d(long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv1d(..., padding='same')</c></summary>
        public static NN.LazyConv1d LazyConv1d(long out_channels, long kernel_size, string padding, long stride = 1, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, padding, stride, dilation, groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv1d(8, kernel_size=(3,), stride=(2,))</c>: one-element tuples (<c>[3]</c>) for the sizes.</summary>
        public static NN.LazyConv1d LazyConv1d(long out_channels, long[] kernel_size, long[]? stride = null, long[]? padding = null,
            long[]? dilation = null, long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv2d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static NN.LazyConv2d LazyConv2d(long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv2d(8, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2))</c>: tuples for the sizes.</summary>
        public static NN.LazyConv2d LazyConv2d(long out_channels, (long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
            (long, long)? dilation = null, long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, Pair(kernel_size), PairOrNull(stride), PairOrNull(padding), PairOrNull(dilation), groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv2d(..., padding='same')</c></summary>
        public static NN.LazyConv2d LazyConv2d(long out_channels, long kernel_size, string padding, long stride = 1, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, [kernel_size], padding, [stride], [dilation], groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv3d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static NN.LazyConv3d LazyConv3d(long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv3d(8, kernel_size=(1, 3, 3), ...)</c>: tuples for the sizes.</summary>
        public static NN.LazyConv3d LazyConv3d(long out_channels, (long, long, long) kernel_size, (long, long, long)? stride = null,
            (long, long, long)? padding = null, (long, long, long)? dilation = null, long groups = 1, bool bias = true, string padding_mode = "zeros",
            DType? dtype = null) =>
            new(out_channels, Triple(kernel_size), TripleOrNull(stride), TripleOrNull(padding), TripleOrNull(dilation), groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConv3d(..., padding='same')</c></summary>
        public static NN.LazyConv3d LazyConv3d(long out_channels, long kernel_size, string padding, long stride = 1, long dilation = 1,
            long groups = 1, bool bias = true, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, [kernel_size], padding, [stride], [dilation], groups, bias, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConvTranspose1d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')</c></summary>
        public static NN.LazyConvTranspose1d LazyConvTranspose1d(long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConvTranspose2d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')</c></summary>
        public static NN.LazyConvTranspose2d LazyConvTranspose2d(long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConvTranspose2d(8, kernel_size=(3, 5), stride=(2, 1), ...)</c>: tuples for the sizes.</summary>
        public static NN.LazyConvTranspose2d LazyConvTranspose2d(long out_channels, (long, long) kernel_size, (long, long)? stride = null,
            (long, long)? padding = null, (long, long)? output_padding = null, long groups = 1, bool bias = true, (long, long)? dilation = null,
            string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, Pair(kernel_size), PairOrNull(stride), PairOrNull(padding), PairOrNull(output_padding), groups, bias,
                PairOrNull(dilation), padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConvTranspose3d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')</c></summary>
        public static NN.LazyConvTranspose3d LazyConvTranspose3d(long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode, dtype);

        /// <summary><c>torch.nn.LazyConvTranspose3d(8, kernel_size=(1, 3, 3), ...)</c>: tuples for the sizes.</summary>
        public static NN.LazyConvTranspose3d LazyConvTranspose3d(long out_channels, (long, long, long) kernel_size, (long, long, long)? stride = null,
            (long, long, long)? padding = null, (long, long, long)? output_padding = null, long groups = 1, bool bias = true,
            (long, long, long)? dilation = null, string padding_mode = "zeros", DType? dtype = null) =>
            new(out_channels, Triple(kernel_size), TripleOrNull(stride), TripleOrNull(padding), TripleOrNull(output_padding), groups, bias,
                TripleOrNull(dilation), padding_mode, dtype);

        /// <summary><c>torch.nn.LazyBatchNorm1d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyBatchNorm1d LazyBatchNorm1d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LazyBatchNorm2d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyBatchNorm2d LazyBatchNorm2d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LazyBatchNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyBatchNorm3d LazyBatchNorm3d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LazyInstanceNorm1d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyInstanceNorm1d LazyInstanceNorm1d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LazyInstanceNorm2d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyInstanceNorm2d LazyInstanceNorm2d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LazyInstanceNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.LazyInstanceNorm3d LazyInstanceNorm3d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            DType? dtype = null, bool bias = true) => new(eps, momentum, affine, track_running_stats, dtype, bias);

        private static long[] Triple((long, long, long) value) => [value.Item1, value.Item2, value.Item3];

        private static long[]? TripleOrNull((long, long, long)? value) => value is { } v ? Triple(v) : null;

        /// <summary>Python's <c>torch.nn.parameter</c>: the parameter classes.</summary>
        public static class parameter
        {
            /// <summary><c>torch.nn.parameter.Parameter(data, requires_grad=True)</c></summary>
            public static Tensor Parameter(Tensor data, bool requires_grad = true) => NN.Parameter.Create(data, requires_grad);

            /// <summary><c>torch.nn.parameter.UninitializedParameter(requires_grad=True, device=None, dtype=None)</c>: prints as <c>&lt;UninitializedParameter&gt;</c>.</summary>
            public static Tensor UninitializedParameter(bool requires_grad = true, DType? dtype = null) => LazyModule.UninitializedParameter(requires_grad, dtype);

            /// <summary><c>torch.nn.parameter.UninitializedBuffer(requires_grad=False, device=None, dtype=None)</c>: prints as <c>&lt;UninitializedBuffer&gt;</c>.</summary>
            public static Tensor UninitializedBuffer(bool requires_grad = false, DType? dtype = null) => LazyModule.UninitializedBuffer(requires_grad, dtype);

            /// <summary><c>torch.nn.parameter.is_lazy(param)</c>: whether <paramref name="param"/> is still uninitialized.</summary>
            public static bool is_lazy(Tensor param) => param?.IsUninitialized ?? throw new ArgumentNullException(nameof(param));
        }

        /// <summary><c>torch.nn.UninitializedParameter(requires_grad=True, device=None, dtype=None)</c></summary>
        public static Tensor UninitializedParameter(bool requires_grad = true, DType? dtype = null) => LazyModule.UninitializedParameter(requires_grad, dtype);

        /// <summary><c>torch.nn.UninitializedBuffer(requires_grad=False, device=None, dtype=None)</c></summary>
        public static Tensor UninitializedBuffer(bool requires_grad = false, DType? dtype = null) => LazyModule.UninitializedBuffer(requires_grad, dtype);
    }
}
#pragma warning restore CS8981, IDE1006
