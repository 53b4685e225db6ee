using System.Globalization;
using System.Numerics;
using System.Text;

namespace TorchInterop.Formatting;

/// <summary>
/// Python's format specs for the numbers a tensor prints: <c>"{}"</c> for ints and bools, <c>"{:.Nf}"</c> and
/// <c>"{:.Ne}"</c> for floats. Culture-invariant and exact.
/// </summary>
/// <remarks>
/// Python rounds the exact binary value of a double half-to-even (<c>"{:.4f}".format(0.03125)</c> is
/// <c>0.0312</c>), while .NET's "F"/"E" formats round exact ties away from zero (<c>0.0313</c>) and write the
/// exponent as <c>E+008</c>. Ties are common in tensors (dyadic fractions such as 1/32 are exact in float32), so
/// the digits are computed here from the double's exact value: mantissa × 2^exponent, in integers.
/// </remarks>
public static class PythonNumberFormat
{
    /// <summary>Python's <c>"{}".format(int)</c>.</summary>
    internal static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Python's <c>"{}".format(bool)</c>.</summary>
    internal static string Bool(bool value) => value ? "True" : "False";

    /// <summary>Python's <c>"{:.&lt;precision&gt;f}".format(value)</c>: <c>1.5000</c>, <c>-0.0000</c>, <c>nan</c>, <c>-inf</c>.</summary>
    internal static string Fixed(double value, int precision)
    {
        if (!double.IsFinite(value)) return NonFinite(value);
        var (negative, mantissa, exponent) = Decompose(value);
        string digits = ScaleAndRound(mantissa, exponent, precision).ToString(CultureInfo.InvariantCulture);
        if (precision > 0)
        {
            if (digits.Length <= precision) digits = digits.PadLeft(precision + 1, '0');
            digits = string.Concat(digits.AsSpan(0, digits.Length - precision), ".", digits.AsSpan(digits.Length - precision));
        }
        return negative ? "-" + digits : digits;
    }

    /// <summary>
    /// Python's <c>"{:.&lt;precision&gt;e}".format(value)</c>: <c>1.0000e+08</c>, <c>-1.2000e-05</c>,
    /// <c>1.0000e+100</c> (at least two exponent digits), <c>nan</c>, <c>inf</c>.
    /// </summary>
    internal static string Scientific(double value, int precision)
    {
        if (!double.IsFinite(value)) return NonFinite(value);
        var (negative, mantissa, exponent) = Decompose(value);

        int decimalExponent = 0;
        BigInteger digits = BigInteger.Zero;
        if (!mantissa.IsZero)
        {
            // The decimal exponent k with 10^k <= |value| < 10^(k+1): estimated in floating point, made exact here.
            decimalExponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
            while (CompareWithPowerOfTen(mantissa, exponent, decimalExponent) < 0) decimalExponent--;
            while (CompareWithPowerOfTen(mantissa, exponent, decimalExponent + 1) >= 0) decimalExponent++;

            digits = ScaleAndRound(mantissa, exponent, precision - decimalExponent);
            if (digits == BigInteger.Pow(10, precision + 1))
            {
                // Rounding carried into a new digit (9.99996 -> 10.0000): one digit fewer, the exponent one up.
                digits /= 10;
                decimalExponent++;
            }
        }

        string text = digits.ToString(CultureInfo.InvariantCulture).PadLeft(precision + 1, '0');
        var result = new System.Text.StringBuilder(precision + 8);
        if (negative) result.Append('-');
        result.Append(text[0]);
        if (precision > 0) result.Append('.').Append(text, 1, precision);
        result.Append('e').Append(decimalExponent < 0 ? '-' : '+');
        result.Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
        return result.ToString();
    }

    // Python writes every NaN as "nan", whatever its sign bit (x86 produces NaNs with the sign bit set).
    private static string NonFinite(double value) =>
        double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";

    /// <summary>Splits a finite double into sign and |value| = mantissa × 2^exponent.</summary>
    private static (bool Negative, BigInteger Mantissa, int Exponent) Decompose(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        return biased == 0
            ? (negative, new BigInteger(fraction), -1074)
            : (negative, new BigInteger(fraction | (1L << 52)), biased - 1075);
    }

    /// <summary>mantissa × 2^exponent × 10^scale rounded half-to-even to an integer.</summary>
    private static BigInteger ScaleAndRound(BigInteger mantissa, int exponent, int scale)
    {
        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent;
        else denominator <<= -exponent;
        if (scale >= 0) numerator *= BigInteger.Pow(10, scale);
        else denominator *= BigInteger.Pow(10, -scale);

        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        int half = (remainder << 1).CompareTo(denominator);
        if (half > 0 || (half == 0 && !quotient.IsEven)) quotient += 1;
        return quotient;
    }

    /// <summary>The sign of mantissa × 2^exponent − 10^power.</summary>
    private static int CompareWithPowerOfTen(BigInteger mantissa, int exponent, int power)
    {
        BigInteger left = mantissa, right = BigInteger.One;
        if (exponent >= 0) left <<= exponent;
        else right <<= -exponent;
        if (power >= 0) right *= BigInteger.Pow(10, power);
        else left *= BigInteger.Pow(10, -power);
        return left.CompareTo(right);
    }

    /// <summary>
    /// Python's <c>repr(float)</c>: the shortest digits that round-trip, fixed notation for decimal exponents from
    /// -4 to 15 (with <c>.0</c> for integral values), otherwise <c>1e-05</c> / <c>1.5e+16</c>; <c>inf</c>, <c>nan</c>.
    /// </summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        bool negative = double.IsNegative(value);
        if (value == 0) return negative ? "-0.0" : "0.0";

        // .NET's "R" gives the shortest round-trip digits; only the layout differs from Python's.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = r;
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int intDigits = point < 0 ? mantissa.Length : point;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0').TrimEnd('0');
        // value = 0.d1d2d3... × 10^(decimalPoint)
        int decimalPoint = intDigits + exponent - leadingZeros;
        int exp10 = decimalPoint - 1;

        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (exp10 < -4 || exp10 >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp10 < 0 ? '-' : '+').Append(Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            sb.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (decimalPoint >= digits.Length)
        {
            sb.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        return sb.ToString();
    }
}
