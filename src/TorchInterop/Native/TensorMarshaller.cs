using System.Runtime.InteropServices.Marshalling;

namespace TorchInterop.Native;

/// <summary>
/// Passes a <see cref="Tensor"/> to native code as its borrowed handle. The tensor is kept reachable until the
/// call returns, so its finalizer cannot queue the handle for release while native code still uses it.
/// A null tensor becomes a null handle (an undefined optional tensor).
/// </summary>
[CustomMarshaller(typeof(Tensor), MarshalMode.ManagedToUnmanagedIn, typeof(TensorMarshaller))]
internal struct TensorMarshaller
{
    private Tensor? _tensor;

    public void FromManaged(Tensor? tensor) => _tensor = tensor;

    public readonly IntPtr ToUnmanaged() => _tensor is null ? IntPtr.Zero : _tensor.Handle;

    public readonly void OnInvoked() => GC.KeepAlive(_tensor);

    public readonly void Free() { }
}
