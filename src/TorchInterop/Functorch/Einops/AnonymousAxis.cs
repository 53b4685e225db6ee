using System.Numerics;
using System.Text;

namespace TorchInterop.Functorch.Einops;

/// <summary>
/// An axis given by a number instead of a name (<c>2</c> in <c>"b 2 c"</c>), einops' <c>AnonymousAxis</c>. Two
/// anonymous axes are never the same axis, even with the same length, so equality is reference equality.
/// </summary>
internal sealed class AnonymousAxis
{
    /// <summary>Reads the decimal digits of <paramref name="digits"/> as Python's <c>int(...)</c> does.</summary>
    public AnonymousAxis(string digits)
    {
        Value = ParseDecimal(digits);
        if (Value < 1) throw new TorchException($"Anonymous axis should have positive length, not {Value}", TorchErrorKind.ValueError);
    }

    public BigInteger Value { get; }

    /// <summary>Python's <c>int(s)</c> for a string of Unicode decimal digits (any script, as Python accepts).</summary>
    public static BigInteger ParseDecimal(string digits)
    {
        BigInteger value = BigInteger.Zero;
        foreach (var rune in digits.EnumerateRunes()) value = value * 10 + (int)Rune.GetNumericValue(rune);
        return value;
    }

    public override string ToString() => $"{Value}-axis";
}
