using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

/// <summary>
/// Python's hooks on a <c>grad_fn</c> node: <c>h = y.grad_fn.register_hook((gi, go) => (gi[0] * 2, gi[1]))</c>,
/// <c>h.remove()</c>. A hook returns a tuple of replacements (a C# tuple or a <see cref="TensorTuple"/>; null is None)
/// or null to keep the gradients, with PyTorch's TypeError for anything else.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class GradFnHookExtensions
{
    extension(GradFn node)
    {
        /// <summary><c>grad_fn.register_hook(hook)</c>: <c>hook(grad_inputs, grad_outputs)</c> after the node ran.</summary>
        public RemovableHandle register_hook(Func<TensorTuple, TensorTuple, object?> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return node.RegisterHook(HookNames.Of(hook),
                (gradInputs, gradOutputs) => HookResultConversion.Gradients(hook(new([.. gradInputs]), new([.. gradOutputs]))));
        }

        /// <summary><c>grad_fn.register_hook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_hook(Action<TensorTuple, TensorTuple> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return node.RegisterHook(HookNames.Of(hook), (gradInputs, gradOutputs) =>
            {
                hook(new([.. gradInputs]), new([.. gradOutputs]));
                return null;
            });
        }

        /// <summary><c>grad_fn.register_prehook(hook)</c>: <c>hook(grad_outputs)</c> before the node runs.</summary>
        public RemovableHandle register_prehook(Func<TensorTuple, object?> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return node.RegisterPrehook(HookNames.Of(hook), gradOutputs => HookResultConversion.Gradients(hook(new([.. gradOutputs]))));
        }

        /// <summary><c>grad_fn.register_prehook(hook)</c> of a hook that returns nothing.</summary>
        public RemovableHandle register_prehook(Action<TensorTuple> hook)
        {
            ArgumentNullException.ThrowIfNull(hook);
            return node.RegisterPrehook(HookNames.Of(hook), gradOutputs =>
            {
                hook(new([.. gradOutputs]));
                return null;
            });
        }
    }
}
