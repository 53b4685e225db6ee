#if LIBTORCH_2
namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// PyTorch 2.x's <c>F.grouped_mm(mat_a, mat_b, *, offs=None, bias=None, out_dtype=None)</c>: per-group matrix
    /// products, groups given by a 3-D operand's first dimension or by the int32 <paramref name="offs"/> of a 2-D one
    /// (ATen's <c>_grouped_mm</c>, with its checks and messages).
    /// </summary>
    public static Tensor GroupedMm(Tensor matA, Tensor matB, Tensor? offs = null, Tensor? bias = null, DType? outDtype = null) =>
        Torch._GroupedMm(matA, matB, offs, bias, outDtype);

    /// <summary>
    /// PyTorch 2.x's <c>F.scaled_mm(mat_a, mat_b, scale_a, scale_recipe_a, scale_b, scale_recipe_b, swizzle_a=None,
    /// swizzle_b=None, bias=None, output_dtype=torch.bfloat16, contraction_dim=(), use_fast_accum=False)</c>: the
    /// product of low-precision (fp8/fp4) operands decoded by their scales (ATen's <c>_scaled_mm_v2</c>).
    /// </summary>
    public static Tensor ScaledMm(Tensor matA, Tensor matB, IReadOnlyList<Tensor> scaleA, IReadOnlyList<ScalingType> scaleRecipeA,
        IReadOnlyList<Tensor> scaleB, IReadOnlyList<ScalingType> scaleRecipeB, IReadOnlyList<SwizzleType>? swizzleA = null,
        IReadOnlyList<SwizzleType>? swizzleB = null, Tensor? bias = null, DType? outputDtype = DType.BFloat16, long[]? contractionDim = null,
        bool useFastAccum = false) =>
        Torch._ScaledMmV2(matA, matB, scaleA, Values(scaleRecipeA), Values(swizzleA), scaleB, Values(scaleRecipeB), Values(swizzleB),
            bias, outputDtype, contractionDim ?? [], useFastAccum);

    /// <summary>
    /// PyTorch 2.x's <c>F.scaled_grouped_mm(mat_a, mat_b, scale_a, scale_recipe_a, scale_b, scale_recipe_b, swizzle_a=None,
    /// swizzle_b=None, bias=None, offs=None, output_dtype=torch.bfloat16, contraction_dim=(), use_fast_accum=False)</c>:
    /// <see cref="GroupedMm"/> of scaled low-precision operands (ATen's <c>_scaled_grouped_mm_v2</c>).
    /// </summary>
    public static Tensor ScaledGroupedMm(Tensor matA, Tensor matB, IReadOnlyList<Tensor> scaleA, IReadOnlyList<ScalingType> scaleRecipeA,
        IReadOnlyList<Tensor> scaleB, IReadOnlyList<ScalingType> scaleRecipeB, IReadOnlyList<SwizzleType>? swizzleA = null,
        IReadOnlyList<SwizzleType>? swizzleB = null, Tensor? bias = null, Tensor? offs = null, DType? outputDtype = DType.BFloat16,
        long[]? contractionDim = null, bool useFastAccum = false) =>
        Torch._ScaledGroupedMmV2(matA, matB, scaleA, Values(scaleRecipeA), Values(swizzleA), scaleB, Values(scaleRecipeB), Values(swizzleB),
            offs, bias, outputDtype, contractionDim ?? [], useFastAccum);

    // _enum_list_as_int_list: the enums' values, an empty list for None.
    private static long[] Values<TEnum>(IReadOnlyList<TEnum>? items) where TEnum : struct, Enum =>
        items is null ? [] : [.. items.Select(i => Convert.ToInt64(i, System.Globalization.CultureInfo.InvariantCulture))];
}
#endif
