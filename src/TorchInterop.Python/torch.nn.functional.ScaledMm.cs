#if LIBTORCH_2
using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006, CA1707 // Python's names (lowercase, underscores) are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary><c>F.ScalingType</c>: how a scaled matmul operand was scaled.</summary>
            public enum ScalingType
            {
                /// <summary><c>ScalingType.TensorWise</c></summary>
                TensorWise = NN.ScalingType.TensorWise,
                /// <summary><c>ScalingType.RowWise</c></summary>
                RowWise = NN.ScalingType.RowWise,
                /// <summary><c>ScalingType.BlockWise1x16</c></summary>
                BlockWise1x16 = NN.ScalingType.BlockWise1x16,
                /// <summary><c>ScalingType.BlockWise1x32</c></summary>
                BlockWise1x32 = NN.ScalingType.BlockWise1x32,
                /// <summary><c>ScalingType.BlockWise1x128</c></summary>
                BlockWise1x128 = NN.ScalingType.BlockWise1x128,
                /// <summary><c>ScalingType.BlockWise128x128</c></summary>
                BlockWise128x128 = NN.ScalingType.BlockWise128x128,
            }

            /// <summary><c>F.SwizzleType</c>: the layout of a scale tensor.</summary>
            public enum SwizzleType
            {
                /// <summary><c>SwizzleType.NO_SWIZZLE</c></summary>
                NO_SWIZZLE = NN.SwizzleType.NoSwizzle,
                /// <summary><c>SwizzleType.SWIZZLE_32_4_4</c></summary>
                SWIZZLE_32_4_4 = NN.SwizzleType.Swizzle32x4x4,
            }

            /// <summary><c>F.grouped_mm(mat_a, mat_b, *, offs=None, bias=None, out_dtype=None)</c></summary>
            public static Tensor grouped_mm(Tensor mat_a, Tensor mat_b, Tensor? offs = null, Tensor? bias = null, DType? out_dtype = null) =>
                F.GroupedMm(mat_a, mat_b, offs, bias, out_dtype);

            /// <summary><c>F.scaled_mm(mat_a, mat_b, scale_a, scale_recipe_a, scale_b, scale_recipe_b, swizzle_a=None, swizzle_b=None, bias=None, output_dtype=torch.bfloat16, contraction_dim=(), use_fast_accum=False)</c> with one scale per operand.</summary>
            public static Tensor scaled_mm(Tensor mat_a, Tensor mat_b, Tensor scale_a, ScalingType scale_recipe_a, Tensor scale_b, ScalingType scale_recipe_b,
                SwizzleType? swizzle_a = null, SwizzleType? swizzle_b = null, Tensor? bias = null, DType? output_dtype = DType.BFloat16,
                long[]? contraction_dim = null, bool use_fast_accum = false) =>
                F.ScaledMm(mat_a, mat_b, [scale_a], [Recipe(scale_recipe_a)], [scale_b], [Recipe(scale_recipe_b)], Swizzles(swizzle_a), Swizzles(swizzle_b),
                    bias, output_dtype, contraction_dim, use_fast_accum);

            /// <summary><c>F.scaled_mm(...)</c> with lists of scales and recipes.</summary>
            public static Tensor scaled_mm(Tensor mat_a, Tensor mat_b, Tensor[] scale_a, ScalingType[] scale_recipe_a, Tensor[] scale_b, ScalingType[] scale_recipe_b,
                SwizzleType[]? swizzle_a = null, SwizzleType[]? swizzle_b = null, Tensor? bias = null, DType? output_dtype = DType.BFloat16,
                long[]? contraction_dim = null, bool use_fast_accum = false) =>
                F.ScaledMm(mat_a, mat_b, scale_a, Recipes(scale_recipe_a), scale_b, Recipes(scale_recipe_b), Swizzles(swizzle_a), Swizzles(swizzle_b),
                    bias, output_dtype, contraction_dim, use_fast_accum);

            /// <summary><c>F.scaled_grouped_mm(mat_a, mat_b, scale_a, scale_recipe_a, scale_b, scale_recipe_b, swizzle_a=None, swizzle_b=None, bias=None, offs=None, output_dtype=torch.bfloat16, contraction_dim=(), use_fast_accum=False)</c> with one scale per operand.</summary>
            public static Tensor scaled_grouped_mm(Tensor mat_a, Tensor mat_b, Tensor scale_a, ScalingType scale_recipe_a, Tensor scale_b, ScalingType scale_recipe_b,
                SwizzleType? swizzle_a = null, SwizzleType? swizzle_b = null, Tensor? bias = null, Tensor? offs = null, DType? output_dtype = DType.BFloat16,
                long[]? contraction_dim = null, bool use_fast_accum = false) =>
                F.ScaledGroupedMm(mat_a, mat_b, [scale_a], [Recipe(scale_recipe_a)], [scale_b], [Recipe(scale_recipe_b)], Swizzles(swizzle_a), Swizzles(swizzle_b),
                    bias, offs, output_dtype, contraction_dim, use_fast_accum);

            /// <summary><c>F.scaled_grouped_mm(...)</c> with lists of scales and recipes.</summary>
            public static Tensor scaled_grouped_mm(Tensor mat_a, Tensor mat_b, Tensor[] scale_a, ScalingType[] scale_recipe_a, Tensor[] scale_b, ScalingType[] scale_recipe_b,
                SwizzleType[]? swizzle_a = null, SwizzleType[]? swizzle_b = null, Tensor? bias = null, Tensor? offs = null, DType? output_dtype = DType.BFloat16,
                long[]? contraction_dim = null, bool use_fast_accum = false) =>
                F.ScaledGroupedMm(mat_a, mat_b, scale_a, Recipes(scale_recipe_a), scale_b, Recipes(scale_recipe_b), Swizzles(swizzle_a), Swizzles(swizzle_b),
                    bias, offs, output_dtype, contraction_dim, use_fast_accum);

            private static NN.ScalingType Recipe(ScalingType recipe) => (NN.ScalingType)recipe;

            private static NN.ScalingType[] Recipes(ScalingType[] recipes) => [.. recipes.Select(Recipe)];

            private static NN.SwizzleType[]? Swizzles(SwizzleType? swizzle) => swizzle is { } s ? [(NN.SwizzleType)s] : null;

            private static NN.SwizzleType[]? Swizzles(SwizzleType[]? swizzles) => swizzles is null ? null : [.. swizzles.Select(s => (NN.SwizzleType)s)];
        }
    }
}
#endif
