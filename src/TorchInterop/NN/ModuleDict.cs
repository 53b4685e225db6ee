using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.ModuleDict</c>: submodules by name, in insertion order, registered under their keys so that
/// their parameters belong to the owner. <typeparamref name="T"/> keeps the values' type in C#;
/// <see cref="ModuleDict"/> holds any module.
/// </summary>
public class ModuleDict<T> : Module, IDictionary<string, T>, IReadOnlyDictionary<string, T> where T : Module
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, T> _items = [];

    /// <summary>A dictionary holding <paramref name="modules"/>, in their order.</summary>
    public ModuleDict(IEnumerable<KeyValuePair<string, T>>? modules = null)
    {
        if (modules is not null) Update(modules);
    }

    /// <summary>How many modules.</summary>
    public int Count => _keys.Count;

    /// <summary>The keys, in insertion order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The modules, in insertion order.</summary>
    public IReadOnlyList<T> Values => _keys.Select(k => _items[k]).ToList();

    ICollection<string> IDictionary<string, T>.Keys => _keys.ToList();

    ICollection<T> IDictionary<string, T>.Values => Values.ToList();

    IEnumerable<string> IReadOnlyDictionary<string, T>.Keys => _keys;

    IEnumerable<T> IReadOnlyDictionary<string, T>.Values => Values;

    bool ICollection<KeyValuePair<string, T>>.IsReadOnly => false;

    /// <summary>The module under <paramref name="key"/>; setting a new key adds it at the end, an existing one keeps its place.</summary>
    /// <exception cref="KeyNotFoundException">No module has that key.</exception>
    public T this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            return _items.TryGetValue(key, out var module) ? module : throw new KeyNotFoundException($"'{key}' is not a key of this ModuleDict");
        }
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value);
            RegisterModule(key, value);
            if (!_items.ContainsKey(key)) _keys.Add(key);
            _items[key] = value;
        }
    }

    /// <summary>Adds or replaces <paramref name="key"/>.</summary>
    public void Add(string key, T module) => this[key] = module;

    /// <summary>Adds or replaces every pair, in order (Python's <c>update</c>).</summary>
    public void Update(IEnumerable<KeyValuePair<string, T>> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var (key, module) in modules.ToList()) this[key] = module;
    }

    /// <summary>Removes and returns the module under <paramref name="key"/> (Python's <c>pop</c>).</summary>
    public T Pop(string key)
    {
        var module = this[key];
        Remove(key);
        return module;
    }

    /// <summary>Removes the module under <paramref name="key"/>; true if there was one.</summary>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_items.Remove(key)) return false;
        _keys.Remove(key);
        UnregisterModule(key);
        return true;
    }

    /// <summary>Removes every module.</summary>
    public void Clear()
    {
        foreach (var key in _keys.ToList()) Remove(key);
    }

    /// <summary>Whether a module has that key.</summary>
    public bool ContainsKey(string key) => _items.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => _items.TryGetValue(key, out value);

    /// <summary>(key, module) pairs in insertion order (Python's <c>items()</c>).</summary>
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() =>
        _keys.Select(k => new KeyValuePair<string, T>(k, _items[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, T>>.Add(KeyValuePair<string, T> item) => this[item.Key] = item.Value;

    bool ICollection<KeyValuePair<string, T>>.Contains(KeyValuePair<string, T> item) =>
        _items.TryGetValue(item.Key, out var module) && ReferenceEquals(module, item.Value);

    void ICollection<KeyValuePair<string, T>>.CopyTo(KeyValuePair<string, T>[] array, int arrayIndex) =>
        this.ToList().CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, T>>.Remove(KeyValuePair<string, T> item) =>
        ((ICollection<KeyValuePair<string, T>>)this).Contains(item) && Remove(item.Key);
}

/// <summary>Python's <c>torch.nn.ModuleDict</c> of any modules.</summary>
public sealed class ModuleDict : ModuleDict<Module>
{
    /// <summary>A dictionary holding <paramref name="modules"/>, in their order.</summary>
    public ModuleDict(IEnumerable<KeyValuePair<string, Module>>? modules = null) : base(modules) { }
}
