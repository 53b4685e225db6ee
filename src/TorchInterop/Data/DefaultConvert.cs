using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Data;

/// <summary>
/// Python's <c>torch.utils.data.default_convert</c>: what a loader does to each sample when it does not batch. PyTorch
/// turns NumPy arrays into tensors and leaves other leaves alone; .NET has no NumPy, so leaves stay as they are and
/// only the containers change as in PyTorch.
/// </summary>
public static class DefaultConvert
{
    /// <summary>
    /// A tensor, string or other leaf is returned as it is; a dictionary becomes a new one of converted values in the
    /// same key order; a tuple (Python converts tuples, other than named tuples, to lists) and a list become a list of
    /// converted items.
    /// <example><code>DefaultConvert.Apply((1, Torch.Ones(2)))  // [1, tensor([1., 1.])]</code></example>
    /// </summary>
    public static object? Apply(object? data)
    {
        switch (data)
        {
            case null or Tensor or string:
                return data;
            case IDictionary dict:
            {
                var result = new Dictionary<object, object?>();
                foreach (DictionaryEntry e in dict) result[e.Key] = Apply(e.Value);
                return result;
            }
            case ITuple tuple:
            {
                var items = new List<object?>(tuple.Length);
                for (int i = 0; i < tuple.Length; i++) items.Add(Apply(tuple[i]));
                return items;
            }
            case IList list:
                return list.Cast<object?>().Select(Apply).ToList();
            default:
                return data;
        }
    }
}
