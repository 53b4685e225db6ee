using System.Reflection;
using System.Runtime.CompilerServices;

namespace TorchInterop.Python.Tests.OverloadAudit;

/// <summary>A dialect method group as Python code calls it: the receiver expression (<c>torch.nn.functional</c>, or <c>x</c> for a tensor) and its overloads.</summary>
internal sealed record MethodGroup(string Receiver, string Name, IReadOnlyList<MethodInfo> Overloads, bool IsExtension);

/// <summary>Every method group of the dialect: the static classes under <c>torch</c> and the extension members on Tensor.</summary>
internal static class DialectMethods
{
    /// <summary>The groups Python code calls: private ATen ops (<c>torch._sparse_sum</c>) are left out.</summary>
    public static IEnumerable<MethodGroup> Public() => All().Where(g => !g.Name.StartsWith('_'));

    private static IEnumerable<MethodGroup> All()
    {
        foreach (var (type, receiver) in Namespaces(typeof(torch), "torch"))
            foreach (var group in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.IsDefined(typeof(ExtensionAttribute)))
                         .GroupBy(m => m.Name))
                yield return new MethodGroup(receiver, group.Key, group.ToList(), false);

        var extensions = typeof(torch).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && !t.IsNested)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute)) && !m.IsGenericMethodDefinition && !m.Name.StartsWith("get_", StringComparison.Ordinal)
                        && m.GetParameters() is [var first, ..] && first.ParameterType == typeof(Tensor));
        foreach (var group in extensions.GroupBy(m => m.Name))
            yield return new MethodGroup("x", group.Key, group.ToList(), true);
    }

    private static IEnumerable<(Type Type, string Receiver)> Namespaces(Type type, string receiver)
    {
        yield return (type, receiver);
        foreach (var nested in type.GetNestedTypes(BindingFlags.Public).Where(t => t.IsAbstract && t.IsSealed))
            foreach (var inner in Namespaces(nested, receiver + "." + nested.Name))
                yield return inner;
    }
}
