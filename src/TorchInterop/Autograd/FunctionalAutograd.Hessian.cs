namespace TorchInterop;

public static partial class FunctionalAutograd
{
    /// <summary>
    /// <c>hessian(func, inputs, create_graph, strict, vectorize, outer_jacobian_strategy)</c> of a function returning
    /// a single-element tensor: the Jacobian of its (reverse-mode) Jacobian, indexed <c>[input][input]</c>, each entry
    /// shaped as the first input then the second. <paramref name="outputsTuple"/> says the function returned a tuple,
    /// which PyTorch refuses; forward mode for the outer Jacobian needs <paramref name="vectorize"/>.
    /// </summary>
    /// <example><c>FunctionalAutograd.Hessian(a => [a[0].Pow(3).Sum()], [x])[0][0]</c></example>
    public static Tensor[][] Hessian(Func<Tensor[], Tensor[]> func, Tensor[] inputs, bool createGraph = false, bool strict = false,
                                     bool vectorize = false, JacobianStrategy outerJacobianStrategy = JacobianStrategy.ReverseMode,
                                     bool outputsTuple = false)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(outerJacobianStrategy), true, nameof(outerJacobianStrategy));

        Tensor[] SingleOutput(Tensor[] inp)
        {
            var outputs = func(inp);
            CheckRequiresGrad(outputs, "outputs", strict);
            if (outputsTuple || outputs.Length != 1) throw new TorchException("The function given to hessian should return a single Tensor");
            if (outputs[0].NumEl != 1)
                throw new TorchException("The Tensor returned by the function given to hessian should contain a single element");
            return [outputs[0].Squeeze()];
        }

        Tensor[] JacobianOfFunction(Tensor[] inp)
        {
            // _grad_preprocess keeps the graph only of inputs that require grad; forward mode's dual inputs must.
            if (outerJacobianStrategy == JacobianStrategy.ForwardMode)
                inp = [.. inp.Select(t => t.RequiresGrad_(true))];
            var jac = Jacobian(SingleOutput, inp, createGraph: true)[0];
            CheckRequiresGrad(jac, "jacobian", strict);
            return jac;
        }

        return Jacobian(JacobianOfFunction, inputs, createGraph, strict, vectorize, outerJacobianStrategy);
    }
}
