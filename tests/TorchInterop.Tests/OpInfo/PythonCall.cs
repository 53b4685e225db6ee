using System.Reflection;

namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// Calls the C# API the way Python calls PyTorch: an op name, positional arguments and keyword arguments, with the
/// values TensorFile loads (tensors, long, double, bool, string, null, lists, and marker dictionaries for dtypes).
/// The Python dialect's function of the op's Python name comes first (<see cref="DialectFunctions"/>: Python's keyword
/// names, Python-level logic); where none takes the arguments, the <c>Torch</c> functions and <c>Tensor</c> methods named
/// after the ATen op. Among the candidates it picks the overload whose parameters take the arguments with the cheapest
/// conversions, as Python's argument parser picks a signature.
/// </summary>
internal static class PythonCall
{
    /// <summary>What one OpInfo op calls: the dialect's functions of its Python name, else the idiomatic member.</summary>
    internal sealed record OpTarget(string OpName, bool HasDialect, string? Member)
    {
        public override string ToString() =>
            HasDialect ? DialectFunctions.Describe(OpName) + (Member is null ? "" : $" (else {Member})") : Member!;
    }

    /// <summary>
    /// The op's target, or null when neither the dialect nor the idiomatic API has a member of its names. The dialect
    /// is tried only for <paramref name="pythonFunction"/>, the torch function OpInfo calls with the sample's arguments
    /// as they are (export_opinfo.py's python_function).
    /// </summary>
    public static OpTarget? Resolve(string opName, string atenName, string? pythonFunction)
    {
        bool dialect = pythonFunction is not null &&
                       (DialectFunctions.Functions(pythonFunction).Length > 0 || DialectFunctions.TensorMethods(pythonFunction).Length > 0);
        string? member = CandidateNames(opName, atenName).FirstOrDefault(Exists);
        return dialect || member is not null ? new(opName, dialect, member) : null;
    }

    /// <summary>Calls the op's dialect function when one takes the arguments, else its idiomatic member.</summary>
    public static object? Invoke(OpTarget target, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs)
    {
        if (target.HasDialect && TryInvokeDialect(target.OpName, input, args, kwargs, out var result)) return result;
        if (target.Member is null)
            throw new MissingMethodException($"no overload of {DialectFunctions.Describe(target.OpName)} takes ({Describe([input, .. args], kwargs)})");
        return Invoke(target.Member, input, args, kwargs);
    }

    private static bool TryInvokeDialect(string opName, object? input, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs,
        out object? result)
    {
        var candidates = DialectFunctions.Functions(opName).Concat(DialectFunctions.TensorMethods(opName)).ToArray();
        var positional = new List<object?> { input };
        positional.AddRange(args);
        if (Best(candidates, positional, kwargs) is { } call)
        {
            result = Call(call.Method, null, call.Arguments);
            return true;
        }
        // A factory's requires_grad=True that the dialect's signature lacks is applied to the result.
        if (kwargs.TryGetValue("requires_grad", out var flag) && flag is bool requiresGrad &&
            TryInvokeDialect(opName, input, args, Without(kwargs, "requires_grad"), out result))
        {
            if (requiresGrad && result is Tensor t) t.RequiresGrad = true;
            return true;
        }
        // F.max_pool2d(..., return_indices=True) is F.max_pool2d_with_indices, as functional.py's boolean_dispatch does
        if (kwargs.TryGetValue("return_indices", out var indices) && indices is bool withIndices)
            return TryInvokeDialect(withIndices ? opName + "_with_indices" : opName, input, args, Without(kwargs, "return_indices"), out result);
        // a positional return_indices (F.adaptive_max_pool2d(x, 3, True)) sits right after the _with_indices function's
        // parameters, which Python's signature shares
        if (args.Count > 0 && args[^1] is bool positionalIndices && !kwargs.ContainsKey("return_indices") &&
            DialectFunctions.Functions(opName + "_with_indices") is { Length: > 0 } withIndicesFunctions &&
            withIndicesFunctions.Any(m => m.GetParameters().Length == args.Count))
            return TryInvokeDialect(positionalIndices ? opName + "_with_indices" : opName, input, args.Take(args.Count - 1).ToList(), kwargs, out result);
        // Python's variadic tensors (torch.block_diag(a, b, c)) as one list
        if (input is Tensor && args.Count > 0 && args.All(a => a is Tensor) &&
            Best(candidates, [new List<object?>(positional)], kwargs) is { } packed)
        {
            result = Call(packed.Method, null, packed.Arguments);
            return true;
        }
        result = null;
        return false;
    }

