using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

/// <summary>Python's members of a <c>grad_fn</c> node: <c>name()</c> and <c>next_functions</c>.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class GradFnExtensions
{
    extension(GradFn node)
    {
        /// <summary><c>grad_fn.name()</c>: LibTorch's name with its namespace (<c>torch::autograd::AccumulateGrad</c>), as in Python.</summary>
        public string name() => node.QualifiedName;

        /// <summary>
        /// <c>grad_fn.next_functions</c>: a tuple of (node, input number) pairs, None for inputs that need no
        /// gradient; prints as Python's tuple of tuples.
        /// </summary>
        public PyTuple<(GradFn?, int)> next_functions =>
            new(node.NextFunctions.Select(p => (p.Function, p.InputNr)).ToArray());
    }
}

/// <summary>
/// A read-only Python tuple of <typeparamref name="T"/>: indexable (negative indices too), and printed by
/// <see cref="Builtins.print(object?)"/> as Python's tuple repr, <c>(a,)</c> for one element.
/// </summary>
public sealed class PyTuple<T> : IReadOnlyList<T>, IPythonTuple
{
    private readonly T[] _items;

    /// <summary>A tuple of the given items.</summary>
    public PyTuple(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = (T[])items.Clone();
    }

    /// <summary>The item at <paramref name="index"/>; negative indices count from the end.</summary>
    public T this[int index]
    {
        get
        {
            int i = index < 0 ? index + _items.Length : index;
            if (i < 0 || i >= _items.Length) throw new IndexOutOfRangeException("tuple index out of range");
            return _items[i];
        }
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Python's tuple repr.</summary>
    public override string ToString() => Builtins.repr(this);
}

/// <summary>Marks a collection that prints as a Python tuple rather than a list.</summary>
public interface IPythonTuple : System.Collections.IEnumerable;
