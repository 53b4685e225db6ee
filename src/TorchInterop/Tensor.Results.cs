using TorchInterop.Native;

namespace TorchInterop;

// How generated ops turn native results into tensors.
public sealed partial class Tensor
{
    // A new tensor from a generated op: Result(NativeMethods.tig_x(&handle, ...), handle).
    internal static Tensor Result(int status, IntPtr handle)
    {
        Check.Status(status);
        return From(handle);
    }

    // A new tensor from a generated factory, made a leaf that requires grad when asked (Python's requires_grad=
    // keyword of factories, with the factories' own message for dtypes that cannot).
    internal static Tensor Created(IntPtr handle, bool requiresGrad)
    {
        var tensor = From(handle);
        if (requiresGrad)
        {
            Check.Status(NativeMethods.ti_set_requires_grad(tensor, 1, asMethod: 2));
            tensor.RememberAsLeaf();
        }
        return tensor;
    }

    // One tensor of a tuple result: an undefined tensor (some backward functions return them for outputs they
    // were told not to compute) cannot be represented by a Tensor and is reported as such.
    internal static Tensor FromResult(IntPtr handle, string schema, int index) =>
        handle != IntPtr.Zero ? From(handle)
            : throw new InvalidOperationException($"{schema} returned an undefined tensor as result {index}.");

    // A list result: the shim's array of new handles, released once they are wrapped.
    internal static unsafe Tensor[] FromHandleArray(IntPtr* handles, long count)
    {
        try
        {
            var tensors = new Tensor[count];
            for (long i = 0; i < count; i++) tensors[i] = From(handles[i]);
            return tensors;
        }
        finally
        {
            NativeMethods.ti_free_handle_array(handles);
        }
    }
}
