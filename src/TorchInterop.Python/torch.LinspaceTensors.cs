#if LIBTORCH_2
namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary><c>torch.linspace(start, end, steps)</c> with 0-dim tensors for the ends (PyTorch 2.x).</summary>
    public static Tensor linspace(Tensor start, Tensor end, long steps, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Linspace(start, end, steps, dtype, device, requires_grad);

    /// <summary><c>torch.linspace(start, end, steps)</c> with a 0-dim tensor start (PyTorch 2.x).</summary>
    public static Tensor linspace(Tensor start, Scalar end, long steps, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Linspace(start, end, steps, dtype, device, requires_grad);

    /// <summary><c>torch.linspace(start, end, steps)</c> with a 0-dim tensor end (PyTorch 2.x).</summary>
    public static Tensor linspace(Scalar start, Tensor end, long steps, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Linspace(start, end, steps, dtype, device, requires_grad);
}
#pragma warning restore CS8981, IDE1006
#endif
