using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

/// <summary>
/// What a dialect hook returned, read as Python reads it: None, or a tuple of tensors and Nones; anything else is
/// PyTorch's TypeError (torch/csrc/autograd/python_hook.cpp's check_result and check_single_result).
/// </summary>
internal static class HookResultConversion
{
    public static IReadOnlyList<Tensor?>? Gradients(object? returned)
    {
        IReadOnlyList<object?> items = returned switch
        {
            null => [],
            TensorTuple tuple => [.. tuple],
            ITuple tuple => [.. Enumerable.Range(0, tuple.Length).Select(i => tuple[i])],
            IPythonTuple tuple => [.. tuple.Cast<object?>()],
            _ => throw new TorchException($"expected tuple, but hook returned '{PythonTypeName(returned)}'", TorchErrorKind.TypeError),
        };
        if (returned is null) return null;
        return [.. items.Select(item => item switch
        {
            null => null,
            Tensor t => t,
            _ => throw new TorchException($"expected Variable, but hook returned '{PythonTypeName(item)}'", TorchErrorKind.TypeError),
        })];
    }

    /// <summary>The class name Python's <c>type(value).__name__</c> gives the ported value.</summary>
    public static string PythonTypeName(object value) => value switch
    {
        Tensor => "Tensor",
        bool => "bool",
        int or long or short or byte => "int",
        double or float => "float",
        string => "str",
        IDictionary => "dict",
        IEnumerable => "list",
        _ => value.GetType().Name,
    };
}
