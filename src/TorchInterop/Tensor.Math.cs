using TorchInterop.Native;

namespace TorchInterop;

// Element-wise functions, reductions, linear algebra and shape operations.
public sealed partial class Tensor
{
    /// <summary>Mirrors TI_UNARY_OPS in native/src/ops.cpp (same order).</summary>
    internal enum UnaryOp
    {
        Neg, Sin, Cos, Tan, Exp, Log, Sqrt, Abs, Tanh, Sigmoid, Relu, Reciprocal, Floor, Ceil, Round, Sign,
        IsNan, IsInf, LogicalNot, Rsqrt, Log2, Log10, Exp2, Expm1, Log1p, Trunc, Square, IsFinite,
    }

    private Tensor Unary(UnaryOp op) => From(NativeMethods.ti_unary(this, (int)op));

    private Tensor Unary_(UnaryOp op) => InPlace(NativeMethods.ti_unary_(this, (int)op));

    /// <summary>Negation, <c>-x</c>.</summary>
    public Tensor Neg() => Unary(UnaryOp.Neg);
    /// <summary>Sine.</summary>
    public Tensor Sin() => Unary(UnaryOp.Sin);
    /// <summary>Cosine.</summary>
    public Tensor Cos() => Unary(UnaryOp.Cos);
    /// <summary>Tangent.</summary>
    public Tensor Tan() => Unary(UnaryOp.Tan);
    /// <summary>e to the power of each element.</summary>
    public Tensor Exp() => Unary(UnaryOp.Exp);
    /// <summary>Natural logarithm.</summary>
    public Tensor Log() => Unary(UnaryOp.Log);
    /// <summary>Square root.</summary>
    public Tensor Sqrt() => Unary(UnaryOp.Sqrt);
    /// <summary>Absolute value.</summary>
    public Tensor Abs() => Unary(UnaryOp.Abs);
    /// <summary>Hyperbolic tangent.</summary>
    public Tensor Tanh() => Unary(UnaryOp.Tanh);
    /// <summary>Logistic sigmoid, 1 / (1 + e^-x).</summary>
    public Tensor Sigmoid() => Unary(UnaryOp.Sigmoid);
    /// <summary>max(x, 0).</summary>
    public Tensor Relu() => Unary(UnaryOp.Relu);
    /// <summary>1 / x.</summary>
    public Tensor Reciprocal() => Unary(UnaryOp.Reciprocal);
    /// <summary>Rounds down.</summary>
    public Tensor Floor() => Unary(UnaryOp.Floor);
    /// <summary>Rounds up.</summary>
    public Tensor Ceil() => Unary(UnaryOp.Ceil);
    /// <summary>Rounds half to even.</summary>
    public Tensor Round() => Unary(UnaryOp.Round);
    /// <summary>-1, 0 or 1 by sign.</summary>
    public Tensor Sign() => Unary(UnaryOp.Sign);
    /// <summary>Truncates toward zero.</summary>
    public Tensor Trunc() => Unary(UnaryOp.Trunc);
    /// <summary>x * x.</summary>
    public Tensor Square() => Unary(UnaryOp.Square);
    /// <summary>1 / sqrt(x).</summary>
    public Tensor Rsqrt() => Unary(UnaryOp.Rsqrt);
    /// <summary>Base-2 logarithm.</summary>
    public Tensor Log2() => Unary(UnaryOp.Log2);
    /// <summary>Base-10 logarithm.</summary>
    public Tensor Log10() => Unary(UnaryOp.Log10);
    /// <summary>log(1 + x).</summary>
    public Tensor Log1p() => Unary(UnaryOp.Log1p);
    /// <summary>e^x - 1.</summary>
    public Tensor Expm1() => Unary(UnaryOp.Expm1);
    /// <summary>2^x.</summary>
    public Tensor Exp2() => Unary(UnaryOp.Exp2);
    /// <summary>Bool tensor: which elements are NaN.</summary>
    public Tensor IsNan() => Unary(UnaryOp.IsNan);
    /// <summary>Bool tensor: which elements are infinite.</summary>
    public Tensor IsInf() => Unary(UnaryOp.IsInf);
    /// <summary>Bool tensor: which elements are finite.</summary>
    public Tensor IsFinite() => Unary(UnaryOp.IsFinite);
    /// <summary>Bool tensor: logical not.</summary>
    public Tensor LogicalNot() => Unary(UnaryOp.LogicalNot);

