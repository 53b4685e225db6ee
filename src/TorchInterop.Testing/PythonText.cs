using System.Globalization;
using System.Numerics;
using System.Text;
using TorchInterop.Formatting;

namespace TorchInterop.Testing;

/// <summary>The Python text of the values PyTorch's assertion messages interpolate.</summary>
internal static class PythonText
{
    /// <summary><c>str(int)</c>.</summary>
    public static string Int(long value) => PythonNumberFormat.Int(value);

    /// <summary><c>str(int)</c> for Python's unbounded ints.</summary>
    public static string Int(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>str(float)</c>, the shortest text that reads back as the same double.</summary>
    public static string Float(double value) => PythonNumberFormat.Repr(value);

    /// <summary><c>str()</c> of the Python number <c>tensor.item()</c> returns: a float, an int or a bool.</summary>
    public static string Number(Scalar value) => value.Kind switch
    {
        ScalarKind.Float => Float(value.ToDouble()),
        ScalarKind.Bool => value.ToBoolean() ? "True" : "False",
        _ => Int(value.ToInt64()),
    };

    /// <summary><c>"{:.1%}".format(ratio)</c>: Python scales by 100 in double precision, then formats with one decimal.</summary>
    public static string Percent(double ratio) => PythonNumberFormat.Fixed(ratio * 100, 1) + "%";

    /// <summary><c>str(tuple(index))</c>: <c>()</c>, <c>(1,)</c>, <c>(1, 2)</c>.</summary>
    public static string Tuple(IReadOnlyList<long> items) => items.Count switch
    {
        0 => "()",
        1 => "(" + Int(items[0]) + ",)",
        _ => "(" + string.Join(", ", items.Select(Int)) + ")",
    };

    /// <summary><c>str(tensor.shape)</c>: <c>torch.Size([2, 3])</c>.</summary>
    public static string Size(IReadOnlyList<long> shape) => "torch.Size([" + string.Join(", ", shape.Select(Int)) + "])";

    /// <summary><c>str(list_of_str)</c>: <c>['a', 'b']</c>.</summary>
    public static string StringList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(StringRepr)) + "]";

    /// <summary>
    /// <c>repr(str)</c>: single quotes unless the text holds a single quote and no double quote; backslash escapes for
    /// the quote, the backslash and characters Python does not print.
    /// </summary>
    public static string StringRepr(string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2).Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrintable(codePoint)) sb.Append(c).Append(value[i + 1]);
                else sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (IsPrintable(c)) sb.Append(c);
            else if (c < 0x100) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote).ToString();
    }

    // Python's str.isprintable(): everything but the "Other" and "Separator" categories, except the ASCII space.
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        if (codePoint is >= 0xD800 and <= 0xDFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
