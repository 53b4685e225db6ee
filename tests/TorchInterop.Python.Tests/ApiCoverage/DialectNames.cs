using System.Reflection;
using System.Runtime.CompilerServices;

namespace TorchInterop.Python.Tests.ApiCoverage;

/// <summary>
/// The names the dialect gives a Python namespace, by reflection: the members and nested types of the class that
/// stands for it (<c>torch.nn.functional</c> is <c>TorchInterop.Python.torch.nn.functional</c>), and for
/// <c>torch.Tensor</c> the extension members on <see cref="Tensor"/> plus Tensor's own members of Python's spelling.
/// </summary>
internal static class DialectNames
{
    private static readonly Assembly Dialect = typeof(torch).Assembly;

    public static HashSet<string> Of(string pythonNamespace) =>
        pythonNamespace == "torch.Tensor" ? TensorNames() : ClassNames(pythonNamespace);

    private static HashSet<string> ClassNames(string pythonNamespace)
    {
        var parts = pythonNamespace.Split('.');
        // A package beside torch (functorch) is a top-level class of its name.
        Type? type = parts[0] == "torch" ? typeof(torch) : Dialect.GetType($"{typeof(torch).Namespace}.{parts[0]}");
        foreach (var part in parts.Skip(1)) type = type?.GetNestedType(part, BindingFlags.Public);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (type is null) return NamespaceObject(pythonNamespace) is { } instance ? InstanceNames(instance) : names;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        names.UnionWith(Visible(type.GetMembers(flags)));
        return names;
    }

    // A namespace whose name is also one of its functions (torch.fft.fft) is an object: a static field of its parent.
    private static Type? NamespaceObject(string pythonNamespace)
    {
        var parts = pythonNamespace.Split('.');
        Type? parent = typeof(torch);
        foreach (var part in parts.Skip(1).SkipLast(1)) parent = parent?.GetNestedType(part, BindingFlags.Public);
        return parent?.GetField(parts[^1], BindingFlags.Public | BindingFlags.Static)?.FieldType;
    }

    private static HashSet<string> InstanceNames(Type type) =>
        new(Visible(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Where(n => n != ".ctor"),
            StringComparer.Ordinal);

    private static HashSet<string> TensorNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in Dialect.GetTypes().Where(t => t is { IsPublic: true, IsAbstract: true, IsSealed: true }))
        {
            // classic `this Tensor` extension methods
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
                if (method.IsDefined(typeof(ExtensionAttribute)) && method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(Tensor))
                    names.Add(method.Name);
            // C# 14 extension blocks: a skeleton type per receiver, its marker method taking the receiver
            foreach (var skeleton in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).Where(n => n.Name.StartsWith("<G>$", StringComparison.Ordinal)))
            {
                var marker = skeleton.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
                    .SelectMany(m => m.GetMethods(all)).FirstOrDefault(m => m.Name == "<Extension>$");
                if (marker?.GetParameters() is not [{ ParameterType: var receiver }] || receiver != typeof(Tensor)) continue;
                foreach (var property in skeleton.GetProperties(all)) names.Add(property.Name);
                foreach (var method in skeleton.GetMethods(all).Where(m => !m.IsSpecialName)) names.Add(method.Name);
            }
        }
        // Tensor's own members that have Python's spelling (T, H, mT, ...)
        foreach (var member in typeof(Tensor).GetMembers(BindingFlags.Public | BindingFlags.Instance))
            if (member is not MethodInfo { IsSpecialName: true } && (member.Name is "T" or "H" or "mT" or "mH" || char.IsLower(member.Name[0])))
                names.Add(member.Name);
        return names;
    }

    // A property's accessors are special names; the property itself is listed under its own name.
    private static IEnumerable<string> Visible(MemberInfo[] members) =>
        members.Where(m => m is not MethodInfo { IsSpecialName: true }).Select(m => m.Name.Split('`')[0]);
}