    /// <summary>In-place <see cref="Neg"/>.</summary>
    public Tensor Neg_() => Unary_(UnaryOp.Neg);
    /// <summary>In-place <see cref="Sin"/>.</summary>
    public Tensor Sin_() => Unary_(UnaryOp.Sin);
    /// <summary>In-place <see cref="Cos"/>.</summary>
    public Tensor Cos_() => Unary_(UnaryOp.Cos);
    /// <summary>In-place <see cref="Exp"/>.</summary>
    public Tensor Exp_() => Unary_(UnaryOp.Exp);
    /// <summary>In-place <see cref="Log"/>.</summary>
    public Tensor Log_() => Unary_(UnaryOp.Log);
    /// <summary>In-place <see cref="Sqrt"/>.</summary>
    public Tensor Sqrt_() => Unary_(UnaryOp.Sqrt);
    /// <summary>In-place <see cref="Abs"/>.</summary>
    public Tensor Abs_() => Unary_(UnaryOp.Abs);
    /// <summary>In-place <see cref="Tanh"/>.</summary>
    public Tensor Tanh_() => Unary_(UnaryOp.Tanh);
    /// <summary>In-place <see cref="Sigmoid"/>.</summary>
    public Tensor Sigmoid_() => Unary_(UnaryOp.Sigmoid);
    /// <summary>In-place <see cref="Relu"/>.</summary>
    public Tensor Relu_() => Unary_(UnaryOp.Relu);

    /// <summary>Sum of all elements (Python's <c>tensor.sum()</c>).</summary>
    public Tensor Sum(DType? dtype = null) => From(NativeMethods.ti_sum(this, DtypeArg(dtype)));

    /// <summary>Sum over one dimension.</summary>
    public Tensor Sum(long dim, bool keepDim = false, DType? dtype = null) => Sum([dim], keepDim, dtype);

    // Without an int overload, C# would bind the literal in Sum(0) to the DType overload (0 converts to any enum).
    /// <inheritdoc cref="Sum(long, bool, DType?)"/>
    public Tensor Sum(int dim, bool keepDim = false, DType? dtype = null) => Sum([dim], keepDim, dtype);

    /// <summary>Sum over the given dimensions.</summary>
    public unsafe Tensor Sum(long[] dims, bool keepDim = false, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(dims);
        fixed (long* d = dims) return From(NativeMethods.ti_sum_dims(this, d, dims.Length, keepDim ? 1 : 0, DtypeArg(dtype)));
    }

    /// <summary>Mean of all elements.</summary>
    public Tensor Mean(DType? dtype = null) => From(NativeMethods.ti_mean(this, DtypeArg(dtype)));

    /// <summary>Mean over one dimension.</summary>
    public Tensor Mean(long dim, bool keepDim = false, DType? dtype = null) => Mean([dim], keepDim, dtype);

    /// <inheritdoc cref="Mean(long, bool, DType?)"/>
    public Tensor Mean(int dim, bool keepDim = false, DType? dtype = null) => Mean([dim], keepDim, dtype);

    /// <summary>Mean over the given dimensions.</summary>
    public unsafe Tensor Mean(long[] dims, bool keepDim = false, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(dims);
        fixed (long* d = dims) return From(NativeMethods.ti_mean_dims(this, d, dims.Length, keepDim ? 1 : 0, DtypeArg(dtype)));
    }

    /// <summary>The Frobenius (2-)norm of all elements, as Python's default <c>tensor.norm()</c>.</summary>
    public unsafe Tensor Norm() => From(NativeMethods.ti_norm(this, 1, default, null, 0, 0));

    /// <summary>The p-norm over all elements, or over <paramref name="dims"/> (Python's <c>tensor.norm(p, dim, keepdim)</c>).</summary>
    public unsafe Tensor Norm(Scalar p, long[]? dims = null, bool keepDim = false)
    {
        fixed (long* d = dims) return From(NativeMethods.ti_norm(this, 0, p, d, dims?.Length ?? 0, keepDim ? 1 : 0));
    }

    /// <summary>The largest element (Python's <c>tensor.max()</c>).</summary>
    public Tensor Max() => From(NativeMethods.ti_max(this));

    /// <summary>The smallest element (Python's <c>tensor.min()</c>).</summary>
    public Tensor Min() => From(NativeMethods.ti_min(this));

    /// <summary>Largest values along a dimension and where they are: <c>var (values, indices) = x.Max(1);</c></summary>
    public ValuesAndIndices Max(long dim, bool keepDim = false)
    {
        Check.Status(NativeMethods.ti_max_dim(this, dim, keepDim ? 1 : 0, out IntPtr values, out IntPtr indices));
        return new ValuesAndIndices(From(values), From(indices)) { Operation = "max" };
    }

    /// <summary>Smallest values along a dimension and where they are: <c>var (values, indices) = x.Min(1);</c></summary>
    public ValuesAndIndices Min(long dim, bool keepDim = false)
    {
        Check.Status(NativeMethods.ti_min_dim(this, dim, keepDim ? 1 : 0, out IntPtr values, out IntPtr indices));
        return new ValuesAndIndices(From(values), From(indices)) { Operation = "min" };
    }

    /// <summary>Dot product of two 1-D tensors.</summary>
    public Tensor Dot(Tensor other) => From(NativeMethods.ti_dot(this, H(other)));

    /// <summary>Matrix product of two 2-D tensors.</summary>
    public Tensor Mm(Tensor other) => From(NativeMethods.ti_mm(this, H(other)));

