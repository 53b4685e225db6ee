using TorchInterop.Native;

namespace TorchInterop;

// Element-wise functions, reductions, linear algebra and shape operations.
public sealed partial class Tensor
{
    private unsafe Tensor Unary(delegate*<IntPtr*, Tensor, int> op)
    {
        IntPtr result;
        Check.Status(op(&result, this));
        return From(result);
    }

    private unsafe Tensor Unary_(delegate*<Tensor, int> op) => InPlace(op(this));

    private unsafe Tensor Binary(delegate*<IntPtr*, Tensor, Tensor, int> op, Tensor other)
    {
        IntPtr result;
        Check.Status(op(&result, this, other));
        return From(result);
    }

    /// <summary>Negation, <c>-x</c>.</summary>
    public unsafe Tensor Neg() => Unary(&NativeMethods.tig_neg);
    /// <summary>Sine.</summary>
    public unsafe Tensor Sin() => Unary(&NativeMethods.tig_sin);
    /// <summary>Cosine.</summary>
    public unsafe Tensor Cos() => Unary(&NativeMethods.tig_cos);
    /// <summary>Tangent.</summary>
    public unsafe Tensor Tan() => Unary(&NativeMethods.tig_tan);
    /// <summary>e to the power of each element.</summary>
    public unsafe Tensor Exp() => Unary(&NativeMethods.tig_exp);
    /// <summary>Natural logarithm.</summary>
    public unsafe Tensor Log() => Unary(&NativeMethods.tig_log);
    /// <summary>Square root.</summary>
    public unsafe Tensor Sqrt() => Unary(&NativeMethods.tig_sqrt);
    /// <summary>Absolute value.</summary>
    public unsafe Tensor Abs() => Unary(&NativeMethods.tig_abs);
    /// <summary>Hyperbolic tangent.</summary>
    public unsafe Tensor Tanh() => Unary(&NativeMethods.tig_tanh);
    /// <summary>Logistic sigmoid, 1 / (1 + e^-x).</summary>
    public unsafe Tensor Sigmoid() => Unary(&NativeMethods.tig_sigmoid);
    /// <summary>max(x, 0).</summary>
    public unsafe Tensor Relu() => Unary(&NativeMethods.tig_relu);
    /// <summary>1 / x.</summary>
    public unsafe Tensor Reciprocal() => Unary(&NativeMethods.tig_reciprocal);
    /// <summary>Rounds down.</summary>
    public unsafe Tensor Floor() => Unary(&NativeMethods.tig_floor);
    /// <summary>Rounds up.</summary>
    public unsafe Tensor Ceil() => Unary(&NativeMethods.tig_ceil);
    /// <summary>Rounds half to even.</summary>
    public unsafe Tensor Round() => Unary(&NativeMethods.tig_round);
    /// <summary>-1, 0 or 1 by sign.</summary>
    public unsafe Tensor Sign() => Unary(&NativeMethods.tig_sign);
    /// <summary>Truncates toward zero.</summary>
    public unsafe Tensor Trunc() => Unary(&NativeMethods.tig_trunc);
    /// <summary>x * x.</summary>
    public unsafe Tensor Square() => Unary(&NativeMethods.tig_square);
    /// <summary>1 / sqrt(x).</summary>
    public unsafe Tensor Rsqrt() => Unary(&NativeMethods.tig_rsqrt);
    /// <summary>Base-2 logarithm.</summary>
    public unsafe Tensor Log2() => Unary(&NativeMethods.tig_log2);
    /// <summary>Base-10 logarithm.</summary>
    public unsafe Tensor Log10() => Unary(&NativeMethods.tig_log10);
    /// <summary>log(1 + x).</summary>
    public unsafe Tensor Log1p() => Unary(&NativeMethods.tig_log1p);
    /// <summary>e^x - 1.</summary>
    public unsafe Tensor Expm1() => Unary(&NativeMethods.tig_expm1);
    /// <summary>2^x.</summary>
    public unsafe Tensor Exp2() => Unary(&NativeMethods.tig_exp2);
    /// <summary>Bool tensor: which elements are NaN.</summary>
    public unsafe Tensor IsNan() => Unary(&NativeMethods.tig_isnan);
    /// <summary>Bool tensor: which elements are infinite.</summary>
    public unsafe Tensor IsInf() => Unary(&NativeMethods.tig_isinf);
    /// <summary>Bool tensor: which elements are finite.</summary>
    public unsafe Tensor IsFinite() => Unary(&NativeMethods.tig_isfinite);
    /// <summary>Bool tensor: logical not.</summary>
    public unsafe Tensor LogicalNot() => Unary(&NativeMethods.tig_logical_not);

