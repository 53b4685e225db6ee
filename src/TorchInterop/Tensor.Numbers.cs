using TorchInterop.Native;

namespace TorchInterop;

// Numbers where tensors are expected, as Python's argument parser binds them: `y[1] = 0`, `Torch.Where(c, x, 0.0)`.
// The result is a "wrapped number": a 0-dim tensor (int64, float64 or bool) that type promotion treats as a Python
// number, so `x + (Tensor)2.0` keeps x's float32. Where an overload takes a Scalar, that overload wins (Scalar
// converts to Tensor, not the other way round), so these conversions never change which operator is chosen.
public sealed partial class Tensor
{
    /// <summary>A number where a tensor is expected, as Python binds it (a wrapped number; see <see cref="IsWrappedNumber"/>).</summary>
    public static implicit operator Tensor(Scalar value) => From(NativeMethods.ti_wrapped_number(value));

    /// <summary>A number where a tensor is expected, as Python binds it.</summary>
    public static implicit operator Tensor(double value) => (Scalar)value;

    /// <summary>A number where a tensor is expected, as Python binds it.</summary>
    public static implicit operator Tensor(long value) => (Scalar)value;

    /// <summary>A number where a tensor is expected, as Python binds it.</summary>
    public static implicit operator Tensor(int value) => (Scalar)value;

    /// <summary>A bool where a tensor is expected, as Python binds it.</summary>
    public static implicit operator Tensor(bool value) => (Scalar)value;

    /// <summary>
    /// True for a tensor made from a number where a tensor was expected: type promotion treats it as Python treats a
    /// number, and index assignment converts it to the target's dtype as Python does.
    /// </summary>
    public bool IsWrappedNumber => Check.Status(NativeMethods.ti_is_wrapped_number(this)) == 1;

    // Python's `x[i] = number` makes the number a tensor of x's dtype before assigning (valueToTensor).
    private Tensor AsValueFor(Tensor target) =>
        IsWrappedNumber ? From(NativeMethods.ti_number_like(this, target)) : this;
}
