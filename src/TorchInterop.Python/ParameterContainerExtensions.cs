using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>The Python members of <c>ParameterList</c>, <c>ParameterDict</c> and <c>EmbeddingBag</c>.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class ParameterContainerExtensions
{
    extension(ParameterList list)
    {
        /// <summary><c>params.append(value)</c></summary>
        public ParameterList append(Tensor value) => list.Append(value);

        /// <summary><c>params.extend(values)</c></summary>
        public ParameterList extend(IEnumerable<Tensor> values) => list.Extend(values);
    }

    extension(ParameterDict dict)
    {
        /// <summary><c>params.keys()</c></summary>
        public IReadOnlyList<string> keys() => dict.Keys();

        /// <summary><c>params.values()</c></summary>
        public IReadOnlyList<Tensor?> values() => dict.Values();

        /// <summary><c>params.items()</c></summary>
        public IReadOnlyList<(string Key, Tensor? Value)> items() => dict.Items();

        /// <summary><c>params.get(key, default=None)</c></summary>
        public Tensor? get(string key, Tensor? @default = null) => dict.Get(key, @default);

        /// <summary><c>params.setdefault(key, default=None)</c></summary>
        public Tensor? setdefault(string key, Tensor? @default = null) => dict.SetDefault(key, @default);

        /// <summary><c>params.pop(key)</c></summary>
        public Tensor? pop(string key) => dict.Pop(key);

        /// <summary><c>params.popitem()</c></summary>
        public (string Key, Tensor? Value) popitem() => dict.PopItem();

        /// <summary><c>params.clear()</c></summary>
        public void clear() => dict.Clear();

        /// <summary><c>params.copy()</c></summary>
        public ParameterDict copy() => dict.Copy();

        /// <summary><c>params.fromkeys(keys, default=None)</c></summary>
        public ParameterDict fromkeys(IEnumerable<string> keys, Tensor? @default = null) => dict.FromKeys(keys, @default);

        /// <summary><c>params.update({...})</c>: a plain dict's keys sorted, as in Python.</summary>
        public void update(Dictionary<string, Tensor?> parameters) => dict.Update(parameters);

        /// <summary><c>params.update(other_parameter_dict)</c> or pairs: in their order.</summary>
        public void update(IEnumerable<(string, Tensor?)> parameters) => dict.Update(parameters);

        /// <summary><c>params.update(other)</c> with another ParameterDict.</summary>
        public void update(ParameterDict parameters) => dict.Update(parameters);
    }

    extension(EmbeddingBag bag)
    {
        /// <summary><c>bag(input, offsets=None, per_sample_weights=None)</c></summary>
        public Tensor forward(Tensor input, Tensor? offsets = null, Tensor? per_sample_weights = null) => bag.Call(input, offsets, per_sample_weights);
    }
}
