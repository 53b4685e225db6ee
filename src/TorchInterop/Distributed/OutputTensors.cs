using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Distributed;

/// <summary>Python's <c>_find_tensors</c>: every tensor in a forward's output (a tensor, a tuple, a list or a dictionary of them).</summary>
internal static class OutputTensors
{
    internal static List<Tensor> Find(object? output)
    {
        var found = new List<Tensor>();
        Collect(output, found);
        return found;
    }

    private static void Collect(object? value, List<Tensor> found)
    {
        switch (value)
        {
            case null: return;
            case Tensor tensor: found.Add(tensor); return;
            case IDictionary dictionary:
                foreach (var item in dictionary.Values) Collect(item, found);
                return;
            case ITuple tuple:
                for (int i = 0; i < tuple.Length; i++) Collect(tuple[i], found);
                return;
            case IEnumerable items when value is not string:
                foreach (var item in items) Collect(item, found);
                return;
        }
    }
}