    /// <summary>In-place <see cref="Neg"/>.</summary>
    public unsafe Tensor Neg_() => Unary_(&NativeMethods.tig_neg_);
    /// <summary>In-place <see cref="Sin"/>.</summary>
    public unsafe Tensor Sin_() => Unary_(&NativeMethods.tig_sin_);
    /// <summary>In-place <see cref="Cos"/>.</summary>
    public unsafe Tensor Cos_() => Unary_(&NativeMethods.tig_cos_);
    /// <summary>In-place <see cref="Exp"/>.</summary>
    public unsafe Tensor Exp_() => Unary_(&NativeMethods.tig_exp_);
    /// <summary>In-place <see cref="Log"/>.</summary>
    public unsafe Tensor Log_() => Unary_(&NativeMethods.tig_log_);
    /// <summary>In-place <see cref="Sqrt"/>.</summary>
    public unsafe Tensor Sqrt_() => Unary_(&NativeMethods.tig_sqrt_);
    /// <summary>In-place <see cref="Abs"/>.</summary>
    public unsafe Tensor Abs_() => Unary_(&NativeMethods.tig_abs_);
    /// <summary>In-place <see cref="Tanh"/>.</summary>
    public unsafe Tensor Tanh_() => Unary_(&NativeMethods.tig_tanh_);
    /// <summary>In-place <see cref="Sigmoid"/>.</summary>
    public unsafe Tensor Sigmoid_() => Unary_(&NativeMethods.tig_sigmoid_);
    /// <summary>In-place <see cref="Relu"/>.</summary>
    public unsafe Tensor Relu_() => Unary_(&NativeMethods.tig_relu_);

    /// <summary>Sum of all elements (Python's <c>tensor.sum()</c>).</summary>
    public unsafe Tensor Sum(DType? dtype = null)
    {
        IntPtr result;
        return Result(NativeMethods.tig_sum(&result, this, DtypeArg(dtype)), result);
    }

    /// <summary>Sum over one dimension.</summary>
    public Tensor Sum(long dim, bool keepDim = false, DType? dtype = null) => Sum([dim], keepDim, dtype);

    // Without an int overload, C# would bind the literal in Sum(0) to the DType overload (0 converts to any enum).
    /// <inheritdoc cref="Sum(long, bool, DType?)"/>
    public Tensor Sum(int dim, bool keepDim = false, DType? dtype = null) => Sum([dim], keepDim, dtype);

    /// <summary>Sum over the given dimensions.</summary>
    public unsafe Tensor Sum(long[] dims, bool keepDim = false, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(dims);
        IntPtr result;
        fixed (long* d = dims) return Result(NativeMethods.tig_sum_dim_IntList(&result, this, d, dims.Length, keepDim ? 1 : 0, DtypeArg(dtype)), result);
    }

    /// <summary>Mean of all elements.</summary>
    public unsafe Tensor Mean(DType? dtype = null)
    {
        IntPtr result;
        return Result(NativeMethods.tig_mean(&result, this, DtypeArg(dtype)), result);
    }

    /// <summary>Mean over one dimension.</summary>
    public Tensor Mean(long dim, bool keepDim = false, DType? dtype = null) => Mean([dim], keepDim, dtype);

    /// <inheritdoc cref="Mean(long, bool, DType?)"/>
    public Tensor Mean(int dim, bool keepDim = false, DType? dtype = null) => Mean([dim], keepDim, dtype);

