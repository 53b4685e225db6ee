using System.Globalization;

namespace TorchInterop.Optim;

// Python's repr(float), for the values PyTorch formats into its messages.
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";
        // Shortest round-trip digits and the decimal exponent, laid out as Python does: fixed notation for
        // exponents from -4 to 15, scientific otherwise.
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOf('E');
        string mantissa = e >= 0 ? shortest[..e] : shortest;
        int point = mantissa.IndexOf('.');
        string whole = point >= 0 ? mantissa[..point] : mantissa;
        string fraction = point >= 0 ? mantissa[(point + 1)..] : "";
        int exponent = e >= 0 ? int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture)
            : whole != "0" ? whole.Length - 1 : -(fraction.Length - fraction.TrimStart('0').Length) - 1;
        string digits = (whole + fraction).TrimStart('0').TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        string sign = value < 0 ? "-" : "";
        if (exponent is >= -4 and < 16)
        {
            string text = exponent >= 0
                ? digits.PadRight(exponent + 1, '0').Insert(exponent + 1, ".")
                : "0." + new string('0', -exponent - 1) + digits;
            if (text.EndsWith('.')) text += "0";
            return sign + text;
        }
        string scientific = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return sign + scientific + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    public static TorchException ValueError(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), TorchErrorKind.ValueError);
}
