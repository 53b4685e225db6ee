using System.Reflection;

namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// Calls the C# API the way Python calls PyTorch: an op name, positional arguments and keyword arguments, with the
/// values TensorFile loads (tensors, long, double, bool, string, null, lists, and marker dictionaries for dtypes).
/// Among the <c>Torch</c> functions and <c>Tensor</c> methods of that name it picks the overload whose parameters
/// take the arguments with the cheapest conversions, as Python's argument parser picks a signature.
/// </summary>
internal static class PythonCall
{
    private static readonly Dictionary<string, MethodInfo[]> TorchFunctions = Group(typeof(Torch).GetMethods(BindingFlags.Public | BindingFlags.Static));
    private static readonly Dictionary<string, MethodInfo[]> TensorMethods = Group(typeof(Tensor).GetMethods(BindingFlags.Public | BindingFlags.Instance));

    // Python-level keyword names that the ATen schema spells differently (F.dropout's training is aten's train).
    private static readonly Dictionary<string, string> KeywordAliases = new() { ["training"] = "train" };

    // Python attributes that are ATen ops under another name.
    private static readonly Dictionary<string, string> OpAliases = new() { ["T"] = "NumpyT", ["mT"] = "MT" };

    /// <summary>The C# member names an OpInfo op may have, most specific first.</summary>
    public static IEnumerable<string> CandidateNames(string opName, string atenName)
    {
        if (OpAliases.TryGetValue(opName, out var alias)) yield return alias;
        foreach (var name in new[] { atenName, opName, opName.Replace('.', '_') })
        {
            yield return Pascal(name);
            int dot = name.LastIndexOf('.');
            if (dot >= 0) yield return Pascal(name[(dot + 1)..]);
        }
    }

    public static bool Exists(string name) => TorchFunctions.ContainsKey(name) || TensorMethods.ContainsKey(name);

    /// <summary>Invokes the best overload; throws <see cref="MissingMethodException"/> when no overload takes the arguments.</summary>
    public static object? Invoke(string name, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs)
    {
        // Python's factories take requires_grad=...; ATen's schemas do not: it is applied to the result.
        if (kwargs.TryGetValue("requires_grad", out var flag) && flag is bool requiresGrad)
        {
            var rest = kwargs.Where(kv => kv.Key != "requires_grad").ToDictionary(kv => kv.Key, kv => kv.Value);
            var result = Invoke(name, input, args, rest);
            if (requiresGrad && result is Tensor t) t.RequiresGrad = true;
            return result;
        }
        // torch.nn.functional's return_indices=True is ATen's ..._with_indices op
        if (kwargs.TryGetValue("return_indices", out var indices) && indices is bool withIndices)
        {
            var rest = kwargs.Where(kv => kv.Key != "return_indices").ToDictionary(kv => kv.Key, kv => kv.Value);
            return Invoke(withIndices && Exists(name + "WithIndices") ? name + "WithIndices" : name, input, args, rest);
        }
        // Python's variadic tensors (torch.block_diag(a, b, c)) are one Tensor[] parameter in the schema.
        if (input is Tensor && args.All(a => a is Tensor) && TakesTensorList(name) && !CanBind(name, input, args, kwargs))
            return Invoke(name, new List<object?>([input, .. args]), [], kwargs);
        return InvokeBest(name, input, args, kwargs);
    }

    private static bool TakesTensorList(string name) =>
        TorchFunctions.GetValueOrDefault(name, []).Any(m => m.GetParameters() is [{ ParameterType: var t }, ..] && t == typeof(IReadOnlyList<Tensor>));

    private static bool CanBind(string name, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs)
    {
        var positional = new List<object?> { input };
        positional.AddRange(args);
        return TorchFunctions.GetValueOrDefault(name, []).Any(m => TryBind(m, positional, kwargs, out _, out _)) ||
               input is Tensor && TensorMethods.GetValueOrDefault(name, []).Any(m => TryBind(m, args, kwargs, out _, out _));
    }

    private static object? InvokeBest(string name, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs)
    {
        var calls = new List<(int Cost, MethodInfo Method, object? Target, object?[] Arguments)>();
        var positional = new List<object?> { input };
        positional.AddRange(args);
        foreach (var method in TorchFunctions.GetValueOrDefault(name, []))
            if (TryBind(method, positional, kwargs, out var bound, out int cost)) calls.Add((cost, method, null, bound));
        if (input is Tensor self)
            foreach (var method in TensorMethods.GetValueOrDefault(name, []))
                if (TryBind(method, args, kwargs, out var bound, out int cost)) calls.Add((cost + 1, method, self, bound));
        if (calls.Count == 0)
            throw new MissingMethodException($"no overload of {name} takes ({Describe(positional, kwargs)})");
        var best = calls.MinBy(c => c.Cost);
        try
        {
            return best.Method.Invoke(best.Target, best.Arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>Binds Python-style arguments to a method's or constructor's parameters; the cost ranks the candidates.</summary>
    internal static bool TryBind(MethodBase method, IReadOnlyList<object?> positional, IReadOnlyDictionary<string, object?> kwargs,
        out object?[] arguments, out int cost)
    {
        var parameters = method.GetParameters();
        arguments = new object?[parameters.Length];
        cost = 0;
        if (positional.Count > parameters.Length) return false;
        var filled = new bool[parameters.Length];
        for (int i = 0; i < positional.Count; i++)
        {
            if (!ValueConversion.TryConvert(positional[i], parameters[i].ParameterType, out arguments[i], out int c)) return false;
            filled[i] = true;
            cost += c;
        }
        foreach (var (key, value) in kwargs)
        {
            int index = Array.FindIndex(parameters, p => string.Equals(p.Name, Camel(key), StringComparison.OrdinalIgnoreCase));
            if (index < 0 && KeywordAliases.TryGetValue(key, out var alias))
                index = Array.FindIndex(parameters, p => string.Equals(p.Name, Camel(alias), StringComparison.OrdinalIgnoreCase));
            if (index < 0 || filled[index]) return false;
            if (!ValueConversion.TryConvert(value, parameters[index].ParameterType, out arguments[index], out int c)) return false;
            filled[index] = true;
            cost += c;
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            if (filled[i]) continue;
            if (!parameters[i].HasDefaultValue) return false;
            arguments[i] = parameters[i].DefaultValue;
        }
        return true;
    }

    private static Dictionary<string, MethodInfo[]> Group(IEnumerable<MethodInfo> methods) =>
        methods.Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.ToArray());

    private static string Describe(IEnumerable<object?> positional, IReadOnlyDictionary<string, object?> kwargs) =>
        string.Join(", ", positional.Select(ValueConversion.Describe).Concat(kwargs.Select(kv => $"{kv.Key}={ValueConversion.Describe(kv.Value)}")));

    // The generator's spellings (native/codegen/csharp_names.py).
    internal static string Pascal(string name)
    {
        int leading = name.Length - name.TrimStart('_').Length, trailing = name.Length - name.TrimEnd('_').Length;
        var words = name.Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        return new string('_', leading) + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + new string('_', trailing);
    }

    internal static string Camel(string name)
    {
        var words = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
