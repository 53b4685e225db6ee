using TorchInterop.Native;

namespace TorchInterop;

// Python's semantics that C# can express with operators: truth values and in-place compound assignment.
public sealed partial class Tensor
{
    /// <summary>
    /// Python's <c>bool(tensor)</c>: the truth of a one-element tensor. Many elements are ambiguous (PyTorch's error).
    /// </summary>
    public bool ToBoolean()
    {
        if (Check.Status(NativeMethods.ti_numel(this)) != 1)
            throw new TorchException("Boolean value of Tensor with more than one value is ambiguous");
        return Item<bool>();
    }

#pragma warning disable CS1591 // documented by ToBoolean and the in-place methods they call
    /// <summary>Lets one-element tensors stand in conditions: <c>while (y.Norm() &lt; 1000)</c>.</summary>
    public static bool operator true(Tensor tensor) => NotNullOperand(tensor).ToBoolean();
    public static bool operator false(Tensor tensor) => !NotNullOperand(tensor).ToBoolean();
    /// <summary>Python's <c>not tensor</c>.</summary>
    public static bool operator !(Tensor tensor) => !NotNullOperand(tensor).ToBoolean();

    // As in Python, `x -= lr * x.grad` updates x in place (the same object, the same storage).
    public void operator +=(Tensor other) => Add_(other);
    public void operator +=(Scalar other) => Add_(other);
    public void operator -=(Tensor other) => Sub_(other);
    public void operator -=(Scalar other) => Sub_(other);
    public void operator *=(Tensor other) => Mul_(other);
    public void operator *=(Scalar other) => Mul_(other);
    public void operator /=(Tensor other) => Div_(other);
    public void operator /=(Scalar other) => Div_(other);
#pragma warning restore CS1591

    private static Tensor NotNullOperand(Tensor tensor) =>
        tensor ?? throw new ArgumentNullException(nameof(tensor), "A null tensor has no truth value.");
}
