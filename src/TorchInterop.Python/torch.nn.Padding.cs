using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.ConstantPad1d(padding, value)</c></summary>
        public static ConstantPad1d ConstantPad1d(IntOrTuple padding, Scalar value) => new(padding, value);

        /// <summary><c>torch.nn.ConstantPad2d(padding, value)</c></summary>
        public static ConstantPad2d ConstantPad2d(IntOrTuple padding, Scalar value) => new(padding, value);

        /// <summary><c>torch.nn.ConstantPad3d(padding, value)</c></summary>
        public static ConstantPad3d ConstantPad3d(IntOrTuple padding, Scalar value) => new(padding, value);

        /// <summary><c>torch.nn.ZeroPad2d(padding)</c></summary>
        public static ZeroPad2d ZeroPad2d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReflectionPad1d(padding)</c></summary>
        public static ReflectionPad1d ReflectionPad1d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReflectionPad2d(padding)</c></summary>
        public static ReflectionPad2d ReflectionPad2d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReflectionPad3d(padding)</c></summary>
        public static ReflectionPad3d ReflectionPad3d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReplicationPad1d(padding)</c></summary>
        public static ReplicationPad1d ReplicationPad1d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReplicationPad2d(padding)</c></summary>
        public static ReplicationPad2d ReplicationPad2d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ReplicationPad3d(padding)</c></summary>
        public static ReplicationPad3d ReplicationPad3d(IntOrTuple padding) => new(padding);

#if LIBTORCH_2
        /// <summary><c>torch.nn.ZeroPad1d(padding)</c> (PyTorch 2.x)</summary>
        public static ZeroPad1d ZeroPad1d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.ZeroPad3d(padding)</c> (PyTorch 2.x)</summary>
        public static ZeroPad3d ZeroPad3d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.CircularPad1d(padding)</c> (PyTorch 2.x)</summary>
        public static CircularPad1d CircularPad1d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.CircularPad2d(padding)</c> (PyTorch 2.x)</summary>
        public static CircularPad2d CircularPad2d(IntOrTuple padding) => new(padding);

        /// <summary><c>torch.nn.CircularPad3d(padding)</c> (PyTorch 2.x)</summary>
        public static CircularPad3d CircularPad3d(IntOrTuple padding) => new(padding);
#endif

        /// <summary><c>torch.nn.PixelShuffle(upscale_factor)</c></summary>
        public static PixelShuffle PixelShuffle(long upscale_factor) => new(upscale_factor);

        /// <summary><c>torch.nn.PixelUnshuffle(downscale_factor)</c></summary>
        public static PixelUnshuffle PixelUnshuffle(long downscale_factor) => new(downscale_factor);

        /// <summary><c>torch.nn.ChannelShuffle(groups)</c></summary>
        public static ChannelShuffle ChannelShuffle(long groups) => new(groups);

        /// <summary><c>torch.nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)</c></summary>
        public static Fold Fold(IntOrTuple output_size, IntOrTuple kernel_size, IntOrTuple? dilation = null, IntOrTuple? padding = null,
            IntOrTuple? stride = null) => new(output_size, kernel_size, dilation, padding, stride);

        /// <summary><c>torch.nn.Unfold(kernel_size, dilation=1, padding=0, stride=1)</c></summary>
        public static Unfold Unfold(IntOrTuple kernel_size, IntOrTuple? dilation = null, IntOrTuple? padding = null, IntOrTuple? stride = null) =>
            new(kernel_size, dilation, padding, stride);

        /// <summary><c>torch.nn.Identity()</c></summary>
        public static Identity Identity() => new();

        /// <summary><c>torch.nn.Unflatten(dim, unflattened_size)</c></summary>
        public static Unflatten Unflatten(long dim, IntOrTuple unflattened_size) => new(dim, unflattened_size);
    }
}
#pragma warning restore CS8981, IDE1006
