using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>
    /// <c>torch.asarray(obj, dtype=None, device=None, copy=None, requires_grad=False)</c> of a tensor: the same tensor
    /// when no conversion or copy is asked for, as in Python.
    /// </summary>
    public static Tensor asarray(Tensor obj, DType? dtype = null, Device? device = null, bool? copy = null, bool requires_grad = false)
    {
        ArgumentNullException.ThrowIfNull(obj);
        bool converts = (dtype is { } d && d != obj.Dtype) || (device is { } dev && dev != obj.Device);
        if (copy == false && dtype is { } wanted && wanted != obj.Dtype)
            throw new TorchException($"can't alias tensor with dtype '{obj.Dtype.CppName()}' into dtype '{wanted.CppName()}'.", TorchErrorKind.ValueError);
        Tensor result = obj;
        if (converts) result = device is { } target ? obj.To(target).To(dtype ?? obj.Dtype) : obj.To(dtype!.Value);
        else if (copy == true) result = obj.Clone();
        if (requires_grad) result.RequiresGrad = true;
        return result;
    }


    /// <summary><c>torch.asarray([1.5, 2.5])</c>: a new tensor of the default dtype.</summary>
    public static Tensor asarray(double[] obj, DType? dtype = null, Device? device = null, bool? copy = null, bool requires_grad = false) =>
        tensor(obj, dtype, device, requires_grad);

    /// <summary><c>torch.asarray([1, 2])</c>: a new int64 tensor.</summary>
    [OverloadResolutionPriority(1)] // takes torch.asarray([]) (the default dtype, as torch.tensor([]))
    public static Tensor asarray(long[] obj, DType? dtype = null, Device? device = null, bool? copy = null, bool requires_grad = false) =>
        tensor(obj, dtype, device, requires_grad);

    /// <summary><c>torch.asarray([True, False])</c></summary>
    public static Tensor asarray(bool[] obj, DType? dtype = null, Device? device = null, bool? copy = null, bool requires_grad = false) =>
        tensor(obj, dtype, device, requires_grad);

    /// <summary><c>torch.asarray(3.5)</c>: a 0-dim tensor.</summary>
    public static Tensor asarray(double obj, DType? dtype = null, Device? device = null, bool? copy = null, bool requires_grad = false) =>
        tensor(obj, dtype, device, requires_grad);

    /// <summary>
    /// <c>torch.frombuffer(buffer, dtype=..., count=-1, offset=0, requires_grad=False)</c> of a .NET byte buffer
    /// (a copy of its bytes: writes to the tensor do not reach the buffer).
    /// </summary>
    public static Tensor frombuffer(byte[] buffer, DType dtype, long count = -1, long offset = 0, bool requires_grad = false)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Torch.FromBuffer(buffer, dtype, count, offset, requires_grad);
    }

#if LIBTORCH_2
    /// <summary><c>torch.newaxis</c>: None in an index, a new dimension of size one.</summary>
    public static TensorIndex newaxis => TensorIndex.None;

    /// <summary>
    /// <c>torch.unravel_index(indices, shape)</c>: the coordinates of flat indices in an array of that shape, one tensor
    /// per dimension.
    /// </summary>
    public static TensorTuple unravel_index(Tensor indices, params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(shape);
        if (indices.Dtype.IsComplex() || indices.Dtype.IsFloatingPoint() || indices.Dtype == DType.Bool)
            throw new TorchException($"expected 'indices' to be integer dtype, but got {indices.Dtype.PythonName()}", TorchErrorKind.TypeError);
        string tuple = "(" + string.Join(", ", shape) + (shape.Length == 1 ? ",)" : ")");
        if (shape.Any(d => d < 0))
            throw new TorchException($"'shape' cannot have negative values, but got {tuple}", TorchErrorKind.ValueError);
        if (shape.Any(d => d == 0) && indices.NumEl != 0)
            throw new TorchException($"'shape' cannot have zero dimensions when 'indices' is non-empty, but got {tuple}", TorchErrorKind.ValueError);
        var coefficients = new long[shape.Length];
        long product = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            coefficients[i] = product;
            product *= shape[i];
        }
        using var column = indices.Unsqueeze(-1);
        using var coefs = Torch.Tensor(coefficients).To(indices.Device);
        using var sizes = Torch.Tensor(shape).To(indices.Device);
        using var quotient = column.FloorDivide(coefs);
        using var coordinates = quotient.Remainder(sizes);
        return new TensorTuple([.. coordinates.Unbind(-1)]);
    }

    /// <summary><c>torch.cond(pred, true_fn, false_fn, (x,))</c>, run eagerly: the branch <paramref name="pred"/> picks.</summary>
    public static T cond<T>(Tensor pred, Func<Tensor, T> true_fn, Func<Tensor, T> false_fn, Tensor operand) =>
        Branch(pred) ? true_fn(operand) : false_fn(operand);

    /// <summary><c>torch.cond(pred, true_fn, false_fn, (x, y))</c>, run eagerly.</summary>
    public static T cond<T>(Tensor pred, Func<Tensor, Tensor, T> true_fn, Func<Tensor, Tensor, T> false_fn, Tensor operand1, Tensor operand2) =>
        Branch(pred) ? true_fn(operand1, operand2) : false_fn(operand1, operand2);

    /// <summary><c>torch.cond(pred, true_fn, false_fn, (x,))</c> with a Python bool, run eagerly.</summary>
    public static T cond<T>(bool pred, Func<Tensor, T> true_fn, Func<Tensor, T> false_fn, Tensor operand) =>
        pred ? true_fn(operand) : false_fn(operand);

    private static bool Branch(Tensor pred)
    {
        ArgumentNullException.ThrowIfNull(pred);
        if (pred.NumEl != 1) throw new TorchException($"Expected pred to be bool or single-element tensor, but got {pred}.");
        return pred.Item().ToBoolean();
    }
#endif
}
#pragma warning restore CS8981, IDE1006
