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
    public static Tensor operator +(Tensor a, Tensor b) => From(NativeMethods.ti_add(H(a), H(b), One));
    public static Tensor operator +(Tensor a, Scalar b) => From(NativeMethods.ti_add_scalar(H(a), b, One));
    public static Tensor operator +(Scalar a, Tensor b) => From(NativeMethods.ti_add_scalar(H(b), a, One));
    public static Tensor operator -(Tensor a, Tensor b) => From(NativeMethods.ti_sub(H(a), H(b), One));
    public static Tensor operator -(Tensor a, Scalar b) => From(NativeMethods.ti_sub_scalar(H(a), b, One));
    public static Tensor operator -(Scalar a, Tensor b) => From(NativeMethods.ti_rsub_scalar(H(b), a));
    public static Tensor operator *(Tensor a, Tensor b) => From(NativeMethods.ti_mul(H(a), H(b)));
    public static Tensor operator *(Tensor a, Scalar b) => From(NativeMethods.ti_mul_scalar(H(a), b));
    public static Tensor operator *(Scalar a, Tensor b) => From(NativeMethods.ti_mul_scalar(H(b), a));
    public static Tensor operator /(Tensor a, Tensor b) => From(NativeMethods.ti_div(H(a), H(b)));
    public static Tensor operator /(Tensor a, Scalar b) => From(NativeMethods.ti_div_scalar(H(a), b));
    public static Tensor operator /(Scalar a, Tensor b) => From(NativeMethods.ti_rdiv_scalar(H(b), a));
    public static Tensor operator -(Tensor a) => From(NativeMethods.ti_unary(H(a), (int)UnaryOp.Neg));

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

    private static Tensor Compare(Tensor a, Tensor b, ComparisonOp op)
    {
        if (a is null || b is null)
            throw new ArgumentNullException(a is null ? nameof(a) : nameof(b),
                "Tensor comparison operators compare elements; to test a reference for null use `is null`.");
        return From(NativeMethods.ti_compare(a, b, (int)op));
    }

    private static Tensor Compare(Tensor a, Scalar b, ComparisonOp op) =>
        From(NativeMethods.ti_compare_scalar(H(a), b, (int)op));

    /// <summary>Element-wise sum, <c>this + alpha * other</c> (Python's <c>torch.add</c>).</summary>
    public Tensor Add(Tensor other, Scalar? alpha = null) => From(NativeMethods.ti_add(this, H(other), alpha ?? One));

    /// <summary>Adds a number (bound as Python binds it).</summary>
    public Tensor Add(Scalar other, Scalar? alpha = null) => From(NativeMethods.ti_add_scalar(this, other, alpha ?? One));

    /// <summary>Element-wise difference, <c>this - alpha * other</c>.</summary>
    public Tensor Sub(Tensor other, Scalar? alpha = null) => From(NativeMethods.ti_sub(this, H(other), alpha ?? One));

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
    public Tensor Pow(Scalar exponent) => From(NativeMethods.ti_pow_scalar(this, exponent));

    /// <summary>Python's <c>number ** tensor</c>: <paramref name="number"/> raised to each element (<c>PowBackward1</c>).</summary>
    public Tensor RPow(Scalar number) => From(NativeMethods.ti_rpow_scalar(this, number));

    /// <summary>Raises each element to the matching element of <paramref name="exponent"/>.</summary>
    public Tensor Pow(Tensor exponent) => From(NativeMethods.ti_pow(this, H(exponent)));

    /// <summary>In-place <see cref="Add(Tensor, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Add_(Tensor other, Scalar? alpha = null) => InPlace(NativeMethods.ti_add_(this, H(other), alpha ?? One));

    /// <summary>In-place <see cref="Add(Scalar, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Add_(Scalar other, Scalar? alpha = null) => InPlace(NativeMethods.ti_add_scalar_(this, other, alpha ?? One));

    /// <summary>In-place <see cref="Sub(Tensor, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Sub_(Tensor other, Scalar? alpha = null) => InPlace(NativeMethods.ti_sub_(this, H(other), alpha ?? One));

    /// <summary>In-place <see cref="Sub(Scalar, Scalar?)"/>; returns this tensor.</summary>
    public Tensor Sub_(Scalar other, Scalar? alpha = null) => InPlace(NativeMethods.ti_sub_scalar_(this, other, alpha ?? One));

    /// <summary>In-place <see cref="Mul(Tensor)"/>; returns this tensor.</summary>
    public Tensor Mul_(Tensor other) => InPlace(NativeMethods.ti_mul_(this, H(other)));

    /// <summary>In-place <see cref="Mul(Scalar)"/>; returns this tensor.</summary>
    public Tensor Mul_(Scalar other) => InPlace(NativeMethods.ti_mul_scalar_(this, other));

    /// <summary>In-place <see cref="Div(Tensor)"/>; returns this tensor.</summary>
    public Tensor Div_(Tensor other) => InPlace(NativeMethods.ti_div_(this, H(other)));

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
    public bool Equal(Tensor other) => Check.Flag(NativeMethods.ti_equal(this, H(other)));

    private Tensor InPlace(int status)
    {
        Check.Status(status);
        _gradFn = null;
        return this;
    }

    private enum ComparisonOp { Eq = 0, Ne = 1, Lt = 2, Le = 3, Gt = 4, Ge = 5 }
}
