using System.Runtime.CompilerServices;
using TorchInterop.Native;

namespace TorchInterop;

// Arithmetic and comparison operators with Python's semantics: a number on either side is bound as Python binds
// it (a wrapped number for + - * /, so `x + 2` records AddBackward0 and promotes types as Python does).
public sealed partial class Tensor
{
    private static readonly Scalar One = 1L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Tensor H(Tensor tensor, [CallerArgumentExpression(nameof(tensor))] string? name = null) =>
        tensor ?? throw new ArgumentNullException(name);

#pragma warning disable CS1591 // operators are documented by the methods they mirror
    public static Tensor operator +(Tensor a, Tensor b) => H(a).Add(H(b));
    public static Tensor operator +(Tensor a, Scalar b) => From(NativeMethods.ti_add_scalar(H(a), b, One));
    public static Tensor operator +(Scalar a, Tensor b) => From(NativeMethods.ti_add_scalar(H(b), a, One));
    public static Tensor operator -(Tensor a, Tensor b) => H(a).Sub(H(b));
    public static Tensor operator -(Tensor a, Scalar b) => From(NativeMethods.ti_sub_scalar(H(a), b, One));
    public static Tensor operator -(Scalar a, Tensor b) => From(NativeMethods.ti_rsub_scalar(H(b), a));
    public static unsafe Tensor operator *(Tensor a, Tensor b) => H(a).Binary(&NativeMethods.tig_mul_Tensor, H(b));
    public static Tensor operator *(Tensor a, Scalar b) => From(NativeMethods.ti_mul_scalar(H(a), b));
    public static Tensor operator *(Scalar a, Tensor b) => From(NativeMethods.ti_mul_scalar(H(b), a));
    public static unsafe Tensor operator /(Tensor a, Tensor b) => H(a).Binary(&NativeMethods.tig_div_Tensor, H(b));
    public static Tensor operator /(Tensor a, Scalar b) => From(NativeMethods.ti_div_scalar(H(a), b));
    public static Tensor operator /(Scalar a, Tensor b) => From(NativeMethods.ti_rdiv_scalar(H(b), a));
    public static Tensor operator -(Tensor a) => H(a).Neg();

    public static Tensor operator ==(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Eq);
    public static Tensor operator ==(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Eq);
    public static Tensor operator ==(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Eq);
    public static Tensor operator !=(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Ne);
    public static Tensor operator !=(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Ne);
    public static Tensor operator !=(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Ne);
    public static Tensor operator <(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Lt);
    public static Tensor operator <(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Lt);
    public static Tensor operator <(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Gt);
    public static Tensor operator <=(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Le);
    public static Tensor operator <=(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Le);
    public static Tensor operator <=(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Ge);
    public static Tensor operator >(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Gt);
    public static Tensor operator >(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Gt);
    public static Tensor operator >(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Lt);
    public static Tensor operator >=(Tensor a, Tensor b) => Compare(a, b, ComparisonOp.Ge);
    public static Tensor operator >=(Tensor a, Scalar b) => Compare(a, b, ComparisonOp.Ge);
    public static Tensor operator >=(Scalar a, Tensor b) => Compare(b, a, ComparisonOp.Le);
#pragma warning restore CS1591

    private static unsafe Tensor Compare(Tensor a, Tensor b, ComparisonOp op)
    {
        if (a is null || b is null)
            throw new ArgumentNullException(a is null ? nameof(a) : nameof(b),
                "Tensor comparison operators compare elements; to test a reference for null use `is null`.");
        IntPtr result;
        int status = op switch
        {
            ComparisonOp.Eq => NativeMethods.tig_eq_Tensor(&result, a, b),
            ComparisonOp.Ne => NativeMethods.tig_ne_Tensor(&result, a, b),
            ComparisonOp.Lt => NativeMethods.tig_lt_Tensor(&result, a, b),
            ComparisonOp.Le => NativeMethods.tig_le_Tensor(&result, a, b),
            ComparisonOp.Gt => NativeMethods.tig_gt_Tensor(&result, a, b),
            _ => NativeMethods.tig_ge_Tensor(&result, a, b),
        };
        return Result(status, result);
    }

    private static unsafe Tensor Compare(Tensor a, Scalar b, ComparisonOp op)
    {
        H(a);
        IntPtr result;
        int status = op switch
        {
            ComparisonOp.Eq => NativeMethods.tig_eq_Scalar(&result, a, b),
            ComparisonOp.Ne => NativeMethods.tig_ne_Scalar(&result, a, b),
            ComparisonOp.Lt => NativeMethods.tig_lt_Scalar(&result, a, b),
            ComparisonOp.Le => NativeMethods.tig_le_Scalar(&result, a, b),
            ComparisonOp.Gt => NativeMethods.tig_gt_Scalar(&result, a, b),
            _ => NativeMethods.tig_ge_Scalar(&result, a, b),
        };
        return Result(status, result);
    }

    /// <summary>Element-wise sum, <c>this + alpha * other</c> (Python's <c>torch.add</c>).</summary>
    public unsafe Tensor Add(Tensor other, Scalar? alpha = null)
    {
        IntPtr result;
        return Result(NativeMethods.tig_add_Tensor(&result, this, H(other), alpha ?? One), result);
    }

    /// <summary>Adds a number (bound as Python binds it).</summary>
    public Tensor Add(Scalar other, Scalar? alpha = null) => From(NativeMethods.ti_add_scalar(this, other, alpha ?? One));

    /// <summary>Element-wise difference, <c>this - alpha * other</c>.</summary>
    public unsafe Tensor Sub(Tensor other, Scalar? alpha = null)
    {
        IntPtr result;
        return Result(NativeMethods.tig_sub_Tensor(&result, this, H(other), alpha ?? One), result);
    }

