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
            /// <summary>
            /// <c>F.conv1d(input, weight, bias=None, padding='same')</c> with the string padding by keyword and the stride
            /// left out (the positional overload takes <c>F.conv1d(x, w, b, 1, 'same')</c>).
            /// </summary>
            public static Tensor conv1d(Tensor input, Tensor weight, string padding, Tensor? bias = null, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv1d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv2d(input, weight, bias=None, padding='same')</c> with the string padding by keyword.</summary>
            public static Tensor conv2d(Tensor input, Tensor weight, string padding, Tensor? bias = null, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv2d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv3d(input, weight, bias=None, padding='same')</c> with the string padding by keyword.</summary>
            public static Tensor conv3d(Tensor input, Tensor weight, string padding, Tensor? bias = null, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv3d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv1d(input, weight, bias, padding='same')</c>: the bias by position, the string padding by keyword.</summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias, string padding, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv1d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv2d(input, weight, bias, padding='same')</c>: the bias by position, the string padding by keyword.</summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias, string padding, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv2d(input, weight, bias, stride, padding, dilation, groups);

            /// <summary><c>F.conv3d(input, weight, bias, padding='same')</c>: the bias by position, the string padding by keyword.</summary>
            public static Tensor conv3d(Tensor input, Tensor weight, Tensor? bias, string padding, IntOrTuple? stride = null,
                IntOrTuple? dilation = null, long groups = 1) => F.Conv3d(input, weight, bias, stride, padding, dilation, groups);
        }
    }
}
#pragma warning restore CS8981, IDE1006
