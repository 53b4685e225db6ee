using System.Globalization;

namespace TorchInterop.Optim;

// Python's str(float), for the values PyTorch formats into its messages.
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static TorchException ValueError(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), TorchErrorKind.ValueError);
}
