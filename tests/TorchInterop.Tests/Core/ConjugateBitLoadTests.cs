using TorchInterop.Serialization;
using TorchInterop.Testing;

namespace TorchInterop.Tests.Core;

/// <summary>
/// A conjugate or negative view saved by torch.save: PyTorch 2.x writes the bits as the tensor's metadata over the
/// unresolved storage, and TensorFile.Load must apply them as torch.load does (1.13 drops them when saving, so both
/// loaders then read the storage as it is).
/// </summary>
public class ConjugateBitLoadTests
{
    [Test]
    public void LoadedTensorsKeepTheirConjugateAndNegativeBits()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conj-bits-{Guid.NewGuid():N}.pt");
        try
        {
            var python = PyTorchReference.Default.Run(
                $$"""
                base = torch.tensor([1 + 2j, 3 - 4j, -5 + 0.5j], dtype=torch.complex64)
                torch.save({"conj": base.conj(), "neg": torch.tensor([1 + 2j, 3 - 4j]).conj().imag, "grad": base.conj().requires_grad_()}, r"{{path}}")
                loaded = torch.load(r"{{path}}")
                conj_values = torch.view_as_real(loaded["conj"].resolve_conj())
                neg_values = loaded["neg"].resolve_neg()
                grad_conj = torch.tensor([loaded["grad"].requires_grad, loaded["grad"].is_leaf])
                """);
            var loaded = (Dictionary<object, object?>)TensorFile.Load(path)!;
            TensorAssert.Equal(Torch.ViewAsReal(((Tensor)loaded["conj"]!).ResolveConj()), python["conj_values"]);
            TensorAssert.Equal(((Tensor)loaded["neg"]!).ResolveNeg(), python["neg_values"]);
            var grad = (Tensor)loaded["grad"]!;
            Assert.That(new[] { grad.RequiresGrad, grad.IsLeaf }, Is.EqualTo(python["grad_conj"].ToArray<bool>()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
