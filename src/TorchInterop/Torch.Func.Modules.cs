using TorchInterop.NN;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// functorch's <c>make_functional(model, disable_autograd_tracking=False)</c>: a copy of the model that runs with
        /// the parameters it is given, and those parameters (the copy's own, in <c>named_parameters()</c> order).
        /// With <paramref name="disableAutogradTracking"/> they do not require grad. A model with buffers needs
        /// <see cref="MakeFunctionalWithBuffers"/>.
        /// </summary>
        /// <example><code>var (fmodel, parameters) = Torch.Func.MakeFunctional(model); var y = fmodel.Forward(parameters, x);</code></example>
        public static (FunctionalModule Model, Tensor[] Parameters) MakeFunctional(Module<Tensor, Tensor> model, bool disableAutogradTracking = false)
        {
            ArgumentNullException.ThrowIfNull(model);
            if (model.Buffers().Any())
                throw new TorchException("make_functional(model): `model` has buffers. Please use make_functional_with_buffers(model) instead.");
            var copy = (Module<Tensor, Tensor>)model.DeepCopy();
            var (names, parameters) = FunctionalState.Parameters(copy);
            if (disableAutogradTracking) StopTracking(parameters);
            return (new FunctionalModule(copy, names), parameters);
        }

        /// <summary>
        /// functorch's <c>make_functional_with_buffers(model, disable_autograd_tracking=False)</c>: a copy of the model
        /// that runs with the parameters and buffers it is given, and those parameters and buffers.
        /// </summary>
        public static (FunctionalModuleWithBuffers Model, Tensor[] Parameters, Tensor[] Buffers) MakeFunctionalWithBuffers(
            Module<Tensor, Tensor> model, bool disableAutogradTracking = false)
        {
            ArgumentNullException.ThrowIfNull(model);
            var copy = (Module<Tensor, Tensor>)model.DeepCopy();
            var (parameterNames, parameters) = FunctionalState.Parameters(copy);
            var (bufferNames, buffers) = FunctionalState.Buffers(copy);
            if (disableAutogradTracking) StopTracking(parameters);
            return (new FunctionalModuleWithBuffers(copy, parameterNames, bufferNames), parameters, buffers);
        }

        /// <summary>
        /// functorch's <c>combine_state_for_ensemble(models)</c>: the functional form of the first model and every
        /// parameter and buffer stacked over the models (a new leading dimension of size M, detached), for
        /// <c>vmap(fmodel, in_dims: (0, 0, null))(parameters, buffers, x)</c>. The models must be of one class and mode.
        /// </summary>
        public static (FunctionalModuleWithBuffers Model, Tensor[] Parameters, Tensor[] Buffers) CombineStateForEnsemble<TModule>(
            IReadOnlyList<TModule> models) where TModule : Module<Tensor, Tensor>
        {
            CheckEnsemble(models, "combine_state_for_ensemble");
            var (model, _, _) = MakeFunctionalWithBuffers(models[0]);
            var parameters = StackEach(models.Select(m => m.Parameters().ToArray()).ToList());
            var buffers = StackEach(models.Select(m => m.Buffers().ToArray()).ToList());
            return (model, parameters, buffers);
        }

        /// <summary>
        /// PyTorch 2's <c>torch.func.stack_module_state(models)</c>: every parameter and buffer stacked over the
        /// models, by name; the stacked parameters are new leaves that require grad where the models' do.
        /// </summary>
        public static (Dictionary<string, Tensor> Parameters, Dictionary<string, Tensor> Buffers) StackModuleState<TModule>(
            IReadOnlyList<TModule> models) where TModule : Module
        {
            CheckEnsemble(models, "stack_module_state");
            var parameters = models[0].NamedParameters().Select(p => p.Name)
                .ToDictionary(name => name, name => StackedLeaf(models.Select(m => Named(m.NamedParameters(), name)).ToList(), name));
            var buffers = models[0].NamedBuffers().Select(b => b.Name)
                .ToDictionary(name => name, name => StackedLeaf(models.Select(m => Named(m.NamedBuffers(), name)).ToList(), name));
            return (parameters, buffers);
        }

        private static void CheckEnsemble<TModule>(IReadOnlyList<TModule> models, string api) where TModule : Module
        {
            ArgumentNullException.ThrowIfNull(models);
            if (models.Count == 0) throw new TorchException($"{api}: Expected at least one model, got 0.");
            if (models.Any(m => m.Training != models[0].Training))
                throw new TorchException($"{api}: Expected all models to have the same training/eval mode.");
            if (models.Any(m => m.GetType() != models[0].GetType()))
                throw new TorchException($"{api}: Expected all models to be of the same class.");
        }

        // functorch's transpose_stack: the i-th tensor of every model stacked, detached.
        private static Tensor[] StackEach(List<Tensor[]> perModel) =>
            Enumerable.Range(0, perModel.Min(tensors => tensors.Length))
                .Select(i =>
                {
                    using var stacked = Torch.Stack(perModel.Select(tensors => tensors[i]).ToList());
                    return stacked.Detach();
                })
                .ToArray();

        // construct_stacked_leaf
        private static Tensor StackedLeaf(List<Tensor> tensors, string name)
        {
            bool all = tensors.All(t => t.RequiresGrad);
            if (!all && tensors.Any(t => t.RequiresGrad))
                throw new TorchException($"Expected {name} from each model to have the same .requires_grad");
            var stacked = Torch.Stack(tensors);
            if (!all) return stacked;
            using (stacked)
            {
                var leaf = stacked.Detach();
                leaf.RequiresGrad = true;
                return leaf;
            }
        }

        private static Tensor Named(IEnumerable<(string Name, Tensor Value)> members, string name) =>
            members.FirstOrDefault(m => m.Name == name).Value ?? throw new TorchException($"'{name}'", TorchErrorKind.KeyError);

        private static void StopTracking(Tensor[] parameters)
        {
            foreach (var parameter in parameters) parameter.RequiresGrad = false;
        }
    }
}
