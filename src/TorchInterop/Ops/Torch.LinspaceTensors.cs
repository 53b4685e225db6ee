#if LIBTORCH_2
using TorchInterop.Native;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.linspace(start, end, steps)</c> with 0-dim tensors for the ends (LibTorch 2.x's
    /// <c>linspace.Tensor_Tensor</c>): <paramref name="steps"/> evenly spaced values from start to end.
    /// </summary>
    /// <example><code>var x = Torch.Linspace(Torch.Tensor(0.0), Torch.Tensor(1.0), 5);</code></example>
    public static unsafe Tensor Linspace(Tensor start, Tensor end, long steps, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        IntPtr result;
        Check.Status(NativeMethods.tig_linspace_Tensor_Tensor(&result, start, end, steps, OptionalDtypeCode(dtype), -1, OptionalDeviceType(device ?? DefaultDevice), OptionalDeviceIndex(device ?? DefaultDevice), null));
        return TorchInterop.Tensor.Created(result, requiresGrad);
    }

    /// <summary><c>torch.linspace(start, end, steps)</c> with a 0-dim tensor start (<c>linspace.Tensor_Scalar</c>).</summary>
    public static unsafe Tensor Linspace(Tensor start, Scalar end, long steps, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(start);
        IntPtr result;
        Check.Status(NativeMethods.tig_linspace_Tensor_Scalar(&result, start, end, steps, OptionalDtypeCode(dtype), -1, OptionalDeviceType(device ?? DefaultDevice), OptionalDeviceIndex(device ?? DefaultDevice), null));
        return TorchInterop.Tensor.Created(result, requiresGrad);
    }

    /// <summary><c>torch.linspace(start, end, steps)</c> with a 0-dim tensor end (<c>linspace.Scalar_Tensor</c>).</summary>
    public static unsafe Tensor Linspace(Scalar start, Tensor end, long steps, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(end);
        IntPtr result;
        Check.Status(NativeMethods.tig_linspace_Scalar_Tensor(&result, start, end, steps, OptionalDtypeCode(dtype), -1, OptionalDeviceType(device ?? DefaultDevice), OptionalDeviceIndex(device ?? DefaultDevice), null));
        return TorchInterop.Tensor.Created(result, requiresGrad);
    }

    // the generated layer's encoding of optional dtype and device arguments (-1: not given)
    private static int OptionalDtypeCode(DType? dtype) => dtype.HasValue ? (int)dtype.Value : -1;

    private static int OptionalDeviceType(Device? device) => device.HasValue ? (int)device.Value.Type : -1;

    private static int OptionalDeviceIndex(Device? device) => device.HasValue ? device.Value.Index : -1;
}
#endif
