#if LIBTORCH_2
namespace TorchInterop.NN;

/// <summary>PyTorch 2.x's <c>torch.nn.functional.ScalingType</c>: how a scaled matmul operand was scaled (values as ATen's).</summary>
public enum ScalingType
{
    /// <summary><c>TensorWise</c>: one scale for the whole tensor.</summary>
    TensorWise = 0,
    /// <summary><c>RowWise</c>: one scale per row.</summary>
    RowWise = 1,
    /// <summary><c>BlockWise1x16</c>.</summary>
    BlockWise1x16 = 2,
    /// <summary><c>BlockWise1x32</c>.</summary>
    BlockWise1x32 = 3,
    /// <summary><c>BlockWise1x128</c>.</summary>
    BlockWise1x128 = 4,
    /// <summary><c>BlockWise128x128</c>.</summary>
    BlockWise128x128 = 5,
}

/// <summary>PyTorch 2.x's <c>torch.nn.functional.SwizzleType</c>: the layout of a scale tensor (values as ATen's).</summary>
public enum SwizzleType
{
    /// <summary><c>NO_SWIZZLE</c>.</summary>
    NoSwizzle = 0,
    /// <summary><c>SWIZZLE_32_4_4</c>.</summary>
    Swizzle32x4x4 = 1,
}
#endif