    /// <summary>Mean over the given dimensions.</summary>
    public unsafe Tensor Mean(long[] dims, bool keepDim = false, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(dims);
        IntPtr result;
        fixed (long* d = dims) return Result(NativeMethods.tig_mean_dim(&result, this, d, dims.Length, keepDim ? 1 : 0, DtypeArg(dtype)), result);
    }

    /// <summary>The Frobenius (2-)norm of all elements, as Python's default <c>tensor.norm()</c>.</summary>
    public unsafe Tensor Norm() => From(NativeMethods.ti_norm(this, 1, default, null, 0, 0));

    /// <summary>The p-norm over all elements, or over <paramref name="dims"/> (Python's <c>tensor.norm(p, dim, keepdim)</c>).</summary>
    public unsafe Tensor Norm(Scalar p, long[]? dims = null, bool keepDim = false)
    {
        fixed (long* d = dims) return From(NativeMethods.ti_norm(this, 0, p, d, dims?.Length ?? 0, keepDim ? 1 : 0));
    }

    /// <summary>The largest element (Python's <c>tensor.max()</c>).</summary>
    public unsafe Tensor Max() => Unary(&NativeMethods.tig_max);

    /// <summary>The smallest element (Python's <c>tensor.min()</c>).</summary>
    public unsafe Tensor Min() => Unary(&NativeMethods.tig_min);

    /// <summary>Largest values along a dimension and where they are: <c>var (values, indices) = x.Max(1);</c></summary>
    public unsafe ValuesAndIndices Max(long dim, bool keepDim = false)
    {
        IntPtr* result = stackalloc IntPtr[2];
        Check.Status(NativeMethods.tig_max_dim(result, this, dim, keepDim ? 1 : 0));
        return new ValuesAndIndices(From(result[0]), From(result[1])) { Operation = "max" };
    }

    /// <summary>Smallest values along a dimension and where they are: <c>var (values, indices) = x.Min(1);</c></summary>
    public unsafe ValuesAndIndices Min(long dim, bool keepDim = false)
    {
        IntPtr* result = stackalloc IntPtr[2];
        Check.Status(NativeMethods.tig_min_dim(result, this, dim, keepDim ? 1 : 0));
        return new ValuesAndIndices(From(result[0]), From(result[1])) { Operation = "min" };
    }

    /// <summary>Dot product of two 1-D tensors.</summary>
    public unsafe Tensor Dot(Tensor other) => Binary(&NativeMethods.tig_dot, H(other));

    /// <summary>Matrix product of two 2-D tensors.</summary>
    public unsafe Tensor Mm(Tensor other) => Binary(&NativeMethods.tig_mm, H(other));

    /// <summary>Matrix product with broadcasting (Python's <c>@</c>).</summary>
    public unsafe Tensor Matmul(Tensor other) => Binary(&NativeMethods.tig_matmul, H(other));

    /// <summary>A tensor with the same data in a new shape (a view when possible); one size may be -1.</summary>
    public unsafe Tensor Reshape(params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        IntPtr result;
        fixed (long* s = shape) return Result(NativeMethods.tig_reshape(&result, this, s, shape.Length), result);
    }

    /// <summary>A view with a new shape; fails when the memory layout does not allow it.</summary>
    public unsafe Tensor View(params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        IntPtr result;
        fixed (long* s = shape) return Result(NativeMethods.tig_view(&result, this, s, shape.Length), result);
    }

    /// <summary>
    /// Python's <c>x.T</c>: the dimensions in reverse order (a permutation, <c>PermuteBackward0</c>). Python's
    /// <c>x.t()</c>, the transpose of a tensor of at most 2 dimensions (<c>TBackward0</c>), is <see cref="Torch.T"/>.
    /// </summary>
    public Tensor T => NumpyT();

    /// <summary>Swaps two dimensions.</summary>
    public unsafe Tensor Transpose(long dim0, long dim1)
    {
        IntPtr result;
        return Result(NativeMethods.tig_transpose_int(&result, this, dim0, dim1), result);
    }

