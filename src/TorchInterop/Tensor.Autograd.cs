using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class Tensor
{
    private Tensor? _grad;
    private bool _gradOwned;
    private GradFn? _gradFn;

    /// <summary>
    /// Whether autograd records operations on this tensor. Setting it is allowed on leaves only, and
    /// <c>true</c> only for floating-point and complex dtypes (PyTorch's errors otherwise).
    /// </summary>
    public bool RequiresGrad
    {
        get => Check.Flag(NativeMethods.ti_requires_grad(this));
        set
        {
            Check.Status(NativeMethods.ti_set_requires_grad(this, value ? 1 : 0, asMethod: 0));
            if (value) RememberAsLeaf();
        }
    }

    /// <summary>Sets <see cref="RequiresGrad"/> in place and returns this tensor (Python's <c>requires_grad_()</c>).</summary>
    public Tensor RequiresGrad_(bool requiresGrad = true)
    {
        Check.Status(NativeMethods.ti_set_requires_grad(this, requiresGrad ? 1 : 0, asMethod: 1));
        if (requiresGrad) RememberAsLeaf();
        return this;
    }

    /// <summary>True for tensors created by the user rather than by a recorded operation.</summary>
    public bool IsLeaf => Check.Flag(NativeMethods.ti_is_leaf(this));

    /// <summary>
    /// The gradient accumulated by <see cref="Backward"/>, or null. Every read returns the same object while the
    /// gradient is unchanged (Python's <c>x.grad is x.grad</c>). The gradient belongs to this tensor: do not dispose
    /// it; it is released with this tensor.
    /// </summary>
    public Tensor? Grad
    {
        get
        {
            IntPtr identity = NativeMethods.ti_grad_identity(this);
            if (identity == IntPtr.Zero) return null;
            if (_grad is { } cached && cached._handle == identity) return cached;
            Check.Status(NativeMethods.ti_grad(this, out IntPtr grad));
            _grad = Wrap(grad); // owned by this tensor, so it joins no dispose scope
            _gradOwned = true;
            return _grad;
        }
        set
        {
            if (value is null)
            {
                Check.Status(NativeMethods.ti_set_grad(this, null));
                _grad = null;
                return;
            }
            Check.Status(NativeMethods.ti_set_grad(this, value));
            _grad = value;
            _gradOwned = false;
        }
    }

    private void ReleaseOwnedGrad()
    {
        if (_gradOwned) _grad?.Dispose();
        _grad = null;
    }

    /// <summary>Makes this non-leaf tensor keep its gradient in <see cref="Grad"/> during backward.</summary>
    public Tensor RetainGrad()
    {
        Check.Status(NativeMethods.ti_retain_grad(this));
        return this;
    }

    /// <summary>True when a non-leaf tensor will keep its gradient (after <see cref="RetainGrad"/>).</summary>
    public bool RetainsGrad => Check.Flag(NativeMethods.ti_retains_grad(this));

    /// <summary>
    /// The graph node that created this tensor (Python's <c>grad_fn</c>), or null for leaves and tensors
    /// created without gradient recording.
    /// </summary>
    public GradFn? GradFn
    {
        get
        {
            IntPtr identity = NativeMethods.ti_grad_fn_identity(this);
            if (identity == IntPtr.Zero) return null;
            if (_gradFn is { } cached && cached.Identity == identity) return cached;
            Check.Status(NativeMethods.ti_grad_fn(this, out NodeHandle node));
            return _gradFn = new GradFn(node);
        }
    }

    /// <summary>A new tensor sharing this one's data, cut out of the graph (never requires grad).</summary>
    public Tensor Detach() => From(NativeMethods.ti_detach(this));

    /// <summary>Cuts this tensor out of the graph in place and returns it.</summary>
    public Tensor Detach_()
    {
        Check.Status(NativeMethods.ti_detach_(this));
        _gradFn = null;
        return this;
    }

    /// <summary>True for tensors created in inference mode.</summary>
    public bool IsInference => Check.Flag(NativeMethods.ti_is_inference(this));

    /// <summary>
    /// Computes the gradient of this tensor with respect to the graph's leaves and accumulates it in their
    /// <see cref="Grad"/> (Python's <c>tensor.backward()</c>).
    /// </summary>
    /// <param name="gradient">The gradient of some scalar with respect to this tensor; may be omitted for one-element tensors.</param>
    /// <param name="retainGraph">Keep the graph for another backward; defaults to <paramref name="createGraph"/>.</param>
    /// <param name="createGraph">Record the backward pass itself, for higher-order derivatives.</param>
    /// <param name="inputs">Accumulate into these tensors only.</param>
    public void Backward(Tensor? gradient = null, bool? retainGraph = null, bool createGraph = false,
        IReadOnlyList<Tensor>? inputs = null) =>
        Autograd.Backward([this], gradient is null ? null : [gradient], retainGraph, createGraph, inputs);
}
