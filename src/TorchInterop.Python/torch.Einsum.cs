using System.Collections;
using System.Text;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.einsum(*args)</c> as <c>torch/functional.py</c> writes it: the equation with its operands
/// (<c>einsum("ij,jk", a, b)</c> or, the older spelling, <c>einsum("ij,jk", [a, b])</c>), or the sublist format
/// (<c>einsum(a, [0, 1], b, [1, 2], [0, 2])</c>), whose subscripts 0-51 are the letters A-Z and a-z and
/// <c>Ellipsis</c> is <c>...</c>.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.einsum(equation, *operands)</c> and <c>torch.einsum(equation, [operands])</c></summary>
    /// <example><code>var c = torch.einsum("ij,jk->ik", a, b);</code></example>
    public static Tensor einsum(string equation, params IReadOnlyList<Tensor> operands)
    {
        ArgumentNullException.ThrowIfNull(operands);
        if (operands.Count == 0) throw TooFewEinsumArguments();
        return Torch.Einsum(equation, operands);
    }

    /// <summary>
    /// <c>torch.einsum(op1, sublist1, op2, sublist2, ..., [sublist_out])</c>: each operand followed by its subscripts
    /// (ints in [0, 52) or <c>Ellipsis</c>), then optionally the output's.
    /// </summary>
    /// <example><code>var c = torch.einsum(a, [0, 1], b, new[] { 1, 2 }, new[] { 0, 2 });</code></example>
    public static Tensor einsum(Tensor operand, IReadOnlyList<object> sublist, params object[] rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        var args = new List<object> { operand, sublist };
        args.AddRange(rest);
        var operands = new List<Tensor>();
        var inputs = new List<string>();
        int pairs = args.Count / 2;
        for (int i = 0; i < pairs; i++)
        {
            inputs.Add(Subscripts(args[2 * i + 1]));
        }
        string equation = string.Join(",", inputs);
        // an odd count of arguments ends with the output's subscripts
        if (args.Count % 2 == 1) equation += "->" + Subscripts(args[^1]);
        // the operands are checked when they reach ATen's einsum(str equation, Tensor[] tensors): Python's argument parser
        for (int i = 0; i < pairs; i++)
            operands.Add(args[2 * i] as Tensor ?? throw new TorchException(
                $"expected Tensor as element {i} in argument 1, but got {PythonTypeName(args[2 * i])}", TorchErrorKind.TypeError));
        return Torch.Einsum(equation, operands);
    }

    private static TorchException TooFewEinsumArguments() => new(
        "einsum(): must specify the equation string and at least one operand, or at least one operand and its subscripts list",
        TorchErrorKind.ValueError);

    private static string Subscripts(object? list)
    {
        if (list is not IEnumerable items || list is string or Tensor)
            throw new TorchException($"'{PythonTypeName(list)}' object is not iterable", TorchErrorKind.TypeError);
        var text = new StringBuilder();
        foreach (var item in items) text.Append(Subscript(item));
        return text.ToString();
    }

    // functional.py's parse_subscript: Ellipsis is "...", 0-25 are A-Z, 26-51 are a-z
    private static string Subscript(object? item)
    {
        if (item is TensorIndex { Kind: TensorIndex.IndexKind.Ellipsis }) return "...";
        long n = item switch
        {
            bool b => b ? 1 : 0,
            int i => i,
            long l => l,
            _ => throw new TorchException($"'>=' not supported between instances of '{PythonTypeName(item)}' and 'int'", TorchErrorKind.TypeError),
        };
        if (n is >= 0 and < 26) return ((char)('A' + n)).ToString();
        if (n is >= 26 and < 52) return ((char)('a' + n - 26)).ToString();
        throw new TorchException("einsum(): subscript in subscript list is not within the valid range [0, 52)", TorchErrorKind.ValueError);
    }

    private static string PythonTypeName(object? value) => value switch
    {
        null => "NoneType",
        string => "str",
        double or float => "float",
        bool => "bool",
        int or long => "int",
        Tensor => "Tensor",
        _ => value.GetType().Name,
    };
}
#pragma warning restore CS8981, IDE1006
