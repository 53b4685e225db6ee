using System.Collections.Concurrent;

namespace TorchInterop.Functorch.Einops;

/// <summary>
/// What <c>torch.func.rearrange</c> does to tensors of one rank for one pattern and set of lengths: functorch's
/// <c>_create_rearrange_callable</c>, which names one first-class dimension per elementary axis (<c>d0</c>,
/// <c>d1</c>, ...), indexes the tensor with the left side's packs of them, orders the result by the right side's and
/// sums out the anonymous axes of length 1. Recipes are cached as functorch's <c>lru_cache</c> caches its callables,
/// so a pattern's warnings come once per rank and lengths.
/// </summary>
internal sealed class RearrangeRecipe
{
    private const int CacheSize = 256;
    private static readonly ConcurrentDictionary<(int Rank, string Pattern, string Lengths), RearrangeRecipe> Cache = new();

    private readonly bool _isIdentity;
    private readonly int _dimCount;
    private readonly FirstClassIndex[] _left;
    private readonly FirstClassIndex[] _right;
    private readonly int _anonymousCount;
    private readonly (int Dim, long Length)[] _specifiedLengths;

    private RearrangeRecipe(int rank, string pattern, IReadOnlyList<KeyValuePair<string, long>> axesLengths)
    {
        var parsed = RearrangePattern.Parse(pattern, axesLengths);
        var (left, right) = (parsed.Left, parsed.Right);

        int anonymousCount = left.Composition.Count(e => e is List<object> { Count: 0 });
        int ellipsisDims, namedDims;
        if (left.HasEllipsis)
        {
            ellipsisDims = rank - (left.Composition.Count - 1);
            namedDims = left.Identifiers.Count - 1;
            if (anonymousCount + namedDims > rank)
                throw new TorchException($"Number of dimensions in pattern ({anonymousCount + namedDims}) must be less than or equal to the " +
                                         $"number of dimensions in the tensor ({rank})", TorchErrorKind.ValueError);
        }
        else
        {
            ellipsisDims = 0;
            namedDims = left.Identifiers.Count;
            if (left.Composition.Count != rank)
                throw new TorchException($"Number of dimensions in pattern ({left.Composition.Count}) must be equal to the number of " +
                                         $"dimensions in the tensor ({rank})", TorchErrorKind.ValueError);
        }
        _dimCount = namedDims + ellipsisDims + anonymousCount;
        _isIdentity = _dimCount == 0;
        _left = _right = [];
        _specifiedLengths = [];
        if (_isIdentity) return;

        // Each axis of the left side gets the next dimension; an empty group gets one of its own, summed out at the end.
        var dimsOf = new Dictionary<object, int[]>();
        var leftIndex = new List<FirstClassIndex>();
        int next = 0;
        foreach (var entry in left.Composition)
        {
            if (entry is List<object> group)
            {
                if (group.Count == 0)
                {
                    leftIndex.Add(FirstClassIndex.Pack([next++]));
                    _anonymousCount++;
                    continue;
                }
                var pack = new int[group.Count];
                for (int i = 0; i < group.Count; i++)
                {
                    pack[i] = next++;
                    dimsOf[group[i]] = [pack[i]];
                }
                leftIndex.Add(FirstClassIndex.Pack(pack));
            }
            else
            {
                var expanded = Enumerable.Range(next, ellipsisDims).ToArray();
                dimsOf[ParsedExpression.Ellipsis] = expanded;
                leftIndex.AddRange(expanded.Select(FirstClassIndex.Single));
                next += ellipsisDims;
            }
        }
        _left = [.. leftIndex];

        var rightIndex = new List<FirstClassIndex>();
        foreach (var entry in right.Composition)
        {
            if (entry is List<object> group) rightIndex.Add(FirstClassIndex.Pack([.. group.SelectMany(axis => dimsOf[axis])]));
            else rightIndex.AddRange(dimsOf[ParsedExpression.Ellipsis].Select(FirstClassIndex.Single));
        }
        _right = [.. rightIndex];
        _specifiedLengths = [.. axesLengths.Select(a => (dimsOf[a.Key][0], a.Value))];
    }

    /// <summary>The recipe for tensors of <paramref name="rank"/> dimensions, parsed and checked on first use.</summary>
    public static RearrangeRecipe For(int rank, string pattern, IReadOnlyList<KeyValuePair<string, long>> axesLengths)
    {
        var key = (rank, pattern, string.Join("\u0002", axesLengths.Select(a => a.Key + "\u0001" + a.Value)));
        if (Cache.TryGetValue(key, out var cached)) return cached;
        var recipe = new RearrangeRecipe(rank, pattern, axesLengths);
        if (Cache.Count >= CacheSize) Cache.Clear();
        return Cache.GetOrAdd(key, recipe);
    }

    /// <summary>
    /// Rearranges <paramref name="tensor"/> with the operations functorch's first-class dimensions run, so that the
    /// result is the same view (or copy) with the same <c>grad_fn</c>: <c>as_strided</c> to split the left side's
    /// groups, <c>as_strided</c> again to reorder, <c>reshape</c> to merge the right side's groups, <c>sum</c> over
    /// the anonymous axes. A pattern that changes nothing returns <paramref name="tensor"/> itself, as Python does.
    /// </summary>
    public Tensor Apply(Tensor tensor)
    {
        if (_isIdentity) return tensor;
        var binding = new DimBinding(_dimCount);
        foreach (var (dim, length) in _specifiedLengths) binding.SetSize(dim, length);
        var bound = binding.Index(tensor, _left);
        var ordered = bound.Order(_right);
        var result = _anonymousCount == 0 ? ordered : ordered.Sum([.. Enumerable.Range(0, _anonymousCount).Select(i => (long)i)]);
        foreach (var step in new[] { bound.Data, ordered }.Distinct())
            if (!ReferenceEquals(step, tensor) && !ReferenceEquals(step, result)) step.Dispose();
        return result;
    }
}

/// <summary>One entry of a first-class-dims index: a pack of dimensions (a group, a tuple in Python) or one dimension.</summary>
internal readonly record struct FirstClassIndex(int[] Dims, bool IsPack)
{
    public static FirstClassIndex Pack(int[] dims) => new(dims, true);

    public static FirstClassIndex Single(int dim) => new([dim], false);
}
