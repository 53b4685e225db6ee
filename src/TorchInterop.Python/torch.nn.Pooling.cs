using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static MaxPool1d MaxPool1d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool ceil_mode = false) => new(kernel_size, stride, padding, dilation, ceil_mode);

        /// <summary><c>torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static MaxPool2d MaxPool2d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool ceil_mode = false) => new(kernel_size, stride, padding, dilation, ceil_mode);

        /// <summary><c>torch.nn.MaxPool3d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static MaxPool3d MaxPool3d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null,
            bool ceil_mode = false) => new(kernel_size, stride, padding, dilation, ceil_mode);

        /// <summary><c>torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c></summary>
        public static AvgPool1d AvgPool1d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceil_mode = false,
            bool count_include_pad = true) => new(kernel_size, stride, padding, ceil_mode, count_include_pad);

        /// <summary><c>torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c></summary>
        public static AvgPool2d AvgPool2d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceil_mode = false,
            bool count_include_pad = true, long? divisor_override = null) => new(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

        /// <summary><c>torch.nn.AvgPool3d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c></summary>
        public static AvgPool3d AvgPool3d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceil_mode = false,
            bool count_include_pad = true, long? divisor_override = null) => new(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

        /// <summary><c>torch.nn.AdaptiveAvgPool1d(output_size)</c></summary>
        public static AdaptiveAvgPool1d AdaptiveAvgPool1d(IntOrTuple output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveAvgPool3d(output_size)</c></summary>
        public static AdaptiveAvgPool3d AdaptiveAvgPool3d(IntOrTuple output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveAvgPool3d((None, 3, 4))</c>: written <c>[null, 3, 4]</c>.</summary>
        public static AdaptiveAvgPool3d AdaptiveAvgPool3d(long?[] output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveMaxPool1d(output_size)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static AdaptiveMaxPool1d AdaptiveMaxPool1d(IntOrTuple output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveMaxPool2d(output_size)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static AdaptiveMaxPool2d AdaptiveMaxPool2d(IntOrTuple output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveMaxPool2d((None, 3))</c>: written <c>[null, 3]</c>.</summary>
        public static AdaptiveMaxPool2d AdaptiveMaxPool2d(long?[] output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveMaxPool3d(output_size)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static AdaptiveMaxPool3d AdaptiveMaxPool3d(IntOrTuple output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveMaxPool3d((None, 3, 4))</c>: written <c>[null, 3, 4]</c>.</summary>
        public static AdaptiveMaxPool3d AdaptiveMaxPool3d(long?[] output_size) => new(output_size);

        /// <summary><c>torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)</c></summary>
        public static LPPool1d LPPool1d(long norm_type, long kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);

        /// <summary><c>torch.nn.LPPool1d(1.5, kernel_size, ...)</c>: a real power.</summary>
        public static LPPool1d LPPool1d(double norm_type, long kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);

        /// <summary><c>torch.nn.LPPool2d(norm_type, kernel_size, stride=None, ceil_mode=False)</c></summary>
        public static LPPool2d LPPool2d(long norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);

        /// <summary><c>torch.nn.LPPool2d(1.5, kernel_size, ...)</c>: a real power.</summary>
        public static LPPool2d LPPool2d(double norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);

#if LIBTORCH_2
        /// <summary><c>torch.nn.LPPool3d(norm_type, kernel_size, stride=None, ceil_mode=False)</c> (PyTorch 2.x)</summary>
        public static LPPool3d LPPool3d(long norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);

        /// <summary><c>torch.nn.LPPool3d(1.5, kernel_size, ...)</c>: a real power (PyTorch 2.x).</summary>
        public static LPPool3d LPPool3d(double norm_type, IntOrTuple kernel_size, IntOrTuple? stride = null, bool ceil_mode = false) => new(norm_type, kernel_size, stride, ceil_mode);
#endif

        /// <summary><c>torch.nn.MaxUnpool1d(kernel_size, stride=None, padding=0)</c>; called as <c>unpool.forward(input, indices, output_size)</c>.</summary>
        public static MaxUnpool1d MaxUnpool1d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null) => new(kernel_size, stride, padding);

        /// <summary><c>torch.nn.MaxUnpool2d(kernel_size, stride=None, padding=0)</c>; called as <c>unpool.forward(input, indices, output_size)</c>.</summary>
        public static MaxUnpool2d MaxUnpool2d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null) => new(kernel_size, stride, padding);

        /// <summary><c>torch.nn.MaxUnpool3d(kernel_size, stride=None, padding=0)</c>; called as <c>unpool.forward(input, indices, output_size)</c>.</summary>
        public static MaxUnpool3d MaxUnpool3d(IntOrTuple kernel_size, IntOrTuple? stride = null, IntOrTuple? padding = null) => new(kernel_size, stride, padding);

        /// <summary><c>torch.nn.FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static FractionalMaxPool2d FractionalMaxPool2d(IntOrTuple kernel_size, IntOrTuple? output_size = null, FloatOrTuple? output_ratio = null,
            Tensor? _random_samples = null) => new(kernel_size, output_size, output_ratio, _random_samples);

        /// <summary><c>torch.nn.FractionalMaxPool3d(kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c>; with <c>return_indices=True</c> see the overload that takes it.</summary>
        public static FractionalMaxPool3d FractionalMaxPool3d(IntOrTuple kernel_size, IntOrTuple? output_size = null, FloatOrTuple? output_ratio = null,
            Tensor? _random_samples = null) => new(kernel_size, output_size, output_ratio, _random_samples);
    }
}
#pragma warning restore CS8981, IDE1006
