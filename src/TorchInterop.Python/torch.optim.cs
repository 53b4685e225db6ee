using TorchInterop.Optim;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.optim</c>.</summary>
    public static class optim
    {
        /// <summary><c>torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False)</c>.</summary>
        public static Optim.SGD SGD(IEnumerable<Tensor> @params, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false) =>
            new(@params, lr, momentum, dampening, weight_decay, nesterov);
    }
}

/// <summary>The optimizer's Python names.</summary>
public static class OptimizerExtensions
{
    extension(Optim.SGD optimizer)
    {
        /// <summary><c>optimizer.step()</c></summary>
        public void step() => optimizer.Step();

        /// <summary><c>optimizer.zero_grad()</c> (1.13: gradients become zero tensors).</summary>
        public void zero_grad() => optimizer.ZeroGrad();
    }
}
#pragma warning restore CS8981, IDE1006
