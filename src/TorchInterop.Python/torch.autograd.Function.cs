using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>
        /// Python's <c>torch.autograd.Function</c> for a Function of one output: <c>class MyCube : torch.autograd.Function&lt;MyCube&gt;</c>
        /// with <c>public static Tensor forward(FunctionContext ctx, Tensor x)</c> and
        /// <c>public static Tensor backward(FunctionContext ctx, Tensor grad_output)</c>, applied as <c>MyCube.apply(x)</c>.
        /// The class names itself (C# cannot tell <c>MyCube.apply</c> from its base's otherwise); its node is <c>MyCubeBackward</c>.
        /// Forward-mode AD: <c>public static Tensor jvp(FunctionContext ctx, Tensor x_t)</c>, one tangent per forward argument
        /// (null for a non-tensor one), returning one per output; <c>ctx.save_for_forward(x)</c> in forward for its <c>ctx.saved_tensors</c>.
        /// PyTorch 2's form works too: a forward without ctx and <c>public static void setup_context(FunctionContext ctx, inputs, output)</c>,
        /// whose inputs are an <c>object?[]</c>, a C# tuple of the forward's parameters, or the one input itself.
        /// </summary>
        public abstract class Function<TSelf> where TSelf : Function<TSelf>
        {
            /// <summary><c>MyCube.apply(x, ...)</c>: forward without recording, then the node of backward in the graph.</summary>
            public static Tensor apply(params object?[] args) => (Tensor)FunctionMethods<TSelf>.Apply(args);
        }

        /// <summary>
        /// A Function of several outputs: <c>class Split : torch.autograd.Function&lt;Split, (Tensor, Tensor)&gt;</c>, whose
        /// forward returns a C# tuple and whose backward takes one gradient per output.
        /// </summary>
        public abstract class Function<TSelf, TOutput> where TSelf : Function<TSelf, TOutput>
        {
            /// <summary><c>a, b = Split.apply(x)</c> is <c>var (a, b) = Split.apply(x);</c>.</summary>
            public static TOutput apply(params object?[] args) => (TOutput)FunctionMethods<TSelf>.Apply(args);
        }

        /// <summary><c>with torch.autograd.detect_anomaly():</c> is <c>using (torch.autograd.detect_anomaly()) { ... }</c>.</summary>
        public static AnomalyScope detect_anomaly(bool check_nan = true) => Autograd.DetectAnomaly(check_nan);

        /// <summary><c>torch.autograd.set_detect_anomaly(True)</c>, as a statement or a scope.</summary>
        public static AnomalyScope set_detect_anomaly(bool mode, bool check_nan = true) => Autograd.SetDetectAnomaly(mode, check_nan);
    }
}
#pragma warning restore CS8981, IDE1006

/// <summary>
/// Python's <c>@once_differentiable</c> on a backward: <c>[once_differentiable] public static Tensor backward(...)</c>
/// runs without recording, and differentiating its gradients fails with PyTorch's message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
#pragma warning disable CS8981, IDE1006 // Python's lowercase name
public sealed class once_differentiable : Attribute;
#pragma warning restore CS8981, IDE1006

/// <summary>
/// The user's static forward, backward, jvp (forward-mode AD, optional) and (PyTorch 2's form) setup_context, found
/// once per Function class and called with Python's arguments. With a setup_context, forward takes no ctx and
/// setup_context(ctx, inputs, output) fills it.
/// </summary>
internal static partial class FunctionMethods<TSelf>
{
    private static readonly MethodInfo? SetupContext = Find("setup_context", required: false);
    private static readonly MethodInfo Forward = Find("forward", takesContext: SetupContext is null)!;
    private static readonly MethodInfo Backward = Find("backward")!;
    private static readonly MethodInfo? Jvp = Find("jvp", required: false);

    public static object Apply(object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int forwardArity = Forward.GetParameters().Length - (SetupContext is null ? 1 : 0);
        if (args.Length != forwardArity)
            throw new TorchException($"forward() takes {forwardArity + (SetupContext is null ? 1 : 0)} positional arguments but " +
                                     $"{args.Length + (SetupContext is null ? 1 : 0)} were given", TorchErrorKind.TypeError);
        return TorchInterop.Functorch.CurrentLayer.Get() is { } layer ? ApplyUnderTransform(layer, args) : ApplyHere(args);
    }

    private static object ApplyHere(object?[] args)
    {
        Func<FunctionContext, Tensor?[], object?> backward = (ctx, grads) => Invoke(Backward, ctx, [.. grads]);
        if (Backward.IsDefined(typeof(once_differentiable))) backward = CustomFunction.OnceDifferentiable(backward);
        Func<FunctionContext, Tensor?[], object?>? jvp = Jvp is null ? null : (ctx, tangents) => Invoke(Jvp, ctx, [.. tangents]);
        return CustomFunction.Apply(typeof(TSelf).Name, args, RunForward, backward, jvp);
    }

