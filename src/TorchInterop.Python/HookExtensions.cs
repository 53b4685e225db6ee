namespace TorchInterop.Python;

#pragma warning disable IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's names for hooks: <c>h = x.register_hook(g => g * 2); h.remove();</c></summary>
public static class HookExtensions
{
    extension(Tensor tensor)
    {
        /// <summary><c>tensor.register_hook(hook)</c>: the hook returns a replacement gradient or null.</summary>
        public RemovableHandle register_hook(Func<Tensor, Tensor?> hook) => tensor.RegisterHook(hook);
#if LIBTORCH_2

        /// <summary><c>tensor.register_post_accumulate_grad_hook(hook)</c>: <c>hook(tensor)</c> after the leaf's .grad was accumulated.</summary>
        public RemovableHandle register_post_accumulate_grad_hook(Action<Tensor> hook) => tensor.RegisterPostAccumulateGradHook(hook);
#endif
    }

    extension<TInput, TOutput>(NN.Module<TInput, TOutput> module)
    {
        /// <summary>
        /// <c>module.register_forward_pre_hook(hook, prepend=False)</c>: <c>hook(module, input)</c> returns the input to use, or null.
        /// Python's hook gets the inputs as a tuple (<c>input[0]</c>); here it gets the input itself.
        /// </summary>
        public RemovableHandle register_forward_pre_hook(Func<NN.Module<TInput, TOutput>, TInput, TInput?> hook, bool prepend = false) =>
            module.RegisterForwardPreHook(hook, prepend);

        /// <summary><c>module.register_forward_pre_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_forward_pre_hook(Action<NN.Module<TInput, TOutput>, TInput> hook, bool prepend = false) =>
            module.RegisterForwardPreHook(hook, prepend);

        /// <summary><c>module.register_forward_hook(hook, prepend=False)</c>: <c>hook(module, input, output)</c> returns the output to use, or null.</summary>
        public RemovableHandle register_forward_hook(Func<NN.Module<TInput, TOutput>, TInput, TOutput, TOutput?> hook, bool prepend = false) =>
            module.RegisterForwardHook(hook, prepend);

        /// <summary><c>module.register_forward_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_forward_hook(Action<NN.Module<TInput, TOutput>, TInput, TOutput> hook, bool prepend = false) =>
            module.RegisterForwardHook(hook, prepend);

        /// <summary>
        /// <c>module.register_full_backward_hook(hook, prepend=False)</c>: <c>hook(module, grad_input, grad_output)</c>
        /// gets tuples (None where PyTorch has None) and returns a tuple of replacements for grad_input, or null.
        /// </summary>
        public RemovableHandle register_full_backward_hook(Func<NN.Module<TInput, TOutput>, TensorTuple, TensorTuple, object?> hook,
                                                           bool prepend = false)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterFullBackwardHook(HookNames.Of(hook), (m, gi, go) => HookResultConversion.Gradients(hook(m, new([.. gi]), new([.. go]))),
                                                   prepend);
        }

        /// <summary><c>module.register_full_backward_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_full_backward_hook(Action<NN.Module<TInput, TOutput>, TensorTuple, TensorTuple> hook, bool prepend = false)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterFullBackwardHook(HookNames.Of(hook), (m, gi, go) =>
            {
                hook(m, new([.. gi]), new([.. go]));
                return null;
            }, prepend);
        }

        /// <summary><c>module.register_backward_hook(hook)</c>, the deprecated kind: on the grad_fn of the first output.</summary>
        public RemovableHandle register_backward_hook(Func<NN.Module<TInput, TOutput>, TensorTuple, TensorTuple, object?> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterBackwardHook(HookNames.Of(hook), (m, gi, go) => HookResultConversion.Gradients(hook(m, new([.. gi]), new([.. go]))));
        }

        /// <summary><c>module.register_backward_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_backward_hook(Action<NN.Module<TInput, TOutput>, TensorTuple, TensorTuple> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterBackwardHook(HookNames.Of(hook), (m, gi, go) =>
            {
                hook(m, new([.. gi]), new([.. go]));
                return null;
            });
        }
#if LIBTORCH_2

        /// <summary><c>module.register_full_backward_pre_hook(hook, prepend=False)</c>: <c>hook(module, grad_output)</c> returns replacements, or null.</summary>
        public RemovableHandle register_full_backward_pre_hook(Func<NN.Module<TInput, TOutput>, TensorTuple, object?> hook, bool prepend = false)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterFullBackwardPreHook((m, go) => HookResultConversion.Gradients(hook(m, new([.. go]))), prepend);
        }

        /// <summary><c>module.register_full_backward_pre_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_full_backward_pre_hook(Action<NN.Module<TInput, TOutput>, TensorTuple> hook, bool prepend = false)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return module.RegisterFullBackwardPreHook((m, go) => hook(m, new([.. go])), prepend);
        }
#endif
    }

    extension(RemovableHandle handle)
    {
        /// <summary><c>handle.remove()</c></summary>
        public void remove() => handle.Remove();
    }
}
#pragma warning restore IDE1006
