using NUnit.Framework;
using TorchInterop;
using TorchInterop.Serialization;
using TorchInterop.Testing;

namespace TestingWithPyTorch;

/// <summary>Three ways to check C# results against PyTorch's.</summary>
public class ModelTests
{
    private static Tensor Loss(Tensor x, Tensor w) => Torch.Matmul(x, w).Tanh().Pow(2).Mean();

    // 1. Reference outputs saved by Python (make_reference.py): load them with TensorFile and compare.
    [Test]
    public void MatchesTheReferenceOutputsSavedByPython()
    {
        var reference = TensorFile.LoadDictionary(ReferenceFile());
        var x = reference["x"].RequiresGrad_();
        var w = reference["w"].RequiresGrad_();
        var loss = Loss(x, w);
        loss.Backward();

        TensorAssert.Close(loss, reference["loss"]);
        TensorAssert.Close(x.Grad!, reference["x_grad"]);
        TensorAssert.Close(w.Grad!, reference["w_grad"]);
    }

    // 2. PyTorch computes the reference now, from the C# inputs.
    [Test]
    public void MatchesPyTorchComputingTheSameThing()
    {
        var x = Torch.Randn([5, 3]);
        var w = Torch.Randn([3, 2]);
        var expected = PyTorchReference.Default.Run("loss = torch.tanh(x @ w).pow(2).mean()", ("x", x), ("w", w));

        TensorAssert.Close(Loss(x, w), expected["loss"]);
    }

    // 3. When values differ, the failure says where and by how much, as torch.testing.assert_close does.
    [Test]
    public void AFailureExplainsTheMismatch()
    {
        var actual = Torch.Tensor(new[] { 1f, 2f, 3f });
        var expected = Torch.Tensor(new[] { 1f, 2.5f, 3f });

        var failure = Assert.Throws<TensorAssertionException>(() => TensorAssert.Close(actual, expected));
        Assert.That(failure!.Message, Does.Contain("Mismatched elements: 1 / 3 (33.3%)"));
    }

    // Runs make_reference.py once when the reference file is missing.
    private static string ReferenceFile()
    {
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "reference.pt");
        if (!File.Exists(path))
        {
            string script = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "make_reference.py"));
            PyTorchReference.Default.Run($"output_path = r'{path}'\n" + script);
        }
        return path;
    }
}
