namespace TorchInterop.Python;

#pragma warning disable IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's names for hooks: <c>h = x.register_hook(g => g * 2); h.remove();</c></summary>
public static class HookExtensions
{
    extension(Tensor tensor)
    {
        /// <summary><c>tensor.register_hook(hook)</c>: the hook returns a replacement gradient or null.</summary>
        public RemovableHandle register_hook(Func<Tensor, Tensor?> hook) => tensor.RegisterHook(hook);
    }

    extension(RemovableHandle handle)
    {
        /// <summary><c>handle.remove()</c></summary>
        public void remove() => handle.Remove();
    }
}
#pragma warning restore IDE1006
