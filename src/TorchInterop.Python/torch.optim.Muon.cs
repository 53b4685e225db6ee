namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
#if LIBTORCH_2
        /// <summary>
        /// <c>torch.optim.Muon(params, lr=1e-3, weight_decay=0.1, momentum=0.95, nesterov=True,
        /// ns_coefficients=(3.4445, -4.775, 2.0315), eps=1e-7, ns_steps=5, adjust_lr_fn=None)</c> (PyTorch 2.x).
        /// </summary>
        [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
        public static Optim.Muon Muon(IEnumerable<Tensor> @params, double lr = 1e-3, double weight_decay = 0.1, double momentum = 0.95,
            bool nesterov = true, (double, double, double)? ns_coefficients = null, double eps = 1e-7, long ns_steps = 5,
            string? adjust_lr_fn = null) =>
            new(@params, lr, weight_decay, momentum, nesterov, ns_coefficients, eps, ns_steps, adjust_lr_fn);

        /// <summary><c>torch.optim.Muon</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Muon Muon(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, double weight_decay = 0.1,
            double momentum = 0.95, bool nesterov = true, (double, double, double)? ns_coefficients = null, double eps = 1e-7,
            long ns_steps = 5, string? adjust_lr_fn = null) =>
            new(Groups(@params), lr, weight_decay, momentum, nesterov, ns_coefficients, eps, ns_steps, adjust_lr_fn);
#endif
    }
}