    /// <summary>The slice at <paramref name="index"/> along <paramref name="dim"/>, with that dimension removed.</summary>
    public unsafe Tensor Select(long dim, long index)
    {
        IntPtr result;
        return Result(NativeMethods.tig_select_int(&result, this, dim, index), result);
    }

    /// <summary>Elements <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) along a dimension, as Python's <c>x[start:end:step]</c>.</summary>
    public Tensor Slice(long dim, long? start, long? end, long step = 1) =>
        SliceOf(dim, start, end, step);

    private unsafe Tensor SliceOf(long dim, long? start, long? end, long step)
    {
        long startValue = start ?? 0, endValue = end ?? 0;
        IntPtr result;
        return Result(NativeMethods.tig_slice_Tensor(&result, this, dim, start.HasValue ? &startValue : null, end.HasValue ? &endValue : null, step), result);
    }

    /// <summary>Inserts a dimension of size one.</summary>
    public unsafe Tensor Unsqueeze(long dim)
    {
        IntPtr result;
        return Result(NativeMethods.tig_unsqueeze(&result, this, dim), result);
    }

    /// <summary>A copy converted to <paramref name="dtype"/> (Python's <c>tensor.to(dtype)</c>).</summary>
    public unsafe Tensor To(DType dtype)
    {
        IntPtr result;
        return Result(NativeMethods.tig_to_dtype(&result, this, (int)dtype, 0, 0, (int)MemoryFormat.Preserve), result);
    }

    /// <summary>Same as <see cref="To(DType)"/>.</summary>
    public Tensor ToDtype(DType dtype) => To(dtype);

    /// <summary>Python's <c>tensor.to(dtype, memory_format=...)</c>: the dtype and the memory layout in one copy.</summary>
    public unsafe Tensor To(DType dtype, MemoryFormat memoryFormat)
    {
        IntPtr result;
        Check.Status(NativeMethods.tig_to_dtype(&result, this, (int)dtype, 0, 0, (int)memoryFormat));
        return From(result);
    }

    /// <summary>
    /// Python's <c>tensor.to(device, dtype=None)</c>: this tensor's data when it already is on <paramref name="device"/>
    /// with that dtype, otherwise a copy there (differentiable: <c>ToCopyBackward0</c>).
    /// </summary>
    public unsafe Tensor To(Device device, DType? dtype = null)
    {
        IntPtr result;
        return Result(NativeMethods.tig_to_dtype_layout(&result, this, dtype.HasValue ? (int)dtype.Value : -1, -1,
            (int)device.Type, device.Index, null, 0, 0, (int)MemoryFormat.Preserve), result);
    }

    /// <summary>Python's <c>tensor.cpu()</c>.</summary>
    public Tensor Cpu() => To(Device.CPU);

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
    public unsafe Tensor Clone()
    {
        IntPtr result;
        return Result(NativeMethods.tig_clone(&result, this, -1), result);
    }

    /// <summary>This tensor if its memory is contiguous, otherwise a contiguous copy.</summary>
    public Tensor Contiguous() => From(NativeMethods.ti_contiguous(this));

    /// <summary>Copies <paramref name="source"/> (broadcast) into this tensor; returns this tensor.</summary>
    public Tensor Copy_(Tensor source) => InPlace(NativeMethods.tig_copy_(this, H(source), 0));

    /// <summary>Sets every element to <paramref name="value"/>; returns this tensor.</summary>
    public Tensor Fill_(Scalar value) => InPlace(NativeMethods.tig_fill__Scalar(this, value));

    /// <summary>Sets every element to zero; returns this tensor (so <c>x.Grad.Zero_()</c> works as in Python).</summary>
    public Tensor Zero_() => InPlace(NativeMethods.tig_zero_(this));

    /// <summary>The elements where <paramref name="mask"/> is true, as a 1-D tensor.</summary>
    public unsafe Tensor MaskedSelect(Tensor mask) => Binary(&NativeMethods.tig_masked_select, H(mask));

    private static int DtypeArg(DType? dtype) => dtype is { } d ? (int)d : -1;
}
