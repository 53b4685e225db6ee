using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>The caller's message (Python's msg as a string) and message transformer (msg as a callable).</summary>
public class MessageTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("message replaces the generated text",
            "torch.testing.assert_close(torch.tensor([1., 2., 3.]), torch.tensor([1., 4., 5.]), msg='Argh, the tensors are not close!')",
            () => TensorAssert.Close(F32(1, 2, 3), F32(1, 4, 5), message: "Argh, the tensors are not close!"));
        yield return new("message replaces an attribute mismatch",
            "torch.testing.assert_close(torch.zeros(2), torch.zeros(3), msg='shapes differ')",
            () => TensorAssert.Close(Torch.Zeros([2]), Torch.Zeros([3]), message: "shapes differ"));
        yield return new("message replaces the item note",
            "torch.testing.assert_close([torch.tensor(1.)], [torch.tensor(2.)], msg='first item')",
            () => TensorAssert.Close([Scalar(1.0)], [Scalar(2.0)], message: "first item"));
        yield return new("empty message",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(2.), msg='')",
            () => TensorAssert.Close(Scalar(1.0), Scalar(2.0), message: ""));
        yield return new("message unused when close",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(1.), msg='unused')",
            () => TensorAssert.Close(Scalar(1.0), Scalar(1.0), message: "unused"));
        yield return new("transformer rewrites the generated text",
            "torch.testing.assert_close(torch.tensor([1., 2., 3.]), torch.tensor([1., 4., 5.]), msg=lambda msg: f'Header\\n\\n{msg}\\n\\nFooter')",
            () => TensorAssert.Close(F32(1, 2, 3), F32(1, 4, 5), transformMessage: msg => $"Header\n\n{msg}\n\nFooter"));
        yield return new("transformer sees the item note",
            "torch.testing.assert_close({'k': torch.tensor([1, 2])}, {'k': torch.tensor([1, 3])}, msg=lambda msg: msg.upper())",
            () => TensorAssert.Close(
                new Dictionary<string, Tensor> { ["k"] = I64(1, 2) }, new Dictionary<string, Tensor> { ["k"] = I64(1, 3) },
                transformMessage: msg => msg.ToUpperInvariant()));
        yield return new("message does not replace the length mismatch",
            "torch.testing.assert_close([torch.tensor(1.)], [], msg='custom')",
            () => TensorAssert.Close([Scalar(1.0)], Array.Empty<Tensor>(), message: "custom"));
        yield return new("transformer does not rewrite the key mismatch",
            "torch.testing.assert_close({'a': torch.tensor(1.)}, {'b': torch.tensor(1.)}, msg=lambda msg: 'custom')",
            () => TensorAssert.Close(
                new Dictionary<string, Tensor> { ["a"] = Scalar(1.0) }, new Dictionary<string, Tensor> { ["b"] = Scalar(1.0) },
                transformMessage: _ => "custom"));
        yield return new("message does not replace the tolerance error",
            "torch.testing.assert_close(torch.tensor(1.), torch.tensor(2.), rtol=0.1, msg='custom')",
            () => TensorAssert.Close(Scalar(1.0), Scalar(2.0), rtol: 0.1, message: "custom"));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();

    [Test]
    public void MessageAndTransformerTogetherAreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            TensorAssert.Close(Scalar(1.0), Scalar(2.0), message: "m", transformMessage: m => m));
        Assert.That(e!.ParamName, Is.EqualTo("transformMessage"));
    }
}
