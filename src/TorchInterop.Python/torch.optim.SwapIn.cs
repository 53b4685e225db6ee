namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
#if LIBTORCH_2
        /// <summary>
        /// <c>with torch.optim.swap_in_optimizer_params_and_state(optimizer, swapin_parameters, swapin_optim_state):</c>
        /// (PyTorch 2.x), written <c>using (torch.optim.swap_in_optimizer_params_and_state(...)) { ... }</c>: inside,
        /// <c>optimizer.step()</c> updates <paramref name="swapin_parameters"/>' tensors (in their order, which is the
        /// live parameters') with <paramref name="swapin_optim_state"/>'s state and group options; leaving restores the
        /// live ones.
        /// </summary>
        public static IDisposable swap_in_optimizer_params_and_state(Optim.Optimizer optimizer,
            IEnumerable<KeyValuePair<string, Tensor>> swapin_parameters, object? swapin_optim_state)
        {
            ArgumentNullException.ThrowIfNull(optimizer);
            ArgumentNullException.ThrowIfNull(swapin_parameters);
            return optimizer.SwapInParamsAndState(swapin_parameters.Select(kv => kv.Value), swapin_optim_state);
        }
#endif
    }
}
