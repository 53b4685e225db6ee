using System.Runtime.CompilerServices;

namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// OpInfo variants whose op is a lambda (or a helper function) around a torch function: the replay does what the
/// lambda does, through the dialect's function, so the sample's arguments reach the parameters Python passes them to.
/// Each entry names the lambda of common_methods_invocations.py (or opinfo/definitions/*.py) it ports.
/// </summary>
internal static class OpInfoLambdas
{
    /// <summary>One ported lambda: its Python text (for the report) and the call.</summary>
    internal sealed record Lambda(string Python, Func<object?, List<object?>, Dictionary<string, object?>, object?> Call);

    private static readonly Dictionary<string, Lambda?> ByLabel = new()
    {
        // op=lambda tensors, equation: torch.einsum(equation, tensors)
        ["einsum"] = new("torch.einsum(equation, tensors)", (input, args, kwargs) => Dialect("einsum", args[0], [input, .. args.Skip(1)], kwargs)),
        // 1.13's _fill_aten: t = a * False; with torch.no_grad(): t.fill_(value). 2.x's fill OpInfo calls torch.fill itself.
        ["fill"] = LibTorch.IsAtLeast(2) ? null : new("t = a * False; t.fill_(value) under no_grad", (input, args, kwargs) =>
        {
            var t = (Tensor)input! * false;
            using (Autograd.NoGrad()) Dialect("fill_", t, args, kwargs);
            return t;
        }),
        // op=lambda a, b, driver: torch.linalg.lstsq(a, b, driver=driver)[0] (2.x: [:2])
        ["linalg.lstsq.grad_oriented"] = LibTorch.IsAtLeast(2)
            ? new("torch.linalg.lstsq(a, b, driver=driver)[:2]", (input, args, kwargs) => FirstTwo(Dialect("linalg.lstsq", input, args, kwargs)))
            : new("torch.linalg.lstsq(a, b, driver=driver)[0]", (input, args, kwargs) => First(Dialect("linalg.lstsq", input, args, kwargs))),
        // op=lambda a, b: torch.linalg.pinv(a @ b.mT)
        ["linalg.pinv.singular"] = new("torch.linalg.pinv(a @ b.mT)",
            (input, args, kwargs) => Dialect("linalg.pinv", ((Tensor)input!).Matmul(((Tensor)args[0]!).MT()), [], kwargs)),
        // op=lambda weight, idx, **kwargs: torch.nn.functional.embedding_bag(idx, weight, **kwargs)
        ["nn.functional.embedding_bag"] = new("torch.nn.functional.embedding_bag(idx, weight, **kwargs)",
            (input, args, kwargs) => Dialect("nn.functional.embedding_bag", args[0], [input, .. args.Skip(1)], kwargs)),
        // op=lambda std, mean, *args, **kwargs: wrapper_set_seed(torch.normal, mean, std, *args, **kwargs)
        ["normal.number_mean"] = new("torch.normal(mean, std, *args, **kwargs)",
            (input, args, kwargs) => Dialect("normal", args[0], [input, .. args.Skip(1)], kwargs)),
        // op=lambda inp, *args, **kwargs: wrapper_set_seed(torch.Tensor.normal_, inp, *args, **kwargs)
        ["normal.in_place"] = new("x.normal_(*args, **kwargs)", (input, args, kwargs) => Dialect("normal_", input, args, kwargs)),
        // op=lambda *args, **kwargs: wrapper_set_seed(torch.randint, *args, **kwargs)
        ["randint"] = new("torch.randint(*args, **kwargs)", (input, args, kwargs) => Dialect("randint", input, args, kwargs)),
        // max_pool2d_backward(*args, kernel_size=(), stride=(), padding=(0,), dilation=(1,), ceil_mode=False, **kwargs): the
        // forward with indices, then aten.max_pool2d_with_indices_backward of ones_like(out)
        ["max_pool2d_with_indices_backward"] = new("aten.max_pool2d_with_indices_backward(ones_like(out), x, ..., indices)", MaxPool2dBackward),
        // Tensor's reflected operators (op=torch.Tensor.__radd__ ...) as torch/_tensor.py and the C bindings define them
        ["__radd__"] = new("self.add(other)", (input, args, kwargs) => Aten("Add", input, args, kwargs)),
        ["__rmul__"] = new("self.mul(other)", (input, args, kwargs) => Aten("Mul", input, args, kwargs)),
        ["__rsub__"] = new("torch.rsub(self, other)", (input, args, kwargs) => Aten("Rsub", input, args, kwargs)),
        ["__rdiv__"] = new("self.reciprocal() * other", (input, args, kwargs) => Aten("Mul", ((Tensor)input!).Reciprocal(), args, kwargs)),
        ["__rmod__"] = new("torch.remainder(other, self)", (input, args, kwargs) => Aten("Remainder", args[0], [input], kwargs)),
        ["__rmatmul__"] = new("torch.matmul(other, self)", (input, args, kwargs) => Aten("Matmul", args[0], [input], kwargs)),
        // 1.13's Tensor.__rpow__ copies other into a new tensor first; 2.x's is torch.pow(other, self).
        ["__rpow__"] = LibTorch.IsAtLeast(2)
            ? new("torch.pow(other, self)", (input, args, kwargs) => Aten("Pow", args[0], [input], kwargs))
            : new("torch.tensor(other, dtype=torch.result_type(other, self)) ** self", ReflectedPow),
        // OpInfo's rand_like is op=lambda inp, *args, **kwargs: wrapper_set_seed(torch.randn_like, inp, *args, **kwargs)
        ["rand_like"] = new("torch.randn_like(inp, *args, **kwargs)", (input, args, kwargs) => Dialect("randn_like", input, args, kwargs)),
    };