    private static object RunForward(FunctionContext ctx, object?[] args)
    {
        if (SetupContext is null) return Invoke(Forward, ctx, args)!;
        var output = Invoke(Forward, null, args)!;
        var parameters = SetupContext.GetParameters();
        if (parameters.Length != 3)
            throw new InvalidOperationException($"{typeof(TSelf).Name}.setup_context must take (ctx, inputs, output).");
        Invoke(SetupContext, ctx, [Pack(args, parameters[1].ParameterType), output]);
        return output;
    }

    private static object? Invoke(MethodInfo method, FunctionContext? ctx, object?[] args)
    {
        var parameters = method.GetParameters();
        int offset = ctx is null ? 0 : 1;
        var call = new object?[parameters.Length];
        if (ctx is not null) call[0] = ctx;
        for (int i = offset; i < parameters.Length; i++)
            call[i] = i - offset < args.Length ? Convert(args[i - offset], parameters[i].ParameterType) : parameters[i].DefaultValue;
        try
        {
            return method.Invoke(null, call);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    // setup_context's inputs: Python's tuple, as the declared type takes it (object?[], a C# tuple, or the one input itself).
    private static object? Pack(object?[] args, Type type)
    {
        if (type.IsAssignableFrom(typeof(object?[]))) return args;
        if (type == typeof(int?[])) return args.Select(a => a is null ? (int?)null : System.Convert.ToInt32(a)).ToArray();
        if (typeof(ITuple).IsAssignableFrom(type) && type.IsGenericType)
        {
            var itemTypes = type.GetGenericArguments();
            if (itemTypes.Length != args.Length)
                throw new InvalidOperationException($"{typeof(TSelf).Name}.setup_context takes {itemTypes.Length} inputs, forward {args.Length}.");
            return Activator.CreateInstance(type, [.. args.Select((a, i) => Convert(a, itemTypes[i]))]);
        }
        if (args.Length == 1) return Convert(args[0], type);
        throw new InvalidOperationException($"{typeof(TSelf).Name}.setup_context's inputs must be an object?[] or a tuple of {args.Length}.");
    }

    // Python passes numbers of any kind where forward declares a double or a long.
    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null || target.IsInstanceOfType(value)) return value;
        if (value is IConvertible && target.IsPrimitive) return System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        return value;
    }

    private static MethodInfo? Find(string name, bool required = true, bool takesContext = true)
    {
        var method = typeof(TSelf).GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        if (method is null)
            return required
                ? throw new NotImplementedException($"You must implement the {name} function for custom autograd.Function " +
                                                    $"({typeof(TSelf).Name} has no public static {name}).")
                : null;
        bool hasContext = method.GetParameters() is [var ctx, ..] && ctx.ParameterType == typeof(FunctionContext);
        if (hasContext != takesContext)
            throw new InvalidOperationException(takesContext
                ? $"{typeof(TSelf).Name}.{name} must take the FunctionContext first."
                : $"{typeof(TSelf).Name} defines setup_context, so its forward takes no ctx (PyTorch's newer form).");
        return method;
    }
}

/// <summary>Python's names for the ctx: <c>ctx.save_for_backward(x)</c>, <c>ctx.saved_tensors</c>, <c>ctx.needs_input_grad</c>.</summary>
public static class FunctionContextExtensions
{
    extension(FunctionContext ctx)
    {
        /// <summary><c>ctx.save_for_backward(*tensors)</c></summary>
        public void save_for_backward(params Tensor?[] tensors) => ctx.SaveForBackward(tensors);

        /// <summary><c>ctx.save_for_forward(*tensors)</c>: what <c>ctx.saved_tensors</c> gives in the jvp.</summary>
        public void save_for_forward(params Tensor?[] tensors) => ctx.SaveForForward(tensors);

        /// <summary><c>ctx.saved_tensors</c>: a tuple; <c>x, = ctx.saved_tensors</c> is <c>var x = ctx.saved_tensors[0]!;</c>.</summary>
        public TensorTuple saved_tensors => new([.. ctx.SavedTensors]);

        /// <summary><c>ctx.needs_input_grad</c>: a tuple of bools, one per forward argument.</summary>
        public BoolTuple needs_input_grad => new(ctx.NeedsInputGrad);

        /// <summary><c>ctx.mark_non_differentiable(*outputs)</c></summary>
        public void mark_non_differentiable(params Tensor[] outputs) => ctx.MarkNonDifferentiable(outputs);

        /// <summary><c>ctx.mark_dirty(*tensors)</c>: inputs the forward modified in place.</summary>
        public void mark_dirty(params Tensor[] tensors) => ctx.MarkDirty(tensors);

        /// <summary><c>ctx.set_materialize_grads(value)</c></summary>
        public void set_materialize_grads(bool value) => ctx.SetMaterializeGrads(value);
    }
}

/// <summary>A Python tuple of bools (<c>ctx.needs_input_grad</c>): indexable, prints as <c>(True, False)</c>.</summary>
public sealed class BoolTuple(IReadOnlyList<bool> items) : IReadOnlyList<bool>, IPythonTuple
{
    /// <inheritdoc />
    public bool this[int index] => items[index < 0 ? index + items.Count : index];

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public IEnumerator<bool> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Python's tuple repr.</summary>
    public override string ToString() => Builtins.repr(this);
}
