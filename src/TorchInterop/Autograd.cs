using TorchInterop.Native;

namespace TorchInterop;

/// <summary>Autograd's functions and grad-mode scopes (Python's <c>torch.autograd</c> and <c>torch.no_grad</c>).</summary>
public static partial class Autograd
{
    /// <summary>Whether operations on this thread are recorded for autograd.</summary>
    public static bool IsGradEnabled => NativeMethods.ti_is_grad_enabled() != 0;

    /// <summary>Whether inference mode is on for this thread.</summary>
    public static bool IsInferenceModeEnabled => NativeMethods.ti_is_inference_mode_enabled() != 0;

    /// <summary>Disables gradient recording until the scope is disposed (Python's <c>with torch.no_grad():</c>).</summary>
    /// <example><code>using (Autograd.NoGrad()) { x.Sub_(x.Grad! * 0.1); }</code></example>
    public static GradModeScope NoGrad() => new(false);

    /// <summary>Enables gradient recording until the scope is disposed (Python's <c>torch.enable_grad()</c>).</summary>
    public static GradModeScope EnableGrad() => new(true);

    /// <summary>Sets gradient recording on or off until the scope is disposed (Python's <c>torch.set_grad_enabled</c>).</summary>
    public static GradModeScope SetGradEnabled(bool enabled) => new(enabled);

    /// <summary>Turns inference mode on (or off) until the scope is disposed (Python's <c>torch.inference_mode()</c>).</summary>
    public static InferenceModeScope InferenceMode(bool enabled = true) => new(enabled);

    /// <summary>
    /// Accumulates the gradients of <paramref name="tensors"/> into the leaves' <see cref="Tensor.Grad"/>
    /// (Python's <c>torch.autograd.backward</c>).
    /// </summary>
    public static void Backward(IReadOnlyList<Tensor> tensors, IReadOnlyList<Tensor?>? gradTensors = null,
        bool? retainGraph = null, bool createGraph = false, IReadOnlyList<Tensor>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        CheckSameCount(gradTensors, tensors.Count, nameof(gradTensors));
        if (inputs is { Count: 0 })
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? "`inputs` argument to `backward()` cannot be empty."
                : "'inputs' argument to backward() cannot be empty.");
        using var outputHandles = HandleList.NonNull(tensors, nameof(tensors));
        using var gradHandles = new HandleList(gradTensors);
        using var inputHandles = HandleList.NonNull(inputs ?? [], nameof(inputs));
        unsafe
        {
            fixed (IntPtr* outs = outputHandles.Pointers)
            fixed (IntPtr* grads = gradHandles.Pointers)
            fixed (IntPtr* ins = inputHandles.Pointers)
                CheckWithHooks(NativeMethods.ti_backward(outs, tensors.Count, gradTensors is null ? null : grads,
                    Flag(retainGraph), createGraph ? 1 : 0, inputs is null ? null : ins, inputs?.Count ?? 0));
        }
    }

    /// <summary>
    /// Computes and returns the gradients of <paramref name="outputs"/> with respect to <paramref name="inputs"/>
    /// without touching <see cref="Tensor.Grad"/> (Python's <c>torch.autograd.grad</c>). An entry is null for an
    /// input the outputs do not depend on, when <paramref name="allowUnused"/> is set.
    /// </summary>
    public static Tensor?[] Grad(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> inputs,
        IReadOnlyList<Tensor?>? gradOutputs = null, bool? retainGraph = null, bool createGraph = false,
        bool allowUnused = false)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(inputs);
        CheckSameCount(gradOutputs, outputs.Count, nameof(gradOutputs));
        using var outputHandles = HandleList.NonNull(outputs, nameof(outputs));
        using var inputHandles = HandleList.NonNull(inputs, nameof(inputs));
        using var gradHandles = new HandleList(gradOutputs);
        var results = new IntPtr[inputs.Count];
        unsafe
        {
            fixed (IntPtr* outs = outputHandles.Pointers)
            fixed (IntPtr* ins = inputHandles.Pointers)
            fixed (IntPtr* grads = gradHandles.Pointers)
            fixed (IntPtr* res = results)
                CheckWithHooks(NativeMethods.ti_autograd_grad(outs, outputs.Count, ins, inputs.Count,
                    gradOutputs is null ? null : grads, Flag(retainGraph), createGraph ? 1 : 0, allowUnused ? 1 : 0, res));
        }
        var tensors = new Tensor?[results.Length];
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i] != IntPtr.Zero) tensors[i] = Tensor.From(results[i]);
        }
        return tensors;
    }

    /// <inheritdoc cref="Grad(IReadOnlyList{Tensor}, IReadOnlyList{Tensor}, IReadOnlyList{Tensor?}?, bool?, bool, bool)"/>
    public static Tensor? Grad(Tensor output, Tensor input, Tensor? gradOutput = null, bool? retainGraph = null,
        bool createGraph = false, bool allowUnused = false) =>
        Grad([output], [input], gradOutput is null ? null : [gradOutput], retainGraph, createGraph, allowUnused)[0];

    // A .NET tensor hook that threw during the pass is the cause of the failure: keep it as the inner exception. A
    // custom Function's backward or a node hook that threw surfaces as its own exception, as Python re-raises it.
    private static void CheckWithHooks(int status)
    {
        var hookFailure = HookCallbacks.TakeFailure();
        var functionFailure = CustomFunction.TakeFailure();
        var nodeHookFailure = NodeHookCallbacks.TakeFailure();
        if (status != Check.Error) return;
        CustomFunction.RethrowFailure(functionFailure);
        CustomFunction.RethrowFailure(nodeHookFailure);
        var error = Check.LastError();
        if (hookFailure is null) throw error;
        throw new TorchException(error.Message, hookFailure, error.Kind);
    }

    private static int Flag(bool? value) => value is null ? -1 : value.Value ? 1 : 0;

    private static void CheckSameCount<T>(IReadOnlyList<T>? list, int expected, string name)
    {
        if (list is not null && list.Count != expected)
            throw new ArgumentException($"Expected {expected} gradient tensors (one per output), got {list.Count}.", name);
    }
}
