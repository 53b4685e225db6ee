using System.Runtime.CompilerServices;
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
            /// <summary><c>F.interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None, antialias=False)</c></summary>
            public static Tensor interpolate(Tensor input, IntOrTuple? size = null, FloatOrTuple? scale_factor = null, string mode = "nearest",
                bool? align_corners = null, bool? recompute_scale_factor = null, bool antialias = false) =>
                F.Interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor, antialias);

            /// <summary><c>F.upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None)</c> (deprecated)</summary>
            public static Tensor upsample(Tensor input, IntOrTuple? size = null, FloatOrTuple? scale_factor = null, string mode = "nearest",
                bool? align_corners = null) => F.Upsample(input, size, scale_factor, mode, align_corners);

            /// <summary><c>F.upsample_nearest(input, size=None, scale_factor=None)</c> (deprecated)</summary>
            public static Tensor upsample_nearest(Tensor input, IntOrTuple? size = null, FloatOrTuple? scale_factor = null) =>
                F.UpsampleNearest(input, size, scale_factor);

            /// <summary><c>F.upsample_bilinear(input, size=None, scale_factor=None)</c> (deprecated)</summary>
            public static Tensor upsample_bilinear(Tensor input, IntOrTuple? size = null, FloatOrTuple? scale_factor = null) =>
                F.UpsampleBilinear(input, size, scale_factor);

            /// <summary><c>F.grid_sample(input, grid, mode='bilinear', padding_mode='zeros', align_corners=None)</c></summary>
            public static Tensor grid_sample(Tensor input, Tensor grid, string mode = "bilinear", string padding_mode = "zeros", bool? align_corners = null) =>
                F.GridSample(input, grid, mode, padding_mode, align_corners);

            /// <summary><c>F.affine_grid(theta, size, align_corners=None)</c> with the size as a list or tuple.</summary>
            public static Tensor affine_grid(Tensor theta, IntOrTuple size, bool? align_corners = null) => F.AffineGrid(theta, size, align_corners);

            /// <summary>
            /// <c>F.affine_grid(theta, [N, C, H, W], align_corners=None)</c> with the size as a list or as a <c>torch.Size</c>
            /// (<c>x.size()</c>), which the messages print as Python does. One overload for both: a <c>torch.Size</c>
            /// converts to an array, so separate overloads would make <c>[]</c> ambiguous or send a Size to the list's.
            /// </summary>
            [OverloadResolutionPriority(1)] // an array is a list here, not an int-or-tuple
            public static Tensor affine_grid(Tensor theta, IReadOnlyList<long> size, bool? align_corners = null)
            {
                ArgumentNullException.ThrowIfNull(size);
                if (size is Size torchSize) return F.AffineGrid(theta, [.. torchSize], torchSize.ToString(), align_corners);
                return F.AffineGrid(theta, (IntOrTuple)size.ToArray(), align_corners);
            }
        }

        /// <summary><c>torch.nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)</c></summary>
        public static Upsample Upsample(IntOrTuple? size = null, FloatOrTuple? scale_factor = null, string mode = "nearest", bool? align_corners = null,
            bool? recompute_scale_factor = null) => new(size, scale_factor, mode, align_corners, recompute_scale_factor);

        /// <summary><c>torch.nn.UpsamplingNearest2d(size=None, scale_factor=None)</c></summary>
        public static UpsamplingNearest2d UpsamplingNearest2d(IntOrTuple? size = null, FloatOrTuple? scale_factor = null) => new(size, scale_factor);

        /// <summary><c>torch.nn.UpsamplingBilinear2d(size=None, scale_factor=None)</c></summary>
        public static UpsamplingBilinear2d UpsamplingBilinear2d(IntOrTuple? size = null, FloatOrTuple? scale_factor = null) => new(size, scale_factor);
    }
}
#pragma warning restore CS8981, IDE1006
