using System.Collections;
using System.Runtime.CompilerServices;
using TorchInterop.NN;

namespace TorchInterop.Optim.SwaUtils;

/// <summary>Python's <c>torch.optim.swa_utils.update_bn</c>: recomputes the BatchNorm running statistics of an averaged model.</summary>
public static class BatchNormUpdate
{
    /// <summary>
    /// One pass over <paramref name="loader"/> in training mode with every BatchNorm's statistics reset and its
    /// momentum set to a cumulative average (restored afterwards, with the training flag). A batch is a tensor, or a
    /// list or tuple whose first element is the input.
    /// </summary>
    public static void UpdateBn(IEnumerable loader, Module<Tensor, Tensor> model, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(model);
        using var noGrad = Autograd.NoGrad();
        var momenta = new List<(BatchNorm Module, double? Momentum)>();
        foreach (var module in model.Modules())
        {
            if (module is not BatchNorm norm) continue;
            norm.ResetRunningStats();
            momenta.Add((norm, norm.Momentum));
        }
        if (momenta.Count == 0) return;
        bool wasTraining = model.Training;
        model.Train();
        foreach (var (norm, _) in momenta) norm.Momentum = null;
        foreach (var batch in loader)
        {
            var input = batch switch
            {
                Tensor t => t,
                IReadOnlyList<Tensor> tensors => tensors[0],
                IList list => (Tensor)list[0]!,
                ITuple tuple => (Tensor)tuple[0]!,
                _ => throw new ArgumentException($"a batch must be a tensor, a list or a tuple, not a {batch?.GetType().Name ?? "None"}", nameof(loader)),
            };
            if (device is { } target) input = input.To(target);
            model.Call(input);
        }
        foreach (var (norm, momentum) in momenta) norm.Momentum = momentum;
        model.Train(wasTraining);
    }
}
