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
            /// <summary><c>F.conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c></summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv1d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv1d(..., padding='same')</c></summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null,
                long groups = 1) => F.Conv1d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c></summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv2d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv2d(..., padding='same')</c></summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null,
                long groups = 1) => F.Conv2d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c></summary>
            public static Tensor conv3d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv3d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv3d(..., padding='same')</c></summary>
            public static Tensor conv3d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null,
                long groups = 1) => F.Conv3d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c></summary>
            public static Tensor conv_transpose1d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_padding = null, long groups = 1, IntOrTuple? dilation = null) =>
                F.ConvTranspose1d(input, weight, bias, stride, padding, output_padding, groups, dilation);

            /// <summary><c>F.conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c></summary>
            public static Tensor conv_transpose2d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_padding = null, long groups = 1, IntOrTuple? dilation = null) =>
                F.ConvTranspose2d(input, weight, bias, stride, padding, output_padding, groups, dilation);

            /// <summary><c>F.conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c></summary>
            public static Tensor conv_transpose3d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
                IntOrTuple? output_padding = null, long groups = 1, IntOrTuple? dilation = null) =>
                F.ConvTranspose3d(input, weight, bias, stride, padding, output_padding, groups, dilation);

            /// <summary><c>F.conv_tbc(input, weight, bias, pad=0)</c></summary>
            public static Tensor conv_tbc(Tensor input, Tensor weight, Tensor bias, long pad = 0) => F.ConvTbc(input, weight, bias, pad);

            /// <summary><c>F.unfold(input, kernel_size, dilation=1, padding=0, stride=1)</c></summary>
            public static Tensor unfold(Tensor input, IntOrTuple kernel_size, IntOrTuple? dilation = null, IntOrTuple? padding = null, IntOrTuple? stride = null) =>
                F.Unfold(input, kernel_size, dilation, padding, stride);

            /// <summary><c>F.fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1)</c></summary>
            public static Tensor fold(Tensor input, IntOrTuple output_size, IntOrTuple kernel_size, IntOrTuple? dilation = null, IntOrTuple? padding = null,
                IntOrTuple? stride = null) => F.Fold(input, output_size, kernel_size, dilation, padding, stride);

            /// <summary><c>F.linear(input, weight, bias=None)</c></summary>
            public static Tensor linear(Tensor input, Tensor weight, Tensor? bias = null) => F.Linear(input, weight, bias);

            /// <summary><c>F.bilinear(input1, input2, weight, bias=None)</c></summary>
            public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias = null) => F.Bilinear(input1, input2, weight, bias);

            /// <summary><c>F.pad(input, pad, mode='constant', value=None)</c></summary>
            public static Tensor pad(Tensor input, long[] pad, string mode = "constant", double? value = null) => F.Pad(input, pad, mode, value);

            /// <summary><c>F.pixel_shuffle(input, upscale_factor)</c></summary>
            public static Tensor pixel_shuffle(Tensor input, long upscale_factor) => F.PixelShuffle(input, upscale_factor);

            /// <summary><c>F.pixel_unshuffle(input, downscale_factor)</c></summary>
            public static Tensor pixel_unshuffle(Tensor input, long downscale_factor) => F.PixelUnshuffle(input, downscale_factor);

            /// <summary><c>F.channel_shuffle(input, groups)</c></summary>
            public static Tensor channel_shuffle(Tensor input, long groups) => F.ChannelShuffle(input, groups);

            /// <summary><c>F.native_channel_shuffle(input, groups)</c></summary>
            public static Tensor native_channel_shuffle(Tensor input, long groups) => F.NativeChannelShuffle(input, groups);

            /// <summary><c>F.one_hot(tensor, num_classes=-1)</c></summary>
            public static Tensor one_hot(Tensor tensor, long num_classes = -1) => F.OneHot(tensor, num_classes);

            /// <summary><c>F.embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)</c></summary>
            public static Tensor embedding(Tensor input, Tensor weight, long? padding_idx = null, double? max_norm = null, double norm_type = 2.0,
                bool scale_grad_by_freq = false, bool sparse = false) =>
                F.Embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse);

            /// <summary><c>F.embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean', sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None)</c></summary>
            public static Tensor embedding_bag(Tensor input, Tensor weight, Tensor? offsets = null, double? max_norm = null, double norm_type = 2,
                bool scale_grad_by_freq = false, string mode = "mean", bool sparse = false, Tensor? per_sample_weights = null,
                bool include_last_offset = false, long? padding_idx = null) =>
                F.EmbeddingBag(input, weight, offsets, max_norm, norm_type, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx);
        }
    }
}
#pragma warning restore CS8981, IDE1006
