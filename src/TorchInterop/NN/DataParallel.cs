namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.DataParallel(module, device_ids=None, output_device=None, dim=0)</c> where no GPU is available:
/// PyTorch then keeps the module as <c>.module</c> (its state dict keys gain the <c>module.</c> prefix), leaves
/// <c>device_ids</c> empty, and a call runs the module itself.
/// </summary>
public sealed class DataParallel<TInput, TOutput> : Module<TInput, TOutput>
{
    /// <summary>Wraps <paramref name="module"/>; replication over several GPUs is not done (CPU-only, as PyTorch without CUDA).</summary>
    public DataParallel(Module<TInput, TOutput> module)
    {
        ArgumentNullException.ThrowIfNull(module);
        Module = RegisterModule("module", module)!;
    }

    /// <summary>The wrapped module (Python's <c>.module</c>).</summary>
    public Module<TInput, TOutput> Module { get; }

    /// <summary>Python's <c>device_ids</c>: empty where there is no GPU.</summary>
    public IReadOnlyList<long> DeviceIds { get; } = [];

    /// <inheritdoc/>
    public override TOutput Forward(TInput input) => Module.Call(input);
}
