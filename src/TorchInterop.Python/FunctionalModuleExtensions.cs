using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>
/// functorch's functional modules in Python's spelling: <c>fmodel(params, x)</c> is <c>fmodel.forward(params, x)</c>,
/// with the parameters as the tuple <c>make_functional</c> returned.
/// </summary>
public static class FunctionalModuleExtensions
{
    extension(FunctionalModule fmodel)
    {
        /// <summary><c>fmodel(params, x)</c>: the model run with <paramref name="params"/>.</summary>
        public Tensor forward(TensorTuple @params, Tensor x) => fmodel.Forward(FuncTrees.Leaves(@params), x);

        /// <summary><c>fmodel.stateless_model</c>: the model's copy that each call runs.</summary>
        public Module<Tensor, Tensor> stateless_model => fmodel.StatelessModel;

        /// <summary><c>fmodel.param_names</c>: the parameters' names, in order.</summary>
        public IReadOnlyList<string> param_names => fmodel.ParameterNames;
    }

    extension(FunctionalModuleWithBuffers fmodel)
    {
        /// <summary><c>fmodel(params, buffers, x)</c>: the model run with <paramref name="params"/> and <paramref name="buffers"/>.</summary>
        public Tensor forward(TensorTuple @params, TensorTuple buffers, Tensor x) =>
            fmodel.Forward(FuncTrees.Leaves(@params), FuncTrees.Leaves(buffers), x);

        /// <summary><c>fmodel.stateless_model</c>: the model's copy that each call runs.</summary>
        public Module<Tensor, Tensor> stateless_model => fmodel.StatelessModel;

        /// <summary><c>fmodel.param_names</c>: the parameters' names, in order.</summary>
        public IReadOnlyList<string> param_names => fmodel.ParameterNames;

        /// <summary><c>fmodel.buffer_names</c>: the buffers' names, in order.</summary>
        public IReadOnlyList<string> buffer_names => fmodel.BufferNames;
    }
}
