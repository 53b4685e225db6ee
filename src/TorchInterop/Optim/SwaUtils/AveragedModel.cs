using TorchInterop.NN;

namespace TorchInterop.Optim.SwaUtils;

/// <summary>
/// A running average of a model's parameters (stochastic weight averaging, or EMA with another rule), as
/// <c>torch.optim.swa_utils.AveragedModel</c> in the PyTorch this runs on: a module wrapping a deep copy of the model
/// as <c>module</c>, with an <c>n_averaged</c> buffer counting the updates; its forward is the copy's.
/// </summary>
/// <example><code>
/// var swaModel = new AveragedModel&lt;Tensor, Tensor&gt;(model);
/// swaModel.UpdateParameters(model);
/// </code></example>
public sealed class AveragedModel<TInput, TOutput> : Module<TInput, TOutput>
{
    private readonly AverageFunction? _avgFn;
    private readonly MultiAverageFunction? _multiAvgFn;

    /// <summary>
    /// Wraps a deep copy of <paramref name="model"/> (moved to <paramref name="device"/> if given). Left null, the
    /// rule is the equal-weight average; <paramref name="multiAvgFn"/> is 2.x's (updating a group of parameters at
    /// once). With <paramref name="useBuffers"/>, buffers are averaged too; without, 2.x copies them from the model.
    /// </summary>
    /// <exception cref="TorchException">Both rules are given (AssertionError), or <paramref name="multiAvgFn"/> on 1.13 (TypeError).</exception>
    public AveragedModel(Module<TInput, TOutput> model, Device? device = null, AverageFunction? avgFn = null, MultiAverageFunction? multiAvgFn = null,
        bool useBuffers = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (multiAvgFn is not null && !LibTorch.IsAtLeast(2))
            throw new TorchException("__init__() got an unexpected keyword argument 'multi_avg_fn'", TorchErrorKind.TypeError);
        if (avgFn is not null && multiAvgFn is not null)
            throw new TorchException("Only one of avg_fn and multi_avg_fn should be provided", TorchErrorKind.AssertionError);
        var copy = (Module<TInput, TOutput>)model.DeepCopy();
        if (device is { } target) copy.To(target);
        Model = RegisterModule("module", copy)!;
        var count = Torch.Tensor(0L, DType.Int64);
        NAveraged = RegisterBuffer("n_averaged", device is { } d ? count.To(d) : count)!;
        _avgFn = avgFn;
        _multiAvgFn = multiAvgFn;
        UseBuffers = useBuffers;
    }

    /// <summary>The averaged copy of the model (Python's <c>self.module</c>).</summary>
    public Module<TInput, TOutput> Model { get; }

    /// <summary>How many times <see cref="UpdateParameters"/> ran (the <c>n_averaged</c> buffer, an int64 tensor).</summary>
    public Tensor NAveraged { get; }

    /// <summary>Whether buffers are averaged along with the parameters (<c>use_buffers</c>).</summary>
    public bool UseBuffers { get; }

    /// <inheritdoc/>
    public override TOutput Forward(TInput input) => Model.Call(input);

    /// <summary>
    /// Averages <paramref name="model"/>'s current parameters (and, with <see cref="UseBuffers"/>, buffers) into this
    /// one's: the first update copies them, later ones apply the averaging rule.
    /// </summary>
    public void UpdateParameters(Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var noGrad = Autograd.NoGrad();
        var own = (UseBuffers ? Model.Parameters().Concat(Model.Buffers()) : Parameters()).ToList();
        var theirs = (UseBuffers ? model.Parameters().Concat(model.Buffers()) : model.Parameters()).ToList();
        int pairs = Math.Min(own.Count, theirs.Count);
        var averaged = new List<Tensor>(pairs);
        var current = new List<Tensor>(pairs);
        bool first = (long)NAveraged.Item() == 0;
        for (int i = 0; i < pairs; i++)
        {
            var target = own[i].Detach();
            var source = theirs[i].Detach().To(target.Device);
            if (LibTorch.IsAtLeast(2) && first) target.Copy_(source);
            else if (!LibTorch.IsAtLeast(2))
            {
                target.Copy_(first ? source : (_avgFn ?? AverageFunctions.Swa())(target, source, NAveraged.To(target.Device)));
            }
            averaged.Add(target);
            current.Add(source);
        }
        if (LibTorch.IsAtLeast(2) && !first) Average(averaged, current);
        if (LibTorch.IsAtLeast(2) && !UseBuffers)
        {
            var ownBuffers = Model.Buffers().ToList();
            var theirBuffers = model.Buffers().ToList();
            if (ownBuffers.Count != theirBuffers.Count)
                throw new TorchException($"zip() argument 2 is {(theirBuffers.Count < ownBuffers.Count ? "shorter" : "longer")} than argument 1", TorchErrorKind.ValueError);
            for (int i = 0; i < ownBuffers.Count; i++) ownBuffers[i].Detach().Copy_(theirBuffers[i].Detach().To(ownBuffers[i].Device));
        }
        NAveraged.Add_(1);
    }

    // 2.x: a multi-tensor rule runs once per (device, dtype) group; a one-tensor rule, per parameter.
    private void Average(List<Tensor> averaged, List<Tensor> current)
    {
        if (_multiAvgFn is null && _avgFn is not null)
        {
            for (int i = 0; i < averaged.Count; i++) averaged[i].Copy_(_avgFn(averaged[i], current[i], NAveraged.To(averaged[i].Device)));
            return;
        }
        var groups = new List<(string Key, List<Tensor> Averaged, List<Tensor> Current)>();
        for (int i = 0; i < averaged.Count; i++)
        {
            string key = $"{averaged[i].Device}/{averaged[i].Dtype}";
            int at = groups.FindIndex(g => g.Key == key);
            if (at < 0)
            {
                groups.Add((key, [], []));
                at = groups.Count - 1;
            }
            groups[at].Averaged.Add(averaged[i]);
            groups[at].Current.Add(current[i]);
        }
        foreach (var (_, group, model) in groups)
        {
            var count = NAveraged.To(group[0].Device);
            if (_multiAvgFn is not null)
            {
                _multiAvgFn(group, model, count);
                continue;
            }
            // PyTorch's foreach kernels (a lerp) serve accelerators; on the CPU each parameter takes the SWA rule.
            if (group[0].Device.Type != DeviceType.CPU)
            {
                AverageFunctions.MultiSwa()(group, model, count);
                continue;
            }
            var swa = AverageFunctions.Swa();
            for (int i = 0; i < group.Count; i++) group[i].Copy_(swa(group[i], model[i], count));
        }
    }
}
