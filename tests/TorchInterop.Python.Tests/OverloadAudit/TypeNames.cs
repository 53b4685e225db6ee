namespace TorchInterop.Python.Tests.OverloadAudit;

/// <summary>C# source spellings of runtime types, for the probe program.</summary>
internal static class TypeNames
{
    public static string Of(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return Of(inner) + "?";
        if (type.IsArray) return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (type.IsGenericType)
        {
            string name = type.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`')].Replace('+', '.');
            return "global::" + name + "<" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ">";
        }
        return "global::" + type.FullName!.Replace('+', '.');
    }

    public static bool IsNumeric(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(short)
               || type == typeof(sbyte) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(Scalar);
    }

    public static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    /// <summary>Types a collection expression <c>[]</c> converts to.</summary>
    public static bool IsCollection(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray || type == typeof(Size)) return true;
        if (!type.IsGenericType) return false;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
               || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>)
               || definition == typeof(ReadOnlySpan<>) || definition == typeof(Span<>);
    }
}
