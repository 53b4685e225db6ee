using TorchInterop.Tests.Parity;

namespace TorchInterop.Testing.Tests;

/// <summary>
/// Python code ending in a <c>torch.testing.assert_close</c> call, and its C# port: both must end the same way,
/// either passing or failing with the same exception kind and the same text.
/// </summary>
public sealed record AssertCase(string Name, string Python, Action CSharp)
{
    public override string ToString() => Name;

    /// <summary>Runs both sides and asserts that the C# outcome is PyTorch's.</summary>
    public void Verify()
    {
        string expected = PyTorch.Run(Snippet(Python));
        Assert.That(Outcome(CSharp), Is.EqualTo(expected), $"Python:\n{Python}");
    }

    /// <summary>
    /// How <paramref name="body"/> ends, written as the Python snippet prints it: <c>passed</c>, or the Python
    /// exception type (a C# <see cref="ArgumentException"/> stands for PyTorch's ValueError) and its message.
    /// </summary>
    public static string Outcome(Action body)
    {
        try
        {
            body();
            return "passed\n";
        }
        catch (TensorAssertionException e)
        {
            return "AssertionError\n" + e.Message + "\n";
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            return "ValueError\n" + e.Message + "\n";
        }
    }

    private static string Snippet(string python) =>
        "try:\n" + string.Concat(python.Split('\n').Select(line => "    " + line + "\n")) +
        "    print('passed')\n" +
        "except (AssertionError, ValueError) as error:\n" +
        "    print(type(error).__name__)\n" +
        "    print(error)\n";
}
