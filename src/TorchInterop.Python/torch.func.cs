namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.func</c> (PyTorch 2.0 and later): <c>grad</c> and <c>grad_and_value</c> so far.</summary>
    public static class func
    {
        /// <summary><c>torch.func.grad(f)</c></summary>
        public static Func<Tensor, Tensor> grad(Func<Tensor, Tensor> func)
        {
            LibTorch.Require("torch.func", 2, 0);
            return Torch.Func.Grad(func);
        }

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> grad(Func<Tensor, Tensor, Tensor> func, int argnums = 0)
        {
            LibTorch.Require("torch.func", 2, 0);
            return Torch.Func.Grad(func, argnums);
        }

        /// <summary><c>torch.func.grad_and_value(f)</c>: <c>(grad, value)</c>.</summary>
        public static Func<Tensor, (Tensor, Tensor)> grad_and_value(Func<Tensor, Tensor> func)
        {
            LibTorch.Require("torch.func", 2, 0);
            var inner = Torch.Func.GradAndValue(func);
            return x => inner(x);
        }
    }
}
#pragma warning restore CS8981, IDE1006
