using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.Optim;

// The optimizers' messages as PyTorch words them: ValueError, floats as Python's repr.
internal static class PythonFloat
{
    public static string Format(double value) => PythonNumberFormat.Repr(value);

    public static TorchException ValueError(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), TorchErrorKind.ValueError);
}
