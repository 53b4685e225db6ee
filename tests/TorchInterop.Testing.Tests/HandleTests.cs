using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>The tensors an assertion converts internally are released, whether it passes or fails.</summary>
public class HandleTests
{
    [Test]
    public void PromotionReleasesItsTensors()
    {
        using var ints = I64(1, 2049);
        using var halves = F16(1, 2048);
        using var floats = F32(1, 2050);
        // Other tests leave tensors to the finalizer; collecting them now keeps a collection during this test from
        // lowering the count below the baseline (it once read 45 before and 3 after).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = Tensor.LiveHandleCount;

        TensorAssert.Close(ints, halves, checkDtype: false);
        Assert.Throws<TensorAssertionException>(() => TensorAssert.Close(ints, floats, checkDtype: false));

        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(before));
    }
}
