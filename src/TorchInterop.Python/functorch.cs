using TorchInterop.NN;
using Dict = System.Collections.Generic.IReadOnlyDictionary<string, TorchInterop.Tensor>;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// Python's <c>functorch</c> package, 1.13's home of the transforms (<c>from functorch import vmap, grad,
/// make_functional</c>), which 2.x keeps for compatibility: the same transforms as <see cref="torch.func"/>, plus
/// <c>make_functional</c>, <c>make_functional_with_buffers</c> and <c>combine_state_for_ensemble</c>, on both versions.
/// Python's <c>fmodel(params, x)</c> is <c>fmodel.forward(params, x)</c>; a variable named <c>params</c> is
/// <c>@params</c> in C#.
/// </summary>
public static partial class functorch
{
    /// <summary><c>functorch.FunctionalModule</c>, the class <see cref="make_functional"/> returns (for type tests).</summary>
    public static Type FunctionalModule => typeof(NN.FunctionalModule);

    /// <summary><c>functorch.FunctionalModuleWithBuffers</c>, the class <see cref="make_functional_with_buffers"/> returns.</summary>
    public static Type FunctionalModuleWithBuffers => typeof(NN.FunctionalModuleWithBuffers);

    /// <summary>
    /// <c>fmodel, params = make_functional(model, disable_autograd_tracking=False)</c>: a copy of the model run as
    /// <c>fmodel.forward(params, x)</c>, and its parameters as a tuple. A model with buffers raises PyTorch's error.
    /// </summary>
    public static (NN.FunctionalModule, TensorTuple) make_functional(Module<Tensor, Tensor> model, bool disable_autograd_tracking = false)
    {
        var (fmodel, parameters) = Torch.Func.MakeFunctional(model, disable_autograd_tracking);
        return (fmodel, FuncTrees.Tuple(parameters));
    }

    /// <summary><c>fmodel, params, buffers = make_functional_with_buffers(model, disable_autograd_tracking=False)</c></summary>
    public static (NN.FunctionalModuleWithBuffers, TensorTuple, TensorTuple) make_functional_with_buffers(Module<Tensor, Tensor> model,
                                                                                                       bool disable_autograd_tracking = false)
    {
        var (fmodel, parameters, buffers) = Torch.Func.MakeFunctionalWithBuffers(model, disable_autograd_tracking);
        return (fmodel, FuncTrees.Tuple(parameters), FuncTrees.Tuple(buffers));
    }

    /// <summary>
    /// <c>fmodel, params, buffers = combine_state_for_ensemble(models)</c>: the models' parameters and buffers
    /// stacked, for <c>vmap(fmodel, in_dims: (0, 0, null))(params, buffers, x)</c>.
    /// </summary>
    public static (NN.FunctionalModuleWithBuffers, TensorTuple, TensorTuple) combine_state_for_ensemble<TModule>(IReadOnlyList<TModule> models)
        where TModule : Module<Tensor, Tensor>
    {
        var (fmodel, parameters, buffers) = Torch.Func.CombineStateForEnsemble(models);
        return (fmodel, FuncTrees.Tuple(parameters), FuncTrees.Tuple(buffers));
    }

    /// <summary><c>functorch.grad(f)</c></summary>
    public static Func<Tensor, Tensor> grad(Func<Tensor, Tensor> func) =>
        torch.func.grad(func);

    /// <summary><c>functorch.grad(f, argnums=argnums)</c> for a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> grad(Func<Tensor, Tensor, Tensor> func, int argnums = 0) =>
        torch.func.grad(func, argnums);

    /// <summary><c>functorch.grad(f, argnums=argnums)</c> for a function of three tensors.</summary>
    public static Func<Tensor, Tensor, Tensor, Tensor> grad(Func<Tensor, Tensor, Tensor, Tensor> func, int argnums = 0) =>
        torch.func.grad(func, argnums);

    /// <summary><c>functorch.grad(f, argnums=(0, 1))</c>: a tuple of gradients.</summary>
    public static Func<Tensor, Tensor, TensorTuple> grad(Func<Tensor, Tensor, Tensor> func, int[] argnums) =>
        torch.func.grad(func, argnums);

    /// <summary><c>functorch.grad(f, has_aux=True)</c>: <c>(grad, aux)</c>.</summary>
    public static Func<Tensor, (Tensor, Tensor)> grad(Func<Tensor, (Tensor, Tensor)> func, bool has_aux) =>
        torch.func.grad(func, has_aux);

    /// <summary><c>functorch.grad_and_value(f)</c>: <c>(grad, value)</c>.</summary>
    public static Func<Tensor, (Tensor, Tensor)> grad_and_value(Func<Tensor, Tensor> func) =>
        torch.func.grad_and_value(func);

    /// <summary><c>functorch.grad_and_value(f, argnums=argnums)</c> for a function of two tensors.</summary>
    public static Func<Tensor, Tensor, (Tensor, Tensor)> grad_and_value(Func<Tensor, Tensor, Tensor> func, int argnums = 0) =>
        torch.func.grad_and_value(func, argnums);

