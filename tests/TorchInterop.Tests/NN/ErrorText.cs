namespace TorchInterop.Tests.NN;

/// <summary>An exception as the parity snippets print Python's: <c>type(e).__name__</c> and the first line of the message.</summary>
internal static class ErrorText
{
    public static string PythonStyle(Exception e)
    {
        string type = e switch
        {
            TorchException torch => torch.Kind.ToString(),
            ArgumentException => "ValueError",
            _ => e.GetType().Name,
        };
        string message = e is ArgumentException argument && argument.ParamName is { } name
            ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : e.Message;
        return type + " " + message.Split('\n')[0];
    }
}
