using TorchInterop.Native;

namespace TorchInterop;

// Basic indexing with Python's semantics and error messages (torch/csrc/autograd/python_variable_indexing.cpp).
public sealed partial class Tensor
{
    /// <summary>Python's <c>x[i]</c>: the sub-tensor at position <paramref name="index"/> of the first dimension.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[long index]
    {
        get => GetAdvanced([index]);
        set => IndexAssign([index], value);
    }

    /// <summary>Python's <c>x[a:b]</c> written as <c>x[a..b]</c>.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[Range range]
    {
        get => GetAdvanced([range]);
        set => IndexAssign([range], value);
    }

    /// <summary>Python's multi-dimensional index, e.g. <c>x[0, 1..]</c>, <c>x[TensorIndex.Ellipsis, 0]</c>.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[params TensorIndex[] indices]
    {
        get => GetAdvanced(indices);
        set => IndexAssign(indices, value);
    }

    private Tensor Index(TensorIndex[] indices) => Index(indices, out _);

    // Basic indexing first (as Python's applySlicing); tensor indices are collected by the dimension they index in
    // the result and applied at the end with one advanced-indexing call.
    private Tensor Index(TensorIndex[] indices, out List<Tensor?>? tensorIndices)
    {
        tensorIndices = null;
        ArgumentNullException.ThrowIfNull(indices);
        var shape = Shape;
        int originalDim = shape.Length;
        int consumed = indices.Sum(i => i.Kind switch
        {
            TensorIndex.IndexKind.Integer or TensorIndex.IndexKind.Slice => 1,
            TensorIndex.IndexKind.Tensor => i.Tensor!.Dtype is DType.Bool or DType.UInt8 ? Math.Max(i.Tensor.Dim, 1) : 1,
            _ => 0,
        });
        // PyTorch accepts several ellipses and then indexes out of bounds; numpy's rule is clearer.
        if (indices.Count(i => i.Kind == TensorIndex.IndexKind.Ellipsis) > 1)
            throw new TorchException("an index can only have a single ellipsis ('...')", TorchErrorKind.IndexError);
        if (consumed > shape.Length)
        {
            if (shape.Length == 0)
                throw new TorchException(
                    "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number",
                    TorchErrorKind.IndexError);
            throw new TorchException($"too many indices for tensor of dimension {shape.Length}", TorchErrorKind.IndexError);
        }

        Tensor result = this;
        int dim = 0;
        try
        {
            for (int position = 0; position < indices.Length; position++)
            {
                var index = indices[position];
                Tensor next;
                switch (index.Kind)
                {
                    case TensorIndex.IndexKind.Integer:
                        long size = shape[dim];
                        // Python names the index's position in the index tuple, not the dimension it lands on.
                        if (index.Value < -size || index.Value >= size)
                            throw new TorchException(
                                $"index {index.Value} is out of bounds for dimension {position} with size {size}", TorchErrorKind.IndexError);
                        next = result.Select(dim, index.Value);
                        break;
                    case TensorIndex.IndexKind.Slice:
                        if (index.Step == 0) throw new TorchException("slice step cannot be zero", TorchErrorKind.ValueError);
                        if (index.Step < 0) throw new TorchException("step must be greater than zero", TorchErrorKind.ValueError);
                        long start = index.Start ?? 0, stop = index.Stop ?? long.MaxValue;
                        // Python skips a slice that selects a whole dimension with step 1.
                        if (start == 0 && stop == shape[dim] && index.Step == 1)
                        {
                            dim++;
                            continue;
                        }
                        next = result.Slice(dim++, start, stop, index.Step);
                        break;
                    case TensorIndex.IndexKind.None:
                        next = result.Unsqueeze(dim++);
                        break;
                    case TensorIndex.IndexKind.Tensor:
                        tensorIndices ??= [];
                        while (tensorIndices.Count < dim) tensorIndices.Add(null);
                        tensorIndices.Add(index.Tensor);
                        dim += index.Tensor!.Dtype is DType.Bool or DType.UInt8 ? Math.Max(index.Tensor.Dim, 1) : 1;
                        continue;
                    default:
                        dim += Math.Max(0, originalDim - consumed); // an ellipsis spans the dimensions no other index takes
                        continue;
                }
                if (!ReferenceEquals(result, this)) result.Dispose();
                result = next;
                shape = result.Shape;
            }
        }
        catch
        {
            if (!ReferenceEquals(result, this)) result.Dispose();
            throw;
        }
        if (tensorIndices is null)
        {
            // Where Python returns the very same tensor, return a second reference to it, so that disposing the
            // result never disposes this tensor.
            return ReferenceEquals(result, this) ? Share() : result;
        }
        return result;
    }

    private Tensor GetAdvanced(TensorIndex[] indices)
    {
        var basic = Index(indices, out var tensorIndices);
        if (tensorIndices is null) return basic;
        try
        {
            return AdvancedIndex(basic, tensorIndices);
        }
        finally
        {
            if (!ReferenceEquals(basic, this)) basic.Dispose();
        }
    }

    private static unsafe Tensor AdvancedIndex(Tensor source, List<Tensor?> tensorIndices)
    {
        using var handles = new HandleList(tensorIndices);
        IntPtr result;
        fixed (IntPtr* p = handles.Pointers) return Result(NativeMethods.tig_index_Tensor(&result, source, p, tensorIndices.Count), result);
    }

    private unsafe void IndexAssign(TensorIndex[] indices, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var source = value.AsValueFor(this);
        var target = Index(indices, out var tensorIndices);
        try
        {
            if (tensorIndices is null)
            {
                target.Copy_(source);
                return;
            }
            using var handles = new HandleList(tensorIndices);
            fixed (IntPtr* p = handles.Pointers)
                Check.Status(NativeMethods.tig_index_put_(target, p, tensorIndices.Count, source, 0));
        }
        finally
        {
            if (!ReferenceEquals(target, this)) target.Dispose();
            if (!ReferenceEquals(source, value)) source.Dispose();
        }
    }

    private static long[] RemoveAt(long[] shape, int dim)
    {
        var result = new long[shape.Length - 1];
        Array.Copy(shape, 0, result, 0, dim);
        Array.Copy(shape, dim + 1, result, dim, shape.Length - dim - 1);
        return result;
    }
}
