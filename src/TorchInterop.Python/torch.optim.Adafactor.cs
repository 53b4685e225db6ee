namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
#if LIBTORCH_2
        /// <summary>
        /// <c>torch.optim.Adafactor(params, lr=1e-2, beta2_decay=-0.8, eps=(None, 1e-3), d=1.0, weight_decay=0.0, *,
        /// foreach=None, maximize=False)</c> (PyTorch 2.x); <c>eps: (null, 1e-3)</c> spells Python's <c>(None, 1e-3)</c>.
        /// </summary>
        [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
        public static Optim.Adafactor Adafactor(IEnumerable<Tensor> @params, double lr = 1e-2, double beta2_decay = -0.8,
            (double?, double)? eps = null, double d = 1.0, double weight_decay = 0.0, bool? @foreach = null, bool maximize = false) =>
            new(@params, lr, beta2_decay, eps, d, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.Adafactor</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adafactor Adafactor(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, double beta2_decay = -0.8,
            (double?, double)? eps = null, double d = 1.0, double weight_decay = 0.0, bool? @foreach = null, bool maximize = false) =>
            new(Groups(@params), lr, beta2_decay, eps, d, weight_decay, @foreach, maximize);
#endif
    }
}
