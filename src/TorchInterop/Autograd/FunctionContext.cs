using System.Dynamic;

namespace TorchInterop;

/// <summary>
/// The <c>ctx</c> a custom autograd Function's forward and backward share (Python's <c>FunctionCtx</c>): tensors saved
/// for backward, which inputs need a gradient, outputs marked non-differentiable, and any state of the user's own
/// (<c>ctx["constant"] = 5</c> or <c>ctx.State.constant = 5</c>, for Python's <c>ctx.constant = 5</c>).
/// </summary>
public sealed class FunctionContext
{
    private readonly Dictionary<string, object?> _items = new(StringComparer.Ordinal);
    private IReadOnlyList<Tensor>? _saved;

    internal FunctionContext(bool[] needsInputGrad) => NeedsInputGrad = needsInputGrad;

    /// <summary>For each forward argument, whether its gradient is needed (Python's <c>ctx.needs_input_grad</c>).</summary>
    public IReadOnlyList<bool> NeedsInputGrad { get; }

    /// <summary>State of the user's own, by name (Python's attributes on <c>ctx</c>).</summary>
    public object? this[string name]
    {
        get => _items.TryGetValue(name, out var value) ? value
            : throw new KeyNotFoundException($"'FunctionCtx' object has no attribute '{name}'");
        set => _items[name] = value;
    }

    /// <summary>The same state as members: <c>ctx.State.constant = 5;</c> in forward, <c>ctx.State.constant</c> in backward.</summary>
    public dynamic State { get; } = new ExpandoObject();

    internal List<Tensor> ToSave { get; } = [];

    internal List<Tensor> ToSaveForForward { get; } = [];

    internal HashSet<Tensor> NonDifferentiable { get; } = new(ReferenceEqualityComparer.Instance);

    internal HashSet<Tensor> Dirty { get; } = new(ReferenceEqualityComparer.Instance);

    internal bool MaterializeGrads { get; private set; } = true;

    /// <summary>Saves tensors for backward (Python's <c>ctx.save_for_backward(*tensors)</c>), with LibTorch's version check.</summary>
    public void SaveForBackward(params Tensor?[] tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (_saved is not null) throw new InvalidOperationException("save_for_backward can only be called from forward.");
        ToSave.Clear();
        foreach (var t in tensors) ToSave.Add(t ?? throw new ArgumentException("save_for_backward takes tensors; None is not supported.", nameof(tensors)));
    }

    /// <summary>
    /// Saves tensors for the jvp (Python's <c>ctx.save_for_forward(*tensors)</c>): while the jvp runs,
    /// <see cref="SavedTensors"/> gives these.
    /// </summary>
    public void SaveForForward(params Tensor?[] tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (_saved is not null) throw new InvalidOperationException("save_for_forward can only be called from forward.");
        ToSaveForForward.Clear();
        foreach (var t in tensors) ToSaveForForward.Add(t ?? throw new ArgumentException("save_for_forward takes tensors; None is not supported.", nameof(tensors)));
    }

    /// <summary>
    /// The tensors saved in forward (Python's <c>ctx.saved_tensors</c>): in backward those of <see cref="SaveForBackward"/>,
    /// unpacked with PyTorch's error when one was modified in place since; in the jvp those of <see cref="SaveForForward"/>
    /// (none if it was not called). Valid while backward or the jvp runs.
    /// </summary>
    public IReadOnlyList<Tensor> SavedTensors => _saved ?? throw new InvalidOperationException(
        "saved_tensors is only available in backward and jvp (tensors are saved with save_for_backward or save_for_forward in forward).");

    /// <summary>Marks outputs that have no gradient (Python's <c>ctx.mark_non_differentiable(*outputs)</c>).</summary>
    public void MarkNonDifferentiable(params Tensor[] outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        foreach (var t in outputs) NonDifferentiable.Add(t ?? throw new ArgumentNullException(nameof(outputs)));
    }

    /// <summary>
    /// Marks inputs the forward modified in place and returns (Python's <c>ctx.mark_dirty(*tensors)</c>): their
    /// history moves onto the Function's node, with PyTorch's error for a leaf that requires grad.
    /// </summary>
    public void MarkDirty(params Tensor[] tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        foreach (var t in tensors) Dirty.Add(t ?? throw new ArgumentNullException(nameof(tensors)));
    }

    /// <summary>
    /// Whether undefined output gradients reach backward as zeros (the default) or as null (Python's
    /// <c>ctx.set_materialize_grads(False)</c>).
    /// </summary>
    public void SetMaterializeGrads(bool value) => MaterializeGrads = value;

    internal void EnterBackward(IReadOnlyList<Tensor> saved) => _saved = saved;

    // Python's saved_tensors gives saved_for_forward while the outputs are wired, and the saved variables later on.
    internal void EnterJvp() => _saved = ToSaveForForward.ToArray();

    internal void LeaveJvp() => _saved = null;
}