    /// <summary>Matrix product with broadcasting (Python's <c>@</c>).</summary>
    public Tensor Matmul(Tensor other) => From(NativeMethods.ti_matmul(this, H(other)));

    /// <summary>A tensor with the same data in a new shape (a view when possible); one size may be -1.</summary>
    public unsafe Tensor Reshape(params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        fixed (long* s = shape) return From(NativeMethods.ti_reshape(this, s, shape.Length));
    }

    /// <summary>A view with a new shape; fails when the memory layout does not allow it.</summary>
    public unsafe Tensor View(params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        fixed (long* s = shape) return From(NativeMethods.ti_view(this, s, shape.Length));
    }

    /// <summary>
    /// Python's <c>x.T</c>: the dimensions in reverse order (a permutation, <c>PermuteBackward0</c>). Python's
    /// <c>x.t()</c>, the transpose of a tensor of at most 2 dimensions (<c>TBackward0</c>), is <see cref="Torch.T"/>.
    /// </summary>
    public Tensor T => NumpyT();

    /// <summary>Swaps two dimensions.</summary>
    public Tensor Transpose(long dim0, long dim1) => From(NativeMethods.ti_transpose(this, dim0, dim1));

    /// <summary>The slice at <paramref name="index"/> along <paramref name="dim"/>, with that dimension removed.</summary>
    public Tensor Select(long dim, long index) => From(NativeMethods.ti_select(this, dim, index));

    /// <summary>Elements <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) along a dimension, as Python's <c>x[start:end:step]</c>.</summary>
    public Tensor Slice(long dim, long? start, long? end, long step = 1) =>
        From(NativeMethods.ti_slice(this, dim, start.HasValue ? 1 : 0, start ?? 0, end.HasValue ? 1 : 0, end ?? 0, step));

    /// <summary>Inserts a dimension of size one.</summary>
    public Tensor Unsqueeze(long dim) => From(NativeMethods.ti_unsqueeze(this, dim));

    /// <summary>A copy converted to <paramref name="dtype"/> (Python's <c>tensor.to(dtype)</c>).</summary>
    public Tensor To(DType dtype) => From(NativeMethods.ti_to_dtype(this, (int)dtype));

    /// <summary>Same as <see cref="To(DType)"/>.</summary>
    public Tensor ToDtype(DType dtype) => To(dtype);

    /// <summary>Python's <c>tensor.to(dtype, memory_format=...)</c>: the dtype and the memory layout in one copy.</summary>
    public unsafe Tensor To(DType dtype, MemoryFormat memoryFormat)
    {
        IntPtr result;
        Check.Status(NativeMethods.tig_to_dtype(&result, this, (int)dtype, 0, 0, (int)memoryFormat));
        return From(result);
    }

    /// <summary>Python's <c>tensor.double()</c>.</summary>
    public Tensor Double() => To(DType.Float64);

    /// <summary>Python's <c>tensor.double(memory_format=...)</c>.</summary>
    public Tensor Double(MemoryFormat memoryFormat) => To(DType.Float64, memoryFormat);

    /// <summary>Python's <c>tensor.float()</c>.</summary>
    public Tensor Float() => To(DType.Float32);

    /// <summary>Python's <c>tensor.float(memory_format=...)</c>.</summary>
    public Tensor Float(MemoryFormat memoryFormat) => To(DType.Float32, memoryFormat);

    /// <summary>Python's <c>tensor.long()</c>.</summary>
    public Tensor Long() => To(DType.Int64);

    /// <summary>Python's <c>tensor.long(memory_format=...)</c>.</summary>
    public Tensor Long(MemoryFormat memoryFormat) => To(DType.Int64, memoryFormat);

    /// <summary>A copy with its own memory, recorded by autograd.</summary>
    public Tensor Clone() => From(NativeMethods.ti_clone(this));

    /// <summary>This tensor if its memory is contiguous, otherwise a contiguous copy.</summary>
    public Tensor Contiguous() => From(NativeMethods.ti_contiguous(this));

    /// <summary>Copies <paramref name="source"/> (broadcast) into this tensor; returns this tensor.</summary>
    public Tensor Copy_(Tensor source) => InPlace(NativeMethods.ti_copy_(this, H(source)));

    /// <summary>Sets every element to <paramref name="value"/>; returns this tensor.</summary>
    public Tensor Fill_(Scalar value) => InPlace(NativeMethods.ti_fill_(this, value));

    /// <summary>Sets every element to zero; returns this tensor (so <c>x.Grad.Zero_()</c> works as in Python).</summary>
    public Tensor Zero_() => InPlace(NativeMethods.ti_zero_(this));

    /// <summary>The elements where <paramref name="mask"/> is true, as a 1-D tensor.</summary>
    public Tensor MaskedSelect(Tensor mask) => From(NativeMethods.ti_masked_select(this, H(mask)));

    private static int DtypeArg(DType? dtype) => dtype is { } d ? (int)d : -1;
}
