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

    extension<TInput, TOutput>(NN.Module<TInput, TOutput> module)
    {
        /// <summary>
        /// <c>module.register_forward_pre_hook(hook)</c>: <c>hook(module, input)</c> returns the input to use, or null.
        /// Python's hook gets the inputs as a tuple (<c>input[0]</c>); here it gets the input itself.
        /// </summary>
        public RemovableHandle register_forward_pre_hook(Func<NN.Module<TInput, TOutput>, TInput, TInput?> hook) => module.RegisterForwardPreHook(hook);

        /// <summary><c>module.register_forward_pre_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_forward_pre_hook(Action<NN.Module<TInput, TOutput>, TInput> hook) => module.RegisterForwardPreHook(hook);

        /// <summary><c>module.register_forward_hook(hook)</c>: <c>hook(module, input, output)</c> returns the output to use, or null.</summary>
        public RemovableHandle register_forward_hook(Func<NN.Module<TInput, TOutput>, TInput, TOutput, TOutput?> hook) => module.RegisterForwardHook(hook);

        /// <summary><c>module.register_forward_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_forward_hook(Action<NN.Module<TInput, TOutput>, TInput, TOutput> hook) => module.RegisterForwardHook(hook);
    }

    extension(RemovableHandle handle)
    {
        /// <summary><c>handle.remove()</c></summary>
        public void remove() => handle.Remove();
    }
}
#pragma warning restore IDE1006
