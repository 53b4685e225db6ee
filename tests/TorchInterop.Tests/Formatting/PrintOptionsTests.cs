using System.Globalization;
using TorchInterop.Formatting;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Formatting;

/// <summary><see cref="PrintOptions"/> after a sequence of calls, against Python's <c>PRINT_OPTS</c> after the same calls.</summary>
[TestFixture]
public sealed class PrintOptionsTests
{
    private const string PrintOpts =
        "o = torch._tensor_str.PRINT_OPTS\nprint(o.precision, o.threshold, o.edgeitems, o.linewidth, o.sci_mode, end='')";

    [TearDown]
    public void ResetPrintOptions() => Torch.SetPrintOptions(profile: "default");

    [TestCaseSource(nameof(Calls))]
    public void Set_LeavesTheOptionsPythonLeaves(string python, Action set)
    {
        string expected = PyTorch.Run(python + "\n" + PrintOpts);
        set();
        Assert.That(Describe(), Is.EqualTo(expected));
    }

    [Test]
    public void Set_WithAnUnknownProfile_Throws() =>
        Assert.Throws<ArgumentException>(() => Torch.SetPrintOptions(profile: "Full"));

    [Test]
    public void Set_WithNegativePrecisionOrEdgeItems_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Torch.SetPrintOptions(precision: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Torch.SetPrintOptions(edgeItems: -1));
    }

    [Test]
    public void Set_WithInvalidArguments_ChangesNothing()
    {
        Torch.SetPrintOptions(precision: 6, sciMode: true);
        Assert.Throws<ArgumentException>(() => Torch.SetPrintOptions(precision: 2, profile: "nope"));
        Assert.That((PrintOptions.Precision, PrintOptions.SciMode), Is.EqualTo((6, (bool?)true)));
    }

    /// <summary>The options in the words of Python's <c>print(o.precision, o.threshold, ...)</c>.</summary>
    private static string Describe()
    {
        double threshold = PrintOptions.Threshold;
        string thresholdText = double.IsPositiveInfinity(threshold) ? "inf" : ((long)threshold).ToString(CultureInfo.InvariantCulture);
        string sciMode = PrintOptions.SciMode is { } s ? (s ? "True" : "False") : "None";
        return string.Join(" ", PrintOptions.Precision.ToString(CultureInfo.InvariantCulture), thresholdText,
            PrintOptions.EdgeItems.ToString(CultureInfo.InvariantCulture), PrintOptions.LineWidth.ToString(CultureInfo.InvariantCulture), sciMode);
    }

    private static TestCaseData Case(string python, Action set) =>
        new TestCaseData(python, set).SetArgDisplayNames(python.Replace("\n", "; ", StringComparison.Ordinal));

    private static IEnumerable<TestCaseData> Calls()
    {
        yield return Case("pass", () => { });
        yield return Case("torch.set_printoptions(sci_mode=True)", () => Torch.SetPrintOptions(sciMode: true));
        yield return Case("torch.set_printoptions(sci_mode=False)", () => Torch.SetPrintOptions(sciMode: false));
        yield return Case("torch.set_printoptions(sci_mode=True)\ntorch.set_printoptions(precision=2)", () =>
        {
            Torch.SetPrintOptions(sciMode: true);
            Torch.SetPrintOptions(precision: 2);
        });
        yield return Case("torch.set_printoptions(profile='short')", () => Torch.SetPrintOptions(profile: "short"));
        yield return Case("torch.set_printoptions(profile='full')", () => Torch.SetPrintOptions(profile: "full"));
        yield return Case("torch.set_printoptions(profile='full', precision=2)", () => Torch.SetPrintOptions(precision: 2, profile: "full"));
        yield return Case("torch.set_printoptions(profile='short', edgeitems=5)", () => Torch.SetPrintOptions(edgeItems: 5, profile: "short"));
        yield return Case("torch.set_printoptions(precision=6, threshold=10)\ntorch.set_printoptions(profile='default')", () =>
        {
            Torch.SetPrintOptions(precision: 6, threshold: 10);
            Torch.SetPrintOptions(profile: "default");
        });
        yield return Case("torch.set_printoptions(linewidth=100, edgeitems=7, sci_mode=False)\ntorch.set_printoptions(threshold=20, sci_mode=False)", () =>
        {
            Torch.SetPrintOptions(lineWidth: 100, edgeItems: 7, sciMode: false);
            Torch.SetPrintOptions(threshold: 20, sciMode: false);
        });
        yield return Case("torch.set_printoptions(profile='full')\ntorch.set_printoptions(precision=3)", () =>
        {
            Torch.SetPrintOptions(profile: "full");
            Torch.SetPrintOptions(precision: 3);
        });
    }
}
