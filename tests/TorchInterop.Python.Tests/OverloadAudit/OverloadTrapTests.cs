namespace TorchInterop.Python.Tests.OverloadAudit;

/// <summary>
/// The audit of every dialect overload set for the two conversion traps of C#: a literal <c>0</c> that an enum
/// overload (DType, Layout, ...) captures where Python means a number (<c>torch.zeros(2, 0)</c>), and an empty
/// collection <c>[]</c> that fits two overloads (<c>torch.randn([], requires_grad: true)</c>). Each Python-shaped
/// call that one overload invites is compiled against the dialect; none may be ambiguous or read the 0 as an enum.
/// </summary>
[TestFixture]
public class OverloadTrapTests
{
    // Calls the audit shapes from ATen's schema that are not Python spellings, each with the reason.
    private static readonly Dictionary<string, string> NotPython = new()
    {
        ["torch.gradient"] = "Python's spacing and dim are keyword-only: gradient(x, []) is not a Python call",
    };

    [Test]
    public void NoPythonShapedCallIsAmbiguousOrReadsZeroAsAnEnum()
    {
        var probes = DialectMethods.Public().SelectMany(TrapProbes.For)
            .Where(p => !NotPython.ContainsKey($"{p.Group.Receiver}.{p.Group.Name}")).ToList();
        var results = ProbeCompiler.Run(probes);
        var problems = results.Where(r => r.Problem is not null).Select(r => $"{r.Probe.Call}: {r.Problem}").Distinct().Order().ToList();
        TestContext.Out.WriteLine($"overload audit: {probes.Count} trap-shaped calls compiled, {problems.Count} problems");
        Assert.That(probes, Is.Not.Empty, "the audit found no trap-shaped calls at all: the reflection is broken");
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }
}
