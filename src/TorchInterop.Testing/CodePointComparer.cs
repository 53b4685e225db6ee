namespace TorchInterop.Testing;

/// <summary>
/// Orders strings as Python's <c>sorted</c> does: by Unicode code point. Ordinal order differs for characters
/// outside the Basic Multilingual Plane, which UTF-16 stores as surrogates (0xD800-0xDFFF) below U+E000-U+FFFF.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            int a = CodePointAt(x, ref i), b = CodePointAt(y, ref j);
            if (a != b) return a.CompareTo(b);
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }

    // A lone surrogate counts as its own code point, as in Python's str.
    private static int CodePointAt(string s, ref int index)
    {
        char c = s[index++];
        if (char.IsHighSurrogate(c) && index < s.Length && char.IsLowSurrogate(s[index]))
            return char.ConvertToUtf32(c, s[index++]);
        return c;
    }
}
