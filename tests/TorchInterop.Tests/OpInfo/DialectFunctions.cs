using System.Reflection;
using System.Runtime.CompilerServices;

namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// The Python dialect's functions (TorchInterop.Python) that an OpInfo name spells: <c>nn.functional.max_pool2d</c> is
/// <c>torch.nn.functional.max_pool2d</c>, <c>linalg.norm</c> is <c>torch.linalg.norm</c>, and a Tensor method such as
/// <c>byte</c> is the dialect's Tensor extension of that name. These carry PyTorch's Python-level logic (int-or-tuple
/// sizes, string modes, the Python signature of batch_norm ...), so the sweep calls them before the raw ATen op.
/// </summary>
internal static class DialectFunctions
{
    private static readonly Assembly Dialect = typeof(TorchInterop.Python.torch).Assembly;

    // Tensor extension members of the dialect (snake_case methods and generated ops), by name.
    private static readonly Dictionary<string, MethodInfo[]> TensorExtensions = Dialect.GetTypes()
        .Where(t => t.IsPublic && t.IsAbstract && t.IsSealed && t.IsDefined(typeof(ExtensionAttribute), false))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => !m.IsGenericMethodDefinition && m.IsDefined(typeof(ExtensionAttribute), false) &&
                    m.GetParameters() is [{ ParameterType: var self }, ..] && self == typeof(Tensor))
        .GroupBy(m => m.Name)
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The dialect's <c>torch.*</c> functions named <paramref name="opName"/> (dots are nested classes).</summary>
    public static MethodInfo[] Functions(string opName)
    {
        var parts = opName.Split('.');
        Type? type = typeof(TorchInterop.Python.torch);
        foreach (var part in parts[..^1])
        {
            type = type.GetNestedType(part, BindingFlags.Public);
            if (type is null) return [];
        }
        return type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == parts[^1] && !m.IsGenericMethodDefinition && !m.IsSpecialName)
            .ToArray();
    }

    /// <summary>The dialect's Tensor extensions named <paramref name="opName"/> (the method variant, <c>x.byte()</c>).</summary>
    public static MethodInfo[] TensorMethods(string opName) =>
        opName.Contains('.') ? [] : TensorExtensions.GetValueOrDefault(opName, []);

    /// <summary>The dialect's spelling of the op, for reports: <c>torch.nn.functional.max_pool2d</c>.</summary>
    public static string Describe(string opName) => "torch." + opName;
}
