namespace TorchInterop.Testing.Tests;

/// <summary>Running snippets in PyTorch and getting their tensors back.</summary>
public class PyTorchReferenceTests
{
    [Test]
    public void ReturnsTheSnippetsTensorsWhichEqualTheCSharpComputation()
    {
        Torch.ManualSeed(0);
        var x = Torch.Randn([3, 4], requiresGrad: true);
        var w = Torch.Randn([4, 2], requiresGrad: true);
        var loss = Torch.Mm(x, w).Sin().Mean();
        loss.Backward();

        var python = PyTorchReference.Default.Run(
            """
            x.requires_grad_()
            w.requires_grad_()
            loss = torch.mm(x, w).sin().mean()
            loss.backward()
            x_grad, w_grad = x.grad, w.grad
            """,
            ("x", x.Detach()), ("w", w.Detach()));

        Assert.That(python.Keys, Is.EquivalentTo(new[] { "x", "w", "loss", "x_grad", "w_grad" }));
        TensorAssert.Close(loss, python["loss"]);
        TensorAssert.Close(x.Grad!, python["x_grad"]);
        TensorAssert.Close(w.Grad!, python["w_grad"]);
        Assert.That(PyTorchReference.Default.TorchVersion, Does.StartWith(LibTorch.Version.ToString(2) + "."), "the reference PyTorch runs on the same LibTorch");
    }

    [Test]
    public void NamedOutputsAreCheckedAndPythonErrorsCarryTheTraceback()
    {
        var reference = PyTorchReference.Default;
        var only = reference.Run("a = torch.ones(2)\nb = a * 2", new Dictionary<string, Tensor>(), outputs: ["b"]);
        Assert.That(only.Keys, Is.EqualTo(new[] { "b" }));

        Assert.That(() => reference.Run("a = 1", new Dictionary<string, Tensor>(), outputs: ["a"]),
            Throws.TypeOf<PyTorchSnippetException>().With.Message.Contains("no tensor named a"));
        Assert.That(() => reference.Run("torch.mm(torch.ones(2, 3), torch.ones(2, 3))"),
            Throws.TypeOf<PyTorchSnippetException>().With.Message.Contains("RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"));
    }

    [Test]
    public void AMissingPythonIsAClearError()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-python-" + Guid.NewGuid());
        Assert.That(() => PyTorchReference.ForPython(missing),
            Throws.TypeOf<PyTorchNotFoundException>().With.Message.Contains(missing));
        // an interpreter without torch: the shell's `true` exits 0 but prints no version; `false` fails
        Assert.That(() => PyTorchReference.ForPython("/bin/false"), Throws.TypeOf<PyTorchNotFoundException>());
    }
}
