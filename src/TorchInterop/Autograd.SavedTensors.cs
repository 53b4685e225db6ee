namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>
    /// Applies <paramref name="pack"/> to every tensor saved for backward on this thread until the scope is disposed,
    /// and <paramref name="unpack"/> to what it returned when backward needs the tensor (Python's
    /// <c>torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook)</c>). <paramref name="unpack"/> should
    /// return a tensor equal to the one packed.
    /// </summary>
    /// <example><code>using (Autograd.SavedTensorsHooks(x => x.Cpu(), p => (Tensor)p!)) { y = a * b; }</code></example>
    public static SavedTensorsHooksScope SavedTensorsHooks(Func<Tensor, object?> pack, Func<object?, Tensor> unpack) =>
        new(pack, unpack);

    /// <summary>
    /// Saves tensors on the CPU until the scope is disposed and moves them back to their device for backward
    /// (Python's <c>torch.autograd.graph.save_on_cpu(pin_memory=False)</c>): trades compute for accelerator memory.
    /// With <paramref name="pinMemory"/>, the CPU copies are pinned when CUDA is available (and the tensor is not sparse).
    /// </summary>
    public static SavedTensorsHooksScope SaveOnCpu(bool pinMemory = false) => SaveOnCpu(pinMemory, Torch.Cuda.IsAvailable);

#if LIBTORCH_2
    /// <summary>
    /// <see cref="SaveOnCpu(bool)"/> pinning for <paramref name="deviceType"/>'s runtime (PyTorch 2's
    /// <c>save_on_cpu(pin_memory, device_type="cuda")</c>; CUDA is the runtime bound here, and Python's fallback).
    /// </summary>
    public static SavedTensorsHooksScope SaveOnCpu(bool pinMemory, string deviceType)
    {
        ArgumentNullException.ThrowIfNull(deviceType);
        return SaveOnCpu(pinMemory, Torch.Cuda.IsAvailable);
    }
#endif

    // torch/autograd/graph.py's save_on_cpu: pack_to_cpu keeps (device, CPU copy), unpack_from_cpu moves it back.
    private static SavedTensorsHooksScope SaveOnCpu(bool pinMemory, Func<bool> deviceAvailable) => new(
        tensor =>
        {
            if (!pinMemory) return (tensor.Device, tensor.Cpu());
            bool pinnable = deviceAvailable() && tensor.Layout != Layout.SparseCoo;
            var packed = Torch.EmptyLike(tensor, device: Device.CPU, pinMemory: pinnable, memoryFormat: MemoryFormat.Contiguous);
            packed.Copy_(tensor);
            return (tensor.Device, packed);
        },
        packed =>
        {
            var (device, tensor) = ((Device, Tensor))packed!;
            return tensor.To(device);
        });

    /// <summary>
    /// Disables saved-tensor hooks on this thread until the scope is disposed (Python's
    /// <c>torch.autograd.graph.disable_saved_tensors_hooks(error_message)</c>): setting hooks meanwhile, or disabling
    /// them while hooks are set, fails with <paramref name="errorMessage"/>.
    /// </summary>
    public static SavedTensorsHooksDisabledScope DisableSavedTensorsHooks(string errorMessage) => new(errorMessage);
}
