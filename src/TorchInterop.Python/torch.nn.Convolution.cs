using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long dilation = 1, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode);

        /// <summary><c>torch.nn.Conv1d(..., padding='same')</c></summary>
        public static Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, string padding, long stride = 1,
            long dilation = 1, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, kernel_size, padding, stride, dilation, groups, bias, padding_mode);

        /// <summary><c>torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long dilation = 1, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode);

        /// <summary><c>torch.nn.Conv2d(3, 8, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2))</c>: tuples for the sizes.</summary>
        public static Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long)? stride = null,
            (long, long)? padding = null, (long, long)? dilation = null, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, Pair(kernel_size), PairOrNull(stride), PairOrNull(padding), PairOrNull(dilation), groups, bias, padding_mode);

        /// <summary><c>torch.nn.Conv2d(..., padding='same')</c></summary>
        public static Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, string padding, long stride = 1,
            long dilation = 1, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, [kernel_size], padding, [stride], [dilation], groups, bias, padding_mode);

        /// <summary><c>torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c></summary>
        public static ConvTranspose2d ConvTranspose2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1, string padding_mode = "zeros") =>
            new(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode);

        /// <summary><c>torch.nn.Conv3d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c></summary>
        public static Conv3d Conv3d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long dilation = 1, long groups = 1, bool bias = true, string padding_mode = "zeros") =>
            new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode);

        /// <summary><c>torch.nn.ConvTranspose1d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c></summary>
        public static ConvTranspose1d ConvTranspose1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1) =>
            new(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation);

        /// <summary><c>torch.nn.ConvTranspose3d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c></summary>
        public static ConvTranspose3d ConvTranspose3d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1) =>
            new(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation);

        /// <summary><c>torch.nn.BatchNorm3d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static BatchNorm3d BatchNorm3d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true, bool bias = true) =>
            new(num_features, eps, momentum, affine, track_running_stats, bias: bias);

        /// <summary><c>torch.nn.ELU(alpha=1.0, inplace=False)</c></summary>
        public static ELU ELU(double alpha = 1.0, bool inplace = false) => new(alpha, inplace);

        /// <summary><c>torch.nn.Hardswish(inplace=False)</c></summary>
        public static Hardswish Hardswish(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.BatchNorm1d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true, bool bias = true) =>
            new(num_features, eps, momentum, affine, track_running_stats, bias: bias);

        /// <summary><c>torch.nn.BatchNorm2d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static BatchNorm2d BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true, bool bias = true) =>
            new(num_features, eps, momentum, affine, track_running_stats, bias: bias);

        /// <summary><c>torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static GroupNorm GroupNorm(long num_groups, long num_channels, double eps = 1e-5, bool affine = true, bool bias = true) =>
            new(num_groups, num_channels, eps, affine, bias: bias);

        private static long[] Pair((long, long) value) => [value.Item1, value.Item2];

        private static long[]? PairOrNull((long, long)? value) => value is { } v ? Pair(v) : null;
    }
}