    /// <summary>The ported lambda of the OpInfo variant <paramref name="label"/> (name.variant), if it has one.</summary>
    public static Lambda? For(string label) => ByLabel.GetValueOrDefault(label);

    private static object? Dialect(string function, object? input, List<object?> args, Dictionary<string, object?> kwargs) =>
        PythonCall.Invoke(new PythonCall.OpTarget(function, HasDialect: true, Member: null), input, args, kwargs);

    private static object? Aten(string member, object? input, List<object?> args, Dictionary<string, object?> kwargs) =>
        PythonCall.Invoke(member, input, args, kwargs);

    // Tensor.__rpow__: dtype = torch.result_type(other, self); torch.tensor(other, dtype=dtype, device=self.device) ** self
    // (torch.tensor copies a tensor without its graph)
    private static object? ReflectedPow(object? input, List<object?> args, Dictionary<string, object?> kwargs)
    {
        var self = (Tensor)input!;
        var baseValue = args[0] switch
        {
            Tensor other => other.Detach().To(Torch.ResultType(other, self)).Clone(),
            long l => Torch.Tensor((Scalar)l, Torch.ResultType((Scalar)l, self)),
            double d => Torch.Tensor((Scalar)d, Torch.ResultType((Scalar)d, self)),
            var other => throw new InvalidOperationException($"__rpow__ of a {other?.GetType().Name ?? "None"}"),
        };
        return Torch.Pow(baseValue, self);
    }

    private static object? MaxPool2dBackward(object? input, List<object?> args, Dictionary<string, object?> kwargs)
    {
        object? kernelSize = kwargs.GetValueOrDefault("kernel_size", new List<object?>()), stride = kwargs.GetValueOrDefault("stride", new List<object?>());
        object? padding = kwargs.GetValueOrDefault("padding", new List<object?> { 0L }), dilation = kwargs.GetValueOrDefault("dilation", new List<object?> { 1L });
        object? ceilMode = kwargs.GetValueOrDefault("ceil_mode", false);
        var pooled = (System.Runtime.CompilerServices.ITuple)Dialect("nn.functional.max_pool2d_with_indices", input, args, new()
        {
            ["kernel_size"] = kernelSize, ["stride"] = stride, ["padding"] = padding, ["dilation"] = dilation, ["ceil_mode"] = ceilMode,
        })!;
        var (output, indices) = ((Tensor)pooled[0]!, (Tensor)pooled[1]!);
        return PythonCall.Invoke("MaxPool2dWithIndicesBackward", Torch.OnesLike(output),
            [.. args.Prepend(input), kernelSize ?? new List<object?>(), stride ?? kernelSize, padding, dilation, ceilMode, indices], new Dictionary<string, object?>());
    }

    private static object? FirstTwo(object? result) => result switch
    {
        Tensor[] tensors => tensors[..2],
        IReadOnlyList<Tensor?> tensors => tensors.Take(2).ToArray(),
        ITuple tuple => (tuple[0], tuple[1]),
        _ => throw new InvalidOperationException($"a {result?.GetType().Name ?? "null"} has no first two elements"),
    };

    private static object? First(object? result) => result switch
    {
        Tensor[] tensors => tensors[0],
        IReadOnlyList<Tensor?> tensors => tensors[0],
        ITuple tuple => tuple[0],
        _ => throw new InvalidOperationException($"a {result?.GetType().Name ?? "null"} has no first element"),
    };
}
