namespace TorchInterop.Tests.NN;

/// <summary>An exception as the parity snippets print Python's: <c>type(e).__name__</c> and the first line of the message.</summary>
internal static class ErrorText
{
    /// <summary>Runs <paramref name="call"/> and prints what it raised, as the snippets' <c>show(lambda: ...)</c> does.</summary>
    public static void Show(Parity.PythonOutput o, Action call)
    {
        try
        {
            call();
        }
        catch (Exception e)
        {
            o.Print(PythonStyle(e));
        }
    }

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