    private static Dictionary<string, object?> Without(IReadOnlyDictionary<string, object?> kwargs, string key) =>
        kwargs.Where(kv => kv.Key != key).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static (MethodInfo Method, object?[] Arguments)? Best(IEnumerable<MethodInfo> candidates, IReadOnlyList<object?> positional,
        IReadOnlyDictionary<string, object?> kwargs)
    {
        (int Cost, MethodInfo Method, object?[] Arguments)? best = null;
        foreach (var method in candidates)
            if (TryBind(method, positional, kwargs, out var bound, out int cost) && (best is null || cost < best.Value.Cost))
                best = (cost, method, bound);
        return best is { } b ? (b.Method, b.Arguments) : null;
    }

    private static object? Call(MethodInfo method, object? target, object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

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
        return Call(best.Method, best.Target, best.Arguments);
    }

    /// <summary>Binds Python-style arguments to a method's or constructor's parameters; the cost ranks the candidates.</summary>
    internal static bool TryBind(MethodBase method, IReadOnlyList<object?> positional, IReadOnlyDictionary<string, object?> kwargs,
        out object?[] arguments, out int cost)
    {
        var parameters = method.GetParameters();
        arguments = new object?[parameters.Length];
        cost = 0;
        // C#'s params array takes Python's trailing positional arguments (the dialect's torch.broadcast_tensors(*tensors))
        if (parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute), false) &&
            (positional.Count > parameters.Length || positional.Count == parameters.Length && positional[^1] is not List<object?>))
            positional = [.. positional.Take(parameters.Length - 1), new List<object?>(positional.Skip(parameters.Length - 1))];
        if (positional.Count > parameters.Length) return false;
        var filled = new bool[parameters.Length];
        for (int i = 0; i < positional.Count; i++)
        {
            if (positional[i] is null && !AcceptsNone(parameters[i])) return false;
            if (!ValueConversion.TryConvert(positional[i], parameters[i].ParameterType, out arguments[i], out int c)) return false;
            filled[i] = true;
            cost += c;
        }
        foreach (var (key, value) in kwargs)
        {
            // the dialect's parameters carry Python's keyword names; the idiomatic ones their camelCase
            int index = Array.FindIndex(parameters, p => p.Name == key);
            if (index < 0) index = Array.FindIndex(parameters, p => string.Equals(p.Name, Camel(key), StringComparison.OrdinalIgnoreCase));
            if (index < 0 && KeywordAliases.TryGetValue(key, out var alias))
                index = Array.FindIndex(parameters, p => string.Equals(p.Name, Camel(alias), StringComparison.OrdinalIgnoreCase));
            if (index < 0 || filled[index]) return false;
            if (value is null && !AcceptsNone(parameters[index])) return false;
            if (!ValueConversion.TryConvert(value, parameters[index].ParameterType, out arguments[index], out int c)) return false;
            filled[index] = true;
            cost += c;
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            if (filled[i]) continue;
            if (parameters[i].IsDefined(typeof(ParamArrayAttribute), false))
            {
                arguments[i] = Array.CreateInstance(parameters[i].ParameterType.GetElementType()!, 0);
                continue;
            }
            if (!parameters[i].HasDefaultValue) return false;
            arguments[i] = parameters[i].DefaultValue;
        }
        return true;
    }

    // Python's None binds only to an optional parameter (int? dim, not int[] dim): a non-nullable reference parameter
    // of the nullable-annotated API does not take null, as Python's parser does not bind None to a non-optional type.
    private static bool AcceptsNone(ParameterInfo parameter)
    {
        if (parameter.ParameterType.IsValueType) return Nullable.GetUnderlyingType(parameter.ParameterType) is not null;
        lock (Nullability) return Nullability.Create(parameter).WriteState != NullabilityState.NotNull;
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static Dictionary<string, MethodInfo[]> Group(IEnumerable<MethodInfo> methods) =>
        methods.Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.ToArray());

    internal static string Describe(IEnumerable<object?> positional, IReadOnlyDictionary<string, object?> kwargs) =>
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
