using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.nonzero(input, *, out=None, as_tuple=False)</c>, which Python binds by hand
/// (python_torch_functions_manual.cpp): <c>as_tuple=True</c> gives one index tensor per dimension (ATen's
/// <c>nonzero_numpy</c>). C# cannot vary a return type with a value: the overload with <c>as_tuple</c> returns a
/// <see cref="TensorTuple"/> (of the one index matrix when it is false); <c>torch.nonzero(x)</c> is the tensor.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.nonzero(input)</c>: the indices of the non-zero elements, one row each.</summary>
    public static Tensor nonzero(Tensor input) => Torch.Nonzero(input);

    /// <summary><c>torch.nonzero(input, out=out)</c></summary>
    public static Tensor nonzero(Tensor input, Tensor @out) => Torch.Nonzero(input, @out);

    /// <summary><c>torch.nonzero(input, as_tuple=True)</c>: a tuple of one index tensor per dimension.</summary>
    /// <example><code>var (rows, cols) = torch.nonzero(mask, as_tuple: true);</code></example>
    public static TensorTuple nonzero(Tensor input, bool as_tuple, Tensor? @out = null) => NonzeroIndices(input, as_tuple, @out);

    internal static TensorTuple NonzeroIndices(Tensor input, bool asTuple, Tensor? @out)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!asTuple) return new TensorTuple(@out is null ? Torch.Nonzero(input) : Torch.Nonzero(input, @out));
        if (@out is not null) throw new TorchException("nonzero does not support the out kwarg when as_tuple is True");
        return new TensorTuple([.. Torch.NonzeroNumpy(input)]);
    }
}
#pragma warning restore CS8981, IDE1006

/// <summary>Python's <c>x.nonzero(*, as_tuple=False)</c>.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class TensorNonzeroExtensions
{
    extension(Tensor self)
    {
        /// <summary><c>x.nonzero()</c>: the indices of the non-zero elements, one row each.</summary>
        public Tensor nonzero() => self.Nonzero();

        /// <summary><c>x.nonzero(as_tuple=True)</c>: a tuple of one index tensor per dimension.</summary>
        public TensorTuple nonzero(bool as_tuple) => torch.NonzeroIndices(self, as_tuple, null);
    }
}
