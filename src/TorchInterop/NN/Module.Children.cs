namespace TorchInterop.NN;

public abstract partial class Module
{
    // Python's setattr(module, name, child) for code that rebuilds a tree (SyncBatchNorm.convert_sync_batchnorm).
    internal virtual void ReplaceChild(string name, Module child) => RegisterModule(name, child);
}
