using System.Numerics;

namespace TorchInterop.Testing;

/// <summary>Python's <c>int / int</c>: the exact quotient rounded once, half to even, to a double.</summary>
internal static class IntegerDivision
{
    private const int MantissaBits = 53;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> for a non-negative numerator and positive denominator.</summary>
    public static double Divide(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero) return 0.0;

        // Scale so the integer quotient has two bits more than a double's mantissa; the remainder only breaks ties.
        int shift = MantissaBits + 2 - (int)(numerator.GetBitLength() - denominator.GetBitLength());
        BigInteger scaledNumerator = shift >= 0 ? numerator << shift : numerator;
        BigInteger scaledDenominator = shift >= 0 ? denominator : denominator << -shift;
        BigInteger quotient = BigInteger.DivRem(scaledNumerator, scaledDenominator, out BigInteger remainder);

        int dropped = (int)quotient.GetBitLength() - MantissaBits;
        BigInteger mantissa = quotient >> dropped;
        BigInteger droppedBits = quotient - (mantissa << dropped);
        BigInteger half = BigInteger.One << (dropped - 1);
        int vsHalf = droppedBits.CompareTo(half);
        if (vsHalf > 0 || (vsHalf == 0 && (!remainder.IsZero || !mantissa.IsEven))) mantissa += 1;

        // mantissa <= 2^53 is exact in a double, and the quotient of two int64-sized values is far from subnormal.
        return Math.ScaleB((double)mantissa, dropped - shift);
    }
}
