using System.Reflection;
using System.Text;

namespace TorchInterop.Python.Tests.OverloadAudit;

/// <summary>
/// A Python-shaped call that one overload of a group invites and another could capture: <c>f(2, 0)</c> where one
/// overload takes a number and another an enum in that place (a literal 0 converts to any enum), or <c>f([])</c>
/// where two overloads take different collection types there.
/// </summary>
internal sealed record TrapProbe(MethodGroup Group, MethodInfo Intended, int Position, string Literal, string Call, string Locals)
{
    public bool IsZeroTrap => Literal == "0";
}

internal static class TrapProbes
{
    public static IEnumerable<TrapProbe> For(MethodGroup group)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var intended in group.Overloads)
            foreach (var other in group.Overloads.Where(o => o != intended))
            {
                var mine = PythonParameters(intended, group.IsExtension);
                var theirs = PythonParameters(other, group.IsExtension);
                // A params array takes as many positional numbers as a call gives: its positions reach as far as the other overload's.
                int reach = mine.Count > 0 && IsParams(mine[^1]) ? theirs.Count : Math.Min(mine.Count, theirs.Count);
                for (int i = 0; i < reach; i++)
                {
                    var myParameter = mine[Math.Min(i, mine.Count - 1)];
                    string? literal = TakesNumber(mine[Math.Min(i, mine.Count - 1)], ElementAt(mine, i)) && TypeNames.IsEnum(theirs[i].ParameterType) ? "0"
                        : i < mine.Count && TypeNames.IsCollection(myParameter.ParameterType) && TypeNames.IsCollection(theirs[i].ParameterType)
                          && myParameter.ParameterType != theirs[i].ParameterType && !IsParams(myParameter) ? "[]"
                        : null;
                    if (literal is null || Build(group, intended, mine, i, literal) is not { } probe || !seen.Add(probe.Call)) continue;
                    yield return probe;
                }
            }
    }

    private static List<ParameterInfo> PythonParameters(MethodInfo method, bool isExtension) =>
        method.GetParameters().Skip(isExtension ? 1 : 0).ToList();

    private static bool IsParams(ParameterInfo p) => p.IsDefined(typeof(ParamArrayAttribute));

    // The type a positional argument at i meets: a params array's element type for the positions it absorbs.
    private static Type ElementAt(List<ParameterInfo> parameters, int i)
    {
        var p = parameters[Math.Min(i, parameters.Count - 1)];
        return IsParams(p) ? p.ParameterType.GetElementType()! : p.ParameterType;
    }

    // Where Python passes an int: a number, or a list of dims, which Python also takes as one int (prod(x, 0)).
    private static bool TakesNumber(ParameterInfo parameter, Type type) =>
        TypeNames.IsNumeric(type) || (type.IsArray && TypeNames.IsNumeric(type.GetElementType()!) && parameter.Name is "dim" or "dims");

    private static TrapProbe? Build(MethodGroup group, MethodInfo intended, List<ParameterInfo> parameters, int position, string literal)
    {
        if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsPointer)) return null;
        var args = new List<string>();
        var locals = new StringBuilder();
        for (int i = 0; i < position; i++)
            args.Add(Argument(parameters[Math.Min(i, parameters.Count - 1)], i, locals));
        args.Add(literal);
        foreach (var (p, i) in parameters.Select((p, i) => (p, i)).Skip(position + 1))
            if (!p.HasDefaultValue && !IsParams(p)) args.Add($"{p.Name}: {Argument(p, i, locals)}");
        return new TrapProbe(group, intended, position, literal, $"{group.Receiver}.{group.Name}({string.Join(", ", args)})", locals.ToString());
    }

    // Numbers as Python writes them (an int literal), anything else as a local of the parameter's type.
    private static string Argument(ParameterInfo p, int index, StringBuilder locals)
    {
        var type = IsParams(p) ? p.ParameterType.GetElementType()! : p.ParameterType;
        if (TypeNames.IsNumeric(type)) return "2";
        string name = $"a{index}";
        locals.Append($"        {TypeNames.Of(type)} {name} = default!;\n");
        return name;
    }
}
