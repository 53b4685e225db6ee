using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>Python's module members (<c>model.parameters()</c>, <c>model.train()</c>, ...) on <see cref="Module"/>.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class ModuleExtensions
{
    extension(Module module)
    {
        /// <summary><c>module.parameters(recurse=True)</c></summary>
        public IEnumerable<Tensor> parameters(bool recurse = true) => module.Parameters(recurse);

        /// <summary><c>module.named_parameters()</c>: (name, parameter) pairs.</summary>
        public IEnumerable<(string Name, Tensor Value)> named_parameters(string prefix = "", bool recurse = true) => module.NamedParameters(prefix, recurse);

        /// <summary><c>module.buffers()</c></summary>
        public IEnumerable<Tensor> buffers(bool recurse = true) => module.Buffers(recurse);

        /// <summary><c>module.children()</c></summary>
        public IEnumerable<Module> children() => module.Children();

        /// <summary><c>module.modules()</c></summary>
        public IEnumerable<Module> modules() => module.Modules();


        /// <summary><c>module.training</c></summary>
        public bool training => module.Training;

        /// <summary><c>module.zero_grad(set_to_none=...)</c>; left out, PyTorch's default: False in 1.13, True from 2.0 on.</summary>
        public void zero_grad(bool? set_to_none = null) => module.ZeroGrad(set_to_none);

        /// <summary><c>module.state_dict()</c></summary>
        public Dictionary<string, Tensor> state_dict() => module.StateDict();

        /// <summary><c>module.load_state_dict(state_dict, strict=True)</c></summary>
        public IncompatibleKeys load_state_dict(IReadOnlyDictionary<string, Tensor> state_dict, bool strict = true) =>
            Keys(module.LoadStateDict(state_dict, strict));

        /// <summary><c>module.load_state_dict(torch.load(path))</c>: the dict <c>torch.load</c> returned.</summary>
        public IncompatibleKeys load_state_dict(object? state_dict, bool strict = true) =>
            Keys(module.LoadStateDict(TorchInterop.Serialization.TensorFile.ToTensorDictionary(state_dict, "state_dict"), strict));

        /// <summary><c>module.named_modules(prefix='')</c>: (name, module) pairs, this module first.</summary>
        public IEnumerable<(string Name, Module Value)> named_modules(string prefix = "") => module.NamedModules(prefix);

        /// <summary><c>module.named_children()</c></summary>
        public IEnumerable<(string Name, Module Value)> named_children() => module.NamedChildren();

        /// <summary><c>module.named_buffers(prefix='', recurse=True)</c></summary>
        public IEnumerable<(string Name, Tensor Value)> named_buffers(string prefix = "", bool recurse = true) => module.NamedBuffers(prefix, recurse);
    }

    // Python's methods that return self: the caller's own type comes back, so `model.to(device).forward(x)` compiles.
    extension<TModule>(TModule module) where TModule : Module
    {
        /// <summary><c>module.train(mode=True)</c></summary>
        public TModule train(bool mode = true)
        {
            module.Train(mode);
            return module;
        }

        /// <summary><c>module.eval()</c></summary>
        public TModule eval()
        {
            module.Eval();
            return module;
        }

        /// <summary><c>module.to(dtype)</c></summary>
        public TModule to(DType dtype)
        {
            module.To(dtype);
            return module;
        }

        /// <summary><c>module.to(device, dtype=None)</c>; the device may be a string: <c>model.to("cpu")</c>.</summary>
        public TModule to(Device device, DType? dtype = null)
        {
            module.To(device, dtype);
            return module;
        }

        /// <summary><c>module.cpu()</c></summary>
        public TModule cpu()
        {
            module.Cpu();
            return module;
        }

        /// <summary><c>module.to_empty(device=...)</c>: uninitialized parameters and buffers of the same shapes on <paramref name="device"/>.</summary>
        public TModule to_empty(Device device)
        {
            module.ToEmpty(device);
            return module;
        }

        /// <summary><c>module.double()</c></summary>
        public TModule @double() => module.to(DType.Float64);

        /// <summary><c>module.float()</c></summary>
        public TModule @float() => module.to(DType.Float32);

        /// <summary><c>module.requires_grad_(requires_grad=True)</c>: for every parameter.</summary>
        public TModule requires_grad_(bool requires_grad = true)
        {
            foreach (var p in module.Parameters()) p.RequiresGrad_(requires_grad);
            return module;
        }

        /// <summary><c>module.apply(fn)</c>: fn on every submodule (children first, as Python), then on this module.</summary>
        public TModule apply(Action<Module> fn)
        {
            ArgumentNullException.ThrowIfNull(fn);
            Visit(module, fn);
            return module;
        }
    }

    private static void Visit(Module module, Action<Module> fn)
    {
        foreach (var child in module.Children()) Visit(child, fn);
        fn(module);
    }

    extension<TInput, TOutput>(Module<TInput, TOutput> module)
    {
        /// <summary>
        /// <c>module(x)</c>, written <c>module.forward(x)</c> (or <c>module.Call(x)</c>) in C#: the forward pre-hooks,
        /// the forward, then the forward hooks, as Python's call runs them.
        /// </summary>
        public TOutput forward(TInput input) => module.Call(input);
    }

    extension(Module module)
    {
        /// <summary><c>module.weight</c> for any layer that has one (null if it has none), so <c>model[0].weight</c> ports as is.</summary>
        public Tensor? weight => module.GetParameter("weight");

        /// <summary><c>module.bias</c> (null is None)</summary>
        public Tensor? bias => module.GetParameter("bias");
    }

    extension(Loss loss)
    {
        /// <summary><c>loss_fn(input, target)</c>, written <c>loss_fn.forward(input, target)</c> in C#.</summary>
        public Tensor forward(Tensor input, Tensor target) => loss.Forward(input, target);
    }

    extension(GaussianNLLLoss loss)
    {
        /// <summary><c>loss_fn(input, target, var)</c></summary>
        public Tensor forward(Tensor input, Tensor target, Tensor var) => loss.Forward(input, target, var);
    }

    extension(MultiheadAttention attention)
    {
        /// <summary><c>attn_output, attn_weights = mha(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None, average_attn_weights=True)</c></summary>
        public (Tensor Output, Tensor? Weights) forward(Tensor query, Tensor key, Tensor value, Tensor? key_padding_mask = null,
            bool need_weights = true, Tensor? attn_mask = null, bool average_attn_weights = true) =>
            attention.Forward(query, key, value, key_padding_mask, need_weights, attn_mask, average_attn_weights);
#if LIBTORCH_2

        /// <summary><c>mha(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None, average_attn_weights=True, is_causal=False)</c> (2.x)</summary>
        public (Tensor Output, Tensor? Weights) forward(Tensor query, Tensor key, Tensor value, Tensor? key_padding_mask,
            bool need_weights, Tensor? attn_mask, bool average_attn_weights, bool is_causal) =>
            attention.Forward(query, key, value, key_padding_mask, need_weights, attn_mask, average_attn_weights, is_causal);
#endif
    }

    extension(TransformerEncoderLayer layer)
    {
        /// <summary><c>layer(src, src_mask=None, src_key_padding_mask=None)</c></summary>
        public Tensor forward(Tensor src, Tensor? src_mask, Tensor? src_key_padding_mask = null) => layer.Forward(src, src_mask, src_key_padding_mask);
#if LIBTORCH_2

        /// <summary><c>layer(src, src_mask=None, src_key_padding_mask=None, is_causal=False)</c> (2.x)</summary>
        public Tensor forward(Tensor src, Tensor? src_mask, Tensor? src_key_padding_mask, bool is_causal) =>
            layer.Forward(src, src_mask, src_key_padding_mask, is_causal);
#endif
    }

    extension(TransformerDecoderLayer layer)
    {
        /// <summary><c>layer(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None, memory_key_padding_mask=None)</c></summary>
        public Tensor forward(Tensor tgt, Tensor memory, Tensor? tgt_mask = null, Tensor? memory_mask = null, Tensor? tgt_key_padding_mask = null,
            Tensor? memory_key_padding_mask = null) => layer.Forward(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask);
#if LIBTORCH_2

        /// <summary><c>layer(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None, memory_key_padding_mask=None, tgt_is_causal=False, memory_is_causal=False)</c> (2.x)</summary>
        public Tensor forward(Tensor tgt, Tensor memory, Tensor? tgt_mask, Tensor? memory_mask, Tensor? tgt_key_padding_mask,
            Tensor? memory_key_padding_mask, bool tgt_is_causal, bool memory_is_causal = false) =>
            layer.Forward(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask, tgt_is_causal, memory_is_causal);
#endif
    }

    extension(Linear linear)
    {
        /// <summary><c>linear.in_features</c></summary>
        public long in_features => linear.InFeatures;

        /// <summary><c>linear.out_features</c></summary>
        public long out_features => linear.OutFeatures;
    }

    private static IncompatibleKeys Keys((IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected) keys) => new(keys.Missing, keys.Unexpected);
}
