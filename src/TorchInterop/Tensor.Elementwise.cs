using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>
    /// Replaces each element by <paramref name="callable"/> of it, in place, and returns the tensor (Python's
    /// <c>x.apply_(fn)</c>): slow, CPU only, for tensors that do not require grad, as in PyTorch.
    /// </summary>
    public Tensor Apply_(Func<double, double> callable)
    {
        ArgumentNullException.ThrowIfNull(callable);
        CheckElementwiseCallable("apply_");
        double[] values = ToArray<double>();
        for (int i = 0; i < values.Length; i++) values[i] = callable(values[i]);
        return CopyValues(values);
    }

    /// <summary>
    /// Replaces each element by <paramref name="callable"/> of it and the matching element of <paramref name="other"/>
    /// (broadcast to this shape), in place (Python's <c>x.map_(other, fn)</c>).
    /// </summary>
    public Tensor Map_(Tensor other, Func<double, double, double> callable)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(callable);
        CheckElementwiseCallable("map_", other);
        double[] values = ToArray<double>();
        using var expanded = other.ExpandAs(this);
        double[] others = expanded.ToArray<double>();
        for (int i = 0; i < values.Length; i++) values[i] = callable(values[i], others[i]);
        return CopyValues(values);
    }

    /// <summary>
    /// Replaces each element by <paramref name="callable"/> of it and the matching elements of <paramref name="x"/>
    /// and <paramref name="y"/> (broadcast to this shape), in place (Python's <c>t.map2_(x, y, fn)</c>).
    /// </summary>
    public Tensor Map2_(Tensor x, Tensor y, Func<double, double, double, double> callable)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(callable);
        CheckElementwiseCallable("map2_", x, y);
        double[] values = ToArray<double>();
        using var ex = x.ExpandAs(this);
        using var ey = y.ExpandAs(this);
        double[] xs = ex.ToArray<double>(), ys = ey.ToArray<double>();
        for (int i = 0; i < values.Length; i++) values[i] = callable(values[i], xs[i], ys[i]);
        return CopyValues(values);
    }

    /// <summary>Whether the tensor is a nested tensor (Python's <c>x.is_nested</c>).</summary>
    public bool IsNested => Check.Flag(NativeMethods.ti_is_nested(this));

    private void CheckElementwiseCallable(string name, params Tensor[] others)
    {
        if (!Device.IsCpu || others.Any(o => !o.Device.IsCpu)) throw new TorchException($"{name} is only implemented on CPU tensors");
        if (RequiresGrad || others.Any(o => o.RequiresGrad))
            throw new TorchException($"Can't call {name}() on Variable that requires grad. Use var.detach().{name}() instead.");
    }

    /// <summary>
    /// The conjugate transpose of a matrix (Python's <c>x.H</c>); a 0-dim tensor is its own. Batches of matrices take
    /// <c>mH</c>.
    /// </summary>
    public Tensor ConjugateTranspose() => Dim switch
    {
        0 => Alias(),
        2 => MH(),
        var d => throw new TorchException($"tensor.H is only supported on matrices (2-D tensors). Got {d}-D tensor." +
                                          (d > 2 ? " For batches of matrices, consider using tensor.mH" : "")),
    };

    private Tensor CopyValues(double[] values)
    {
        using var computed = Torch.Tensor(values, DType.Float64, false);
        using var shaped = computed.Reshape(Shape);
        Copy_(shaped);
        return this;
    }
}
