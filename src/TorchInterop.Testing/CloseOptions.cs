namespace TorchInterop.Testing;

/// <summary>The options of one assertion, as assert_close's keyword arguments.</summary>
internal sealed record CloseOptions(
    double? Rtol, double? Atol, bool EqualNan, bool CheckDevice, bool CheckDtype, bool CheckStride, string? Message,
    Func<string, string>? TransformMessage)
{
    public static CloseOptions Create(double? rtol, double? atol, bool equalNan, bool checkDevice, bool checkDtype,
        bool checkStride, string? message, Func<string, string>? transformMessage)
    {
        if (message is not null && transformMessage is not null)
            throw new ArgumentException("Pass either message or transformMessage, not both.", nameof(transformMessage));
        return new CloseOptions(rtol, atol, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);
    }

    /// <summary>
    /// The text of a failed comparison: the caller's message replaces PyTorch's, the caller's transformer rewrites it.
    /// </summary>
    public string FailureText(string generated) => Message ?? TransformMessage?.Invoke(generated) ?? generated;
}
