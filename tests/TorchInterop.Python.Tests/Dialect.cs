using System.Text.RegularExpressions;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Runs a Python snippet in reference PyTorch and its dialect port, capturing what the port's
/// <see cref="Builtins.print"/> writes, and compares the two texts. Object addresses (<c>0x...</c>), which vary in
/// Python itself, are normalized; nothing else is.
/// </summary>
internal static partial class Dialect
{
    private static readonly object Gate = new();

    public static void Verify(string python, Action port)
    {
        string expected = Normalize(PyTorch.Run(python));
        string actual = Normalize(Capture(port));
        Assert.That(actual, Is.EqualTo(expected), $"Python:\n{python}");
    }

    /// <summary>What <paramref name="port"/> prints; an uncaught <see cref="TorchException"/> ends the output as Python reports it.</summary>
    public static string Capture(Action port)
    {
        lock (Gate)
        {
            var writer = new StringWriter { NewLine = "\n" };
            var saved = Builtins.Out;
            Builtins.Out = writer;
            try
            {
                try
                {
                    port();
                }
                catch (TorchException e)
                {
                    writer.Write(e.PythonTypeName + ": " + e.Message + "\n");
                }
            }
            finally
            {
                Builtins.Out = saved;
                Torch.SetPrintOptions(profile: "default");
                // a port that leaves grad mode changed (torch.set_grad_enabled as a statement) must not leak
                Autograd.SetGradEnabled(true);
            }
            return writer.ToString();
        }
    }

    private static string Normalize(string text) => Address().Replace(text, "0x?");

    [GeneratedRegex("0x[0-9a-fA-F]+")]
    private static partial Regex Address();
}
