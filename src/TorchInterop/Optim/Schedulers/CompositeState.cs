using System.Collections;

namespace TorchInterop.Optim.Schedulers;

// The state dicts of SequentialLR and ChainedScheduler: their own entries, then each inner scheduler's state dict.
internal static class CompositeState
{
    public static List<object?> Inner(IEnumerable<LRScheduler> schedulers) => schedulers.Select(s => (object?)s.StateDict()).ToList();

    public static void LoadInner(IReadOnlyList<LRScheduler> schedulers, IDictionary state)
    {
        if (state["_schedulers"] is not IEnumerable inner) throw new ArgumentException("state_dict['_schedulers'] is not a list", nameof(state));
        int i = 0;
        foreach (var entry in inner)
        {
            schedulers[i++].LoadStateDict((IDictionary)entry!);
        }
    }

    public static double[] Lrs(IDictionary state) =>
        ((IEnumerable)state["_last_lr"]!).Cast<object?>().Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
