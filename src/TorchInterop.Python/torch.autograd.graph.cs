using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>Python's <c>torch.autograd.graph</c>.</summary>
        public static partial class graph
        {
            /// <summary>
            /// <c>with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):</c> is
            /// <c>using (torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook)) { ... }</c>. An unpack hook
            /// returning something other than a tensor fails backward with PyTorch's TypeError.
            /// </summary>
            public static SavedTensorsHooksScope saved_tensors_hooks(Func<Tensor, object?> pack_hook, Func<object?, object?> unpack_hook)
            {
                ArgumentNullException.ThrowIfNull(unpack_hook);
                return Autograd.SavedTensorsHooks(pack_hook, packed => unpack_hook(packed) switch
                {
                    Tensor tensor => tensor,
                    var other => throw new TorchException(
                        $"Output of saved tensor unpack_hook expected to be a Tensor but got result of type {PythonTypeName(other)}",
                        TorchErrorKind.TypeError),
                });
            }

#if LIBTORCH_2
            /// <summary>
            /// <c>with torch.autograd.graph.save_on_cpu(pin_memory=False, device_type="cuda"):</c>: saved tensors kept on
            /// the CPU, moved back for backward (pinned when the device's runtime is available).
            /// </summary>
            public static SavedTensorsHooksScope save_on_cpu(bool pin_memory = false, string device_type = "cuda") =>
                Autograd.SaveOnCpu(pin_memory, device_type);
#else
            /// <summary>
            /// <c>with torch.autograd.graph.save_on_cpu(pin_memory=False):</c>: saved tensors kept on the CPU, moved back
            /// for backward.
            /// </summary>
            public static SavedTensorsHooksScope save_on_cpu(bool pin_memory = false) => Autograd.SaveOnCpu(pin_memory);
#endif

            /// <summary>
            /// <c>with torch.autograd.graph.disable_saved_tensors_hooks(error_message):</c>: setting saved-tensor hooks
            /// inside fails with a RuntimeError of <paramref name="error_message"/>.
            /// </summary>
            public static SavedTensorsHooksDisabledScope disable_saved_tensors_hooks(string error_message) =>
                Autograd.DisableSavedTensorsHooks(error_message);

            // type(value).__name__ of the Python value a .NET value stands for.
            private static string PythonTypeName(object? value) => value switch
            {
                null => "NoneType",
                bool => "bool",
                int or long or short or byte or sbyte or uint or ulong or ushort => "int",
                double or float or decimal => "float",
                string => "str",
                ITuple => "tuple",
                IDictionary => "dict",
                IList => "list",
                _ => value.GetType().Name,
            };
        }
    }
}
#pragma warning restore CS8981, IDE1006
