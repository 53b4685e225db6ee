using TorchInterop.NN;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.functional_call(module, parameters_and_buffers, (x,))</c>: the module called with the given
        /// tensors in place of its parameters and buffers of those names, which are restored afterwards. Tied tensors
        /// follow a given one (<paramref name="tieWeights"/>); <paramref name="strict"/> requires exactly the module's names.
        /// </summary>
        public static TOutput FunctionalCall<TInput, TOutput>(Module<TInput, TOutput> module,
                                                              IReadOnlyDictionary<string, Tensor> parametersAndBuffers, TInput input,
                                                              bool tieWeights = true, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(module);
            return FunctionalCall(module, parametersAndBuffers, () => module.Call(input), tieWeights, strict);
        }

        /// <summary>
        /// <c>torch.func.functional_call</c> for any call: <paramref name="call"/> runs while the module holds the given
        /// tensors (for modules of several inputs: <c>FunctionalCall(m, p, () =&gt; m.Forward(q, k, v))</c>).
        /// </summary>
        public static T FunctionalCall<T>(Module module, IReadOnlyDictionary<string, Tensor> parametersAndBuffers, System.Func<T> call,
                                          bool tieWeights = true, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(module);
            ArgumentNullException.ThrowIfNull(call);
            using var swapped = module.Reparametrize(parametersAndBuffers, tieWeights, strict);
            return call();
        }
    }
}
