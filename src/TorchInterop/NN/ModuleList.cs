using System.Collections;
using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.ModuleList</c>: submodules in a list, registered as <c>0</c>, <c>1</c>, ... so that their
/// parameters belong to the owner. It has no forward; iterate over it. <typeparamref name="T"/> lets C# keep the
/// elements' type (<c>ModuleList&lt;Linear&gt;</c>); <see cref="ModuleList"/> holds any module.
/// </summary>
public class ModuleList<T> : Module, IList<T>, IReadOnlyList<T> where T : Module
{
    private readonly List<T> _items = [];

    // A module replaced by name ("1") is the one the list holds.
    internal override void ReplaceChild(string name, Module child)
    {
        base.ReplaceChild(name, child);
        if (int.TryParse(name, System.Globalization.CultureInfo.InvariantCulture, out int index) && child is T item) _items[index] = item;
    }

    /// <summary>A list holding <paramref name="modules"/>, in order.</summary>
    public ModuleList(IEnumerable<T>? modules = null)
    {
        if (modules is not null) Extend(modules);
    }

    /// <summary>How many modules.</summary>
    public int Count => _items.Count;

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>The module at <paramref name="index"/>; negative counts from the end, as in Python.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Python's <c>index 5 is out of range</c>.</exception>
    public T this[int index]
    {
        get => _items[AbsoluteIndex(index)];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            int i = AbsoluteIndex(index);
            _items[i] = value;
            RegisterModule(Name(i), value);
        }
    }

    /// <summary>Python's <c>modules[1:3]</c>: a new list holding the same modules.</summary>
    public ModuleList<T> this[Range range] => new(_items[range]);

    /// <summary>Adds a module at the end (Python's <c>append</c>); returns this list.</summary>
    public ModuleList<T> Append(T module)
    {
        ArgumentNullException.ThrowIfNull(module);
        _items.Add(module);
        RegisterModule(Name(_items.Count - 1), module);
        return this;
    }

    /// <summary>Adds modules at the end (Python's <c>extend</c>); returns this list.</summary>
    public ModuleList<T> Extend(IEnumerable<T> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var module in modules.ToList()) Append(module);
        return this;
    }

    /// <summary>Inserts a module before <paramref name="index"/> (negative counts from the end; out-of-range indices clamp, as Python's list.insert).</summary>
    public void Insert(int index, T module)
    {
        ArgumentNullException.ThrowIfNull(module);
        int i = index < 0 ? Math.Max(0, index + _items.Count) : Math.Min(index, _items.Count);
        _items.Insert(i, module);
        Renumber();
    }

    /// <summary>Removes the module at <paramref name="index"/>, renumbering the ones after it (Python's <c>del modules[i]</c>).</summary>
    public void RemoveAt(int index)
    {
        int i = AbsoluteIndex(index);
        _items.RemoveAt(i);
        UnregisterModule(Name(_items.Count));
        Renumber();
    }

    /// <summary>Removes and returns the module at <paramref name="index"/> (Python's <c>pop</c>).</summary>
    public T Pop(int index = -1)
    {
        var module = this[index];
        RemoveAt(index);
        return module;
    }

    /// <summary>Python's <c>list.index</c>: the position of <paramref name="module"/> (by identity), or -1.</summary>
    public int IndexOf(T module) => _items.FindIndex(m => ReferenceEquals(m, module));

    /// <summary>Whether <paramref name="module"/> (by identity) is in the list.</summary>
    public bool Contains(T module) => IndexOf(module) >= 0;

    void ICollection<T>.Add(T item) => Append(item);

    bool ICollection<T>.Remove(T item)
    {
        int index = IndexOf(item);
        if (index < 0) return false;
        RemoveAt(index);
        return true;
    }

    void ICollection<T>.Clear()
    {
        while (_items.Count > 0) RemoveAt(_items.Count - 1);
    }

    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int AbsoluteIndex(int index)
    {
        int i = index < 0 ? index + _items.Count : index;
        if (i < 0 || i >= _items.Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"index {index} is out of range");
        return i;
    }

    // Registers the items again as 0..n-1, in order, as Python's insert and delete leave them.
    private void Renumber()
    {
        for (int i = 0; i < _items.Count; i++) UnregisterModule(Name(i));
        for (int i = 0; i < _items.Count; i++) RegisterModule(Name(i), _items[i]);
    }

    private static string Name(int index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Python's <c>repr(module_list)</c>. PyTorch 2.x's ModuleList compresses runs of modules with the same repr into
    /// <c>(2-3): 2 x Linear(...)</c>; 1.13 prints every module as any module does.
    /// </summary>
    public override string ToString()
    {
        if (!LibTorch.IsAtLeast(2)) return base.ToString();
        if (_items.Count == 0) return ReprName + "()";
        var blocks = new List<(int Start, int End, string Repr)>();
        for (int i = 0; i < _items.Count; i++)
        {
            string repr = _items[i].ToString();
            if (blocks.Count > 0 && blocks[^1].Repr == repr) blocks[^1] = blocks[^1] with { End = i };
            else blocks.Add((i, i, repr));
        }
        var lines = blocks.Select(b => (b.Start == b.End
            ? FormattableString.Invariant($"({b.Start}): {b.Repr}")
            : FormattableString.Invariant($"({b.Start}-{b.End}): {b.End - b.Start + 1} x {b.Repr}")).Replace("\n", "\n  ", StringComparison.Ordinal));
        return ReprName + "(\n  " + string.Join("\n  ", lines) + "\n)";
    }
}

/// <summary>Python's <c>torch.nn.ModuleList</c> of any modules.</summary>
public sealed class ModuleList : ModuleList<Module>
{
    /// <summary>A list holding <paramref name="modules"/>, in order.</summary>
    public ModuleList(IEnumerable<Module>? modules = null) : base(modules) { }
}
