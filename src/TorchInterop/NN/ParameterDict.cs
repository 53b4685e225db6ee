using System.Collections;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.ParameterDict</c>: parameters by name, in insertion order, registered under their keys so
/// that they belong to the owner. A tensor that is not yet a parameter becomes one, as PyTorch's <c>__setitem__</c>
/// does. Built from a plain dictionary, the keys are taken sorted (Python's <c>update</c> sorts a plain dict); from
/// pairs or another ParameterDict, in their order. It has no forward.
/// </summary>
public sealed class ParameterDict : Module, IEnumerable<string>
{
    private readonly List<string> _keys = [];

    /// <summary>An empty dictionary.</summary>
    public ParameterDict()
    {
    }

    /// <summary>A dictionary of <paramref name="parameters"/>, keys sorted as Python's <c>update</c> takes a plain dict.</summary>
    public ParameterDict(IDictionary<string, Tensor?> parameters) => Update(parameters);

    /// <summary>A dictionary of <paramref name="parameters"/> in their order (an <c>OrderedDict</c> or a list of pairs in Python).</summary>
    public ParameterDict(IEnumerable<(string Key, Tensor? Value)> parameters) => Update(parameters);

    /// <summary>How many entries (Python's <c>len</c>).</summary>
    public int Count => _keys.Count;

    /// <summary>The parameter under <paramref name="key"/>; setting a plain tensor stores it as a parameter.</summary>
    /// <exception cref="TorchException">AttributeError <c>'ParameterDict' object has no attribute 'key'</c> for a missing key, as in Python.</exception>
    public Tensor? this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            if (!_keys.Contains(key)) throw new TorchException($"'ParameterDict' object has no attribute '{key}'", TorchErrorKind.AttributeError);
            return GetParameter(key);
        }
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            if (!_keys.Contains(key)) _keys.Add(key);
            RegisterParameter(key, value is null || value.IsParameter ? value : Parameter.Create(value));
        }
    }

    /// <summary>Whether <paramref name="key"/> is present (Python's <c>key in params</c>).</summary>
    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>The keys, in insertion order.</summary>
    public IReadOnlyList<string> Keys() => [.. _keys];

    /// <summary>The values, in insertion order.</summary>
    public IReadOnlyList<Tensor?> Values() => [.. _keys.Select(k => this[k])];

    /// <summary>The (key, value) pairs, in insertion order.</summary>
    public IReadOnlyList<(string Key, Tensor? Value)> Items() => [.. _keys.Select(k => (k, this[k]))];

    /// <summary>The value under <paramref name="key"/>, or <paramref name="defaultValue"/> (Python's <c>get</c>).</summary>
    public Tensor? Get(string key, Tensor? defaultValue = null) => Contains(key) ? this[key] : defaultValue;

    /// <summary>Python's <c>setdefault</c>: inserts <paramref name="defaultValue"/> when <paramref name="key"/> is missing, then returns the value under it.</summary>
    public Tensor? SetDefault(string key, Tensor? defaultValue = null)
    {
        if (!Contains(key)) this[key] = defaultValue;
        return this[key];
    }

    /// <summary>Removes <paramref name="key"/> and returns its value (Python's <c>pop</c>).</summary>
    public Tensor? Pop(string key)
    {
        var value = this[key];
        Remove(key);
        return value;
    }

    /// <summary>Removes and returns the last inserted pair (Python's <c>popitem</c>).</summary>
    /// <exception cref="TorchException">KeyError <c>'dictionary is empty'</c>, as Python's OrderedDict.</exception>
    public (string Key, Tensor? Value) PopItem()
    {
        if (_keys.Count == 0) throw new TorchException("'dictionary is empty'", TorchErrorKind.KeyError);
        string key = _keys[^1];
        return (key, Pop(key));
    }

    /// <summary>Python's <c>del params[key]</c>.</summary>
    /// <exception cref="TorchException">KeyError <c>'key'</c> for a missing key.</exception>
    public void Remove(string key)
    {
        if (!_keys.Remove(key)) throw new TorchException($"'{key}'", TorchErrorKind.KeyError);
        RemoveParameter(key);
    }

    /// <summary>Removes every entry (Python's <c>clear</c>).</summary>
    public void Clear()
    {
        foreach (string key in _keys.ToList()) Remove(key);
    }

    /// <summary>Python's <c>copy</c>: a new ParameterDict holding the same parameters, in order.</summary>
    public ParameterDict Copy() => new(Items());

    /// <summary>Python's <c>fromkeys</c>: a new ParameterDict with <paramref name="keys"/>, each holding <paramref name="defaultValue"/>.</summary>
    public ParameterDict FromKeys(IEnumerable<string> keys, Tensor? defaultValue = null) => new(keys.Select(k => (k, defaultValue)));

    /// <summary>Python's <c>update</c> with a plain dict: its keys sorted.</summary>
    public void Update(IDictionary<string, Tensor?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (key, value) in parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal)) this[key] = value;
    }

    /// <summary>Python's <c>update</c> with an OrderedDict, a ParameterDict or pairs: in their order.</summary>
    public void Update(IEnumerable<(string Key, Tensor? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (key, value) in parameters.ToList()) this[key] = value;
    }

    /// <summary>Python's <c>update</c> with another ParameterDict: in its order.</summary>
    public void Update(ParameterDict parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Update(parameters.Items());
    }

    /// <summary>Python's <c>a | b</c>: a copy of <paramref name="left"/> updated with <paramref name="right"/>.</summary>
    public static ParameterDict operator |(ParameterDict left, ParameterDict right)
    {
        ArgumentNullException.ThrowIfNull(left);
        var copy = left.Copy();
        copy.Update(right);
        return copy;
    }

    /// <summary>Python's <c>params(...)</c>: a ParameterDict cannot be called.</summary>
    /// <exception cref="TorchException">Always: <c>ParameterDict should not be called.</c></exception>
    public void Call(object? input = null) => throw new TorchException("ParameterDict should not be called.");

    /// <summary>The keys in insertion order (Python's <c>iter(params)</c>).</summary>
    public IEnumerator<string> GetEnumerator() => Keys().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line per entry: <c>(key): Parameter containing: [torch.FloatTensor of size 2x3]</c>, as PyTorch's <c>extra_repr</c>.</summary>
    protected override string ExtraRepr() =>
        string.Join("\n", Items().Select(kv => $"  ({kv.Key}): " + (kv.Value is { } p ? ParameterContainers.Describe(p, p.TypeName()) : "Object of type: NoneType")));
}