    /// <summary>Subtracts a number.</summary>
    public Tensor Sub(Scalar other, Scalar? alpha = null) => From(NativeMethods.ti_sub_scalar(this, other, alpha ?? One));

    /// <summary>Element-wise product.</summary>
    public Tensor Mul(Tensor other) => this * other;

    /// <summary>Multiplies by a number.</summary>
    public Tensor Mul(Scalar other) => this * other;

    /// <summary>Element-wise true division.</summary>
    public Tensor Div(Tensor other) => this / other;

    /// <summary>Divides by a number.</summary>
    public Tensor Div(Scalar other) => this / other;

    /// <summary>Raises each element to a power (Python's <c>x ** exponent</c>).</summary>
    public unsafe Tensor Pow(Scalar exponent)
    {
        IntPtr result;
        return Result(NativeMethods.tig_pow_Tensor_Scalar(&result, this, exponent), result);
    }

    /// <summary>Python's <c>number ** tensor</c>: <paramref name="number"/> raised to each element (<c>PowBackward1</c>).</summary>
    public Tensor RPow(Scalar number) => From(NativeMethods.ti_rpow_scalar(this, number));

    /// <summary>Raises each element to the matching element of <paramref name="exponent"/>.</summary>
    public unsafe Tensor Pow(Tensor exponent) => Binary(&NativeMethods.tig_pow_Tensor_Tensor, H(exponent));

    /// <summary>In-place <see cref="Add(Tensor, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Add_(Tensor other, Scalar? alpha = null) => InPlace(NativeMethods.tig_add__Tensor(this, H(other), alpha ?? One));

    /// <summary>In-place <see cref="Add(Scalar, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Add_(Scalar other, Scalar? alpha = null) => InPlace(NativeMethods.ti_add_scalar_(this, other, alpha ?? One));

    /// <summary>In-place <see cref="Sub(Tensor, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Sub_(Tensor other, Scalar? alpha = null) => InPlace(NativeMethods.tig_sub__Tensor(this, H(other), alpha ?? One));

    /// <summary>In-place <see cref="Sub(Scalar, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Sub_(Scalar other, Scalar? alpha = null) => InPlace(NativeMethods.ti_sub_scalar_(this, other, alpha ?? One));

    /// <summary>In-place <see cref="Mul(Tensor)"/>; returns this tensor.</summary>
    public Tensor Mul_(Tensor other) => InPlace(NativeMethods.tig_mul__Tensor(this, H(other)));

    /// <summary>In-place <see cref="Mul(Scalar)"/>; returns this tensor.</summary>
    public Tensor Mul_(Scalar other) => InPlace(NativeMethods.ti_mul_scalar_(this, other));

    /// <summary>In-place <see cref="Div(Tensor)"/>; returns this tensor.</summary>
    public Tensor Div_(Tensor other) => InPlace(NativeMethods.tig_div__Tensor(this, H(other)));

    /// <summary>In-place <see cref="Div(Scalar)"/>; returns this tensor.</summary>
    public Tensor Div_(Scalar other) => InPlace(NativeMethods.ti_div_scalar_(this, other));

    /// <summary>Element-wise <c>==</c> as a bool tensor.</summary>
    public Tensor Eq(Tensor other) => Compare(this, other, ComparisonOp.Eq);

    /// <summary>Element-wise <c>==</c> with a number.</summary>
    public Tensor Eq(Scalar other) => Compare(this, other, ComparisonOp.Eq);

    /// <summary>Element-wise <c>!=</c>.</summary>
    public Tensor Ne(Tensor other) => Compare(this, other, ComparisonOp.Ne);

    /// <summary>Element-wise <c>!=</c> with a number.</summary>
    public Tensor Ne(Scalar other) => Compare(this, other, ComparisonOp.Ne);

    /// <summary>Element-wise <c>&lt;</c>.</summary>
    public Tensor Lt(Tensor other) => Compare(this, other, ComparisonOp.Lt);

    /// <summary>Element-wise <c>&lt;</c> with a number.</summary>
    public Tensor Lt(Scalar other) => Compare(this, other, ComparisonOp.Lt);

    /// <summary>Element-wise <c>&lt;=</c>.</summary>
    public Tensor Le(Tensor other) => Compare(this, other, ComparisonOp.Le);

    /// <summary>Element-wise <c>&lt;=</c> with a number.</summary>
    public Tensor Le(Scalar other) => Compare(this, other, ComparisonOp.Le);

    /// <summary>Element-wise <c>&gt;</c>.</summary>
    public Tensor Gt(Tensor other) => Compare(this, other, ComparisonOp.Gt);

    /// <summary>Element-wise <c>&gt;</c> with a number.</summary>
    public Tensor Gt(Scalar other) => Compare(this, other, ComparisonOp.Gt);

    /// <summary>Element-wise <c>&gt;=</c>.</summary>
    public Tensor Ge(Tensor other) => Compare(this, other, ComparisonOp.Ge);

    /// <summary>Element-wise <c>&gt;=</c> with a number.</summary>
    public Tensor Ge(Scalar other) => Compare(this, other, ComparisonOp.Ge);

    /// <summary>True when both tensors have the same shape and elements (Python's <c>torch.equal</c>).</summary>
    public unsafe bool Equal(Tensor other)
    {
        int equal;
        Check.Status(NativeMethods.tig_equal(&equal, this, H(other)));
        return equal != 0;
    }

    private Tensor InPlace(int status)
    {
        Check.Status(status);
        _gradFn = null;
        return this;
    }

    private enum ComparisonOp { Eq, Ne, Lt, Le, Gt, Ge }
}
