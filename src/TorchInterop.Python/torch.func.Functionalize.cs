namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    // torch.func.functionalize: functions rerun without mutations (and, on request, without views).
    public static partial class func
    {
        /// <summary>
        /// <c>torch.func.functionalize(f, remove='mutations')</c>: f's in-place ops replaced by out-of-place ones,
        /// <c>remove="mutations_and_views"</c> also its views by copies; mutations of the input reach the caller's tensor.
        /// </summary>
        public static Func<Tensor, Tensor> functionalize(Func<Tensor, Tensor> func, string remove = "mutations") =>
            Torch.Func.Functionalize(func, remove);

        /// <summary><c>torch.func.functionalize</c> of a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> functionalize(Func<Tensor, Tensor, Tensor> func, string remove = "mutations") =>
            Torch.Func.Functionalize(func, remove);

        /// <summary><c>torch.func.functionalize</c> of a function with two outputs: a tuple.</summary>
        public static Func<Tensor, (Tensor, Tensor)> functionalize(Func<Tensor, (Tensor, Tensor)> func, string remove = "mutations") =>
            Torch.Func.Functionalize(func, remove);

        /// <summary><c>torch.func.functionalize</c> of a function of two tensors with two outputs.</summary>
        public static Func<Tensor, Tensor, (Tensor, Tensor)> functionalize(Func<Tensor, Tensor, (Tensor, Tensor)> func,
                                                                           string remove = "mutations") =>
            Torch.Func.Functionalize(func, remove);
    }
}