    /// <summary><c>functorch.grad_and_value(f, has_aux=True)</c>: <c>(grad, (value, aux))</c>.</summary>
    public static Func<Tensor, (Tensor, (Tensor, Tensor))> grad_and_value(Func<Tensor, (Tensor, Tensor)> func, bool has_aux) =>
        torch.func.grad_and_value(func, has_aux);

    /// <summary><c>functorch.vmap(f, in_dims=0, out_dims=0, randomness='error', chunk_size=None)</c></summary>
    public static Func<Tensor, Tensor> vmap(Func<Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>functorch.vmap</c> of a function of two tensors (<c>in_dims: (0, null)</c>).</summary>
    public static Func<Tensor, Tensor, Tensor> vmap(Func<Tensor, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>functorch.vmap</c> of a function of three tensors.</summary>
    public static Func<Tensor, Tensor, Tensor, Tensor> vmap(Func<Tensor, Tensor, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>functorch.vmap</c> of a function with two outputs.</summary>
    public static Func<Tensor, (Tensor, Tensor)> vmap(Func<Tensor, (Tensor, Tensor)> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>functorch.vmap</c> of a function of two tensors with two outputs.</summary>
    public static Func<Tensor, Tensor, (Tensor, Tensor)> vmap(Func<Tensor, Tensor, (Tensor, Tensor)> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>functorch.vjp(f, x)</c>: <c>(output, vjp_fn)</c>; <c>vjp_fn(ct)</c> is a tuple, as in Python.</summary>
    public static (Tensor, Func<Tensor, TensorTuple>) vjp(Func<Tensor, Tensor> func, Tensor primal) =>
        torch.func.vjp(func, primal);

    /// <summary><c>functorch.vjp(f, x, y)</c></summary>
    public static (Tensor, Func<Tensor, TensorTuple>) vjp(Func<Tensor, Tensor, Tensor> func, Tensor x, Tensor y) =>
        torch.func.vjp(func, x, y);

    /// <summary><c>functorch.vjp(f, x, has_aux=True)</c>: <c>(output, vjp_fn, aux)</c>.</summary>
    public static (Tensor, Func<Tensor, TensorTuple>, Tensor) vjp(Func<Tensor, (Tensor, Tensor)> func, Tensor primal, bool has_aux) =>
        torch.func.vjp(func, primal, has_aux);

    /// <summary><c>functorch.jvp(f, (x,), (t,))</c> written <c>jvp(f, [x], [t])</c>: <c>(output, jvp_out)</c>.</summary>
    public static (Tensor, Tensor) jvp(Func<Tensor, Tensor> func, Tensor[] primals, Tensor[] tangents, bool strict = false) =>
        torch.func.jvp(func, primals, tangents, strict);

    /// <summary><c>functorch.jvp(f, (x, y), (tx, ty))</c></summary>
    public static (Tensor, Tensor) jvp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) primals, (Tensor, Tensor) tangents, bool strict = false) =>
        torch.func.jvp(func, primals, tangents, strict);

    /// <summary><c>functorch.jvp(f, (x,), (t,), has_aux=True)</c>: <c>(output, jvp_out, aux)</c>.</summary>
    public static (Tensor, Tensor, Tensor) jvp(Func<Tensor, (Tensor, Tensor)> func, Tensor[] primals, Tensor[] tangents, bool has_aux, bool strict = false) =>
        torch.func.jvp(func, primals, tangents, has_aux, strict);

    /// <summary><c>functorch.jacrev(f, chunk_size=None)</c></summary>
    public static Func<Tensor, Tensor> jacrev(Func<Tensor, Tensor> func, int? chunk_size = null) =>
        torch.func.jacrev(func, chunk_size);

    /// <summary><c>functorch.jacrev(f, argnums)</c> for a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> jacrev(Func<Tensor, Tensor, Tensor> func, int argnums = 0, int? chunk_size = null) =>
        torch.func.jacrev(func, argnums, chunk_size);

    /// <summary><c>functorch.jacrev(f, argnums=(0, 1))</c>: a tuple of Jacobians.</summary>
    public static Func<Tensor, Tensor, TensorTuple> jacrev(Func<Tensor, Tensor, Tensor> func, int[] argnums, int? chunk_size = null) =>
        torch.func.jacrev(func, argnums, chunk_size);

    /// <summary><c>functorch.jacrev</c> of a function with two outputs.</summary>
    public static Func<Tensor, (Tensor, Tensor)> jacrev(Func<Tensor, (Tensor, Tensor)> func, int? chunk_size = null) =>
        torch.func.jacrev(func, chunk_size);

    /// <summary><c>functorch.jacrev(f, has_aux=True)</c>: <c>(jacobian, aux)</c>.</summary>
    public static Func<Tensor, (Tensor, Tensor)> jacrev(Func<Tensor, (Tensor, Tensor)> func, bool has_aux, int? chunk_size = null) =>
        torch.func.jacrev(func, has_aux, chunk_size);

    /// <summary><c>functorch.jacfwd(f, randomness='error')</c></summary>
    public static Func<Tensor, Tensor> jacfwd(Func<Tensor, Tensor> func, string randomness = "error") =>
        torch.func.jacfwd(func, randomness);

    /// <summary><c>functorch.jacfwd(f, argnums)</c> for a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> jacfwd(Func<Tensor, Tensor, Tensor> func, int argnums = 0, string randomness = "error") =>
        torch.func.jacfwd(func, argnums, randomness);

    /// <summary><c>functorch.jacfwd(f, argnums=(0, 1))</c>: a tuple of Jacobians.</summary>
    public static Func<Tensor, Tensor, TensorTuple> jacfwd(Func<Tensor, Tensor, Tensor> func, int[] argnums, string randomness = "error") =>
        torch.func.jacfwd(func, argnums, randomness);

    /// <summary><c>functorch.jacfwd</c> of a function with two outputs.</summary>
    public static Func<Tensor, (Tensor, Tensor)> jacfwd(Func<Tensor, (Tensor, Tensor)> func, string randomness = "error") =>
        torch.func.jacfwd(func, randomness);

    /// <summary><c>functorch.jacfwd(f, has_aux=True)</c>: <c>(jacobian, aux)</c>.</summary>
    public static Func<Tensor, (Tensor, Tensor)> jacfwd(Func<Tensor, (Tensor, Tensor)> func, bool has_aux, string randomness = "error") =>
        torch.func.jacfwd(func, has_aux, randomness);

    /// <summary><c>functorch.hessian(f)</c></summary>
    public static Func<Tensor, Tensor> hessian(Func<Tensor, Tensor> func) =>
        torch.func.hessian(func);

    /// <summary><c>functorch.hessian(f, argnums)</c> for a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> hessian(Func<Tensor, Tensor, Tensor> func, int argnums = 0) =>
        torch.func.hessian(func, argnums);

    /// <summary><c>grad(f)(params, x)</c> for <c>f(params, x)</c> with params a tuple: a tuple of gradients.</summary>
    public static Func<TensorTuple, Tensor, TensorTuple> grad(Func<TensorTuple, Tensor, Tensor> func) =>
        torch.func.grad(func);

    /// <summary><c>functorch.functionalize(f, remove='mutations')</c> (also <c>functorch.experimental.functionalize</c>).</summary>
    public static Func<Tensor, Tensor> functionalize(Func<Tensor, Tensor> func, string remove = "mutations") =>
        torch.func.functionalize(func, remove);

    /// <summary><c>functorch.functionalize</c> of a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> functionalize(Func<Tensor, Tensor, Tensor> func, string remove = "mutations") =>
        torch.func.functionalize(func, remove);

    /// <summary><c>functorch.functionalize</c> of a function with two outputs.</summary>
    public static Func<Tensor, (Tensor, Tensor)> functionalize(Func<Tensor, (Tensor, Tensor)> func, string remove = "mutations") =>
        torch.func.functionalize(func, remove);

    /// <summary><c>functorch.functionalize</c> of a function of two tensors with two outputs.</summary>
    public static Func<Tensor, Tensor, (Tensor, Tensor)> functionalize(Func<Tensor, Tensor, (Tensor, Tensor)> func, string remove = "mutations") =>
        torch.func.functionalize(func, remove);

    /// <summary><c>grad(f)(params, x, t)</c> for <c>f(params, x, t)</c> with params a tuple.</summary>
    public static Func<TensorTuple, Tensor, Tensor, TensorTuple> grad(Func<TensorTuple, Tensor, Tensor, Tensor> func) =>
        torch.func.grad(func);

    /// <summary><c>grad(f)(params, buffers, x, t)</c>, functorch's per-sample-gradient loss: gradients for params.</summary>
    public static Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> grad(Func<TensorTuple, TensorTuple, Tensor, Tensor, Tensor> func) =>
        torch.func.grad(func);

    /// <summary><c>vmap(fmodel, in_dims=(0, None))(params, x)</c>: a functional module mapped (an in_dim applies to every tensor of params).</summary>
    public static Func<TensorTuple, Tensor, Tensor> vmap(FunctionalModule func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>vmap(fmodel, in_dims=(0, 0, None))(params, buffers, x)</c>: an ensemble of models over one input.</summary>
    public static Func<TensorTuple, TensorTuple, Tensor, Tensor> vmap(FunctionalModuleWithBuffers func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>vmap(f, in_dims=(None, 0, 0))(params, x, t)</c> for f giving a tuple (per-sample gradients).</summary>
    public static Func<TensorTuple, Tensor, Tensor, TensorTuple> vmap(Func<TensorTuple, Tensor, Tensor, TensorTuple> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>vmap(f, in_dims=(None, None, 0, 0))(params, buffers, data, targets)</c>: functorch's per-sample gradients.</summary>
    public static Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> vmap(Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);

    /// <summary><c>vmap(wrapper, (0, 0, None))(params, buffers, x)</c> over the dicts <c>stack_module_state</c> gives.</summary>
    public static Func<Dict, Dict, Tensor, Tensor> vmap(Func<Dict, Dict, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
        torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);
}
#pragma warning restore CS8981, IDE1006
