namespace TorchInterop.Functorch.Einops;

/// <summary>
/// The first-class dimensions <c>d0</c>, <c>d1</c>, ... of one rearrange call and the sizes they get bound to, with
/// the tensor operations and messages of functorch.dim: a size of -1 means unbound, as in <c>Dim._size</c> (so a
/// length of -1 given for an axis leaves it to be inferred, as in Python).
/// </summary>
internal sealed class DimBinding(int count)
{
    private readonly long[] _sizes = Enumerable.Repeat(-1L, count).ToArray();

    /// <summary><c>dim.size = length</c>: binds an unbound dimension; a bound one must keep its size.</summary>
    public void SetSize(int dim, long length)
    {
        if (_sizes[dim] == -1) _sizes[dim] = length;
        else if (_sizes[dim] != length)
            throw BindError($"Dim '{Name(dim)}' previously bound to a dimension of size {_sizes[dim]} cannot bind to a dimension of size {length}");
    }

    /// <summary>
    /// <c>tensor[index]</c> with first-class dimensions: binds each entry of <paramref name="index"/> to the next
    /// dimension of <paramref name="tensor"/> (a pack splits it, inferring at most one unbound size), then, when there
    /// are packs, restrides the tensor to one dimension per first-class dimension. Dimensions left over stay positional.
    /// </summary>
    public BoundTensor Index(Tensor tensor, FirstClassIndex[] index)
    {
        long[] sizes = tensor.Shape, strides = tensor.Stride();
        bool hasPacks = index.Any(i => i.IsPack);
        var newSizes = new List<long>();
        var newStrides = new List<long>();
        var levels = new List<int>();
        for (int i = 0; i < sizes.Length; i++)
        {
            if (i < index.Length && index[i].IsPack)
            {
                BindPack(sizes[i], strides[i], index[i].Dims, newSizes, newStrides);
                levels.AddRange(index[i].Dims);
                continue;
            }
            if (i < index.Length)
            {
                int dim = index[i].Dims[0];
                if (_sizes[dim] == -1) _sizes[dim] = sizes[i];
                levels.Add(dim);
            }
            else
            {
                levels.Add(BoundTensor.Positional(i));
            }
            newSizes.Add(sizes[i]);
            newStrides.Add(strides[i]);
        }
        var data = hasPacks ? tensor.AsStrided([.. newSizes], [.. newStrides], tensor.StorageOffset()) : tensor;
        return new BoundTensor(data, levels);
    }

    // functorch.dim's _bind_dims_to_size: the pack's sizes must multiply to the dimension's size; its strides nest in
    // the dimension's stride, the last one innermost.
    private void BindPack(long size, long stride, int[] pack, List<long> newSizes, List<long> newStrides)
    {
        long product = 1;
        for (int i = 0; i < pack.Length; i++)
        {
            if (_sizes[pack[i]] != -1)
            {
                product *= _sizes[pack[i]];
                continue;
            }
            for (int j = i + 1; j < pack.Length; j++)
            {
                if (_sizes[pack[j]] == -1)
                    throw BindError($"cannot infer the sizes of two dimensions at once {Name(pack[i])} and {Name(pack[j])}");
                product *= _sizes[pack[j]];
            }
            if (product == 0) throw new TorchException("division by zero", TorchErrorKind.ZeroDivisionError);
            if (FloorMod(size, product) != 0)
            {
                string known = Tuple(pack.Select(d => _sizes[d] != -1 ? _sizes[d].ToString(System.Globalization.CultureInfo.InvariantCulture) : "'?'"));
                throw BindError($"inferred dimension does not evenly fit into larger dimension: {size} vs {known}");
            }
            SetSize(pack[i], FloorDiv(size, product));
            product = size;
            break;
        }
        if (product != size)
            throw BindError($"Dimension sizes to do not match ({size} != {product}) when matching dimension pack {Tuple(pack.Select(Name))}");

        var packStrides = new long[pack.Length];
        long current = stride;
        for (int i = pack.Length - 1; i >= 0; i--)
        {
            packStrides[i] = current;
            current *= Size(pack[i]);
        }
        for (int i = 0; i < pack.Length; i++)
        {
            newSizes.Add(Size(pack[i]));
            newStrides.Add(packStrides[i]);
        }
    }

    // Dim.size: reading an unbound dimension's size is an error.
    private long Size(int dim) =>
        _sizes[dim] != -1 ? _sizes[dim] : throw new TorchException($"dimension {Name(dim)} is unbound", TorchErrorKind.ValueError);

    /// <summary>The name functorch gives dimension <paramref name="dim"/> (<c>d0</c>, <c>d1</c>, ...), as messages show it.</summary>
    public static string Name(int dim) => "d" + dim.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Python's % and // round towards negative infinity.
    private static long FloorMod(long a, long b) => ((a % b) + b) % b;

    private static long FloorDiv(long a, long b) => (a - FloorMod(a, b)) / b;

    private static string Tuple(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? $"({list[0]},)" : "(" + string.Join(", ", list) + ")";
    }

    private static TorchException BindError(string message) => new(message, TorchErrorKind.DimensionBindError);
}
