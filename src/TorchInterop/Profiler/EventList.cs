using System.Collections;

namespace TorchInterop.Profiler;

/// <summary>
/// A list of profiler events or averages that prints as the profiler's table (Python's
/// <c>torch.autograd.profiler_util.EventList</c>).
/// </summary>
/// <typeparam name="TEvent"><see cref="FunctionEvent"/> or <see cref="FunctionEventAverage"/>.</typeparam>
public class EventList<TEvent> : IReadOnlyList<TEvent> where TEvent : IEventStatistics
{
    private protected readonly List<TEvent> Items;

    internal EventList(IEnumerable<TEvent> events, bool profileMemory, bool withFlops)
    {
        Items = events.ToList();
        ProfileMemory = profileMemory;
        WithFlops = withFlops;
    }

    /// <summary>Whether the profile tracked memory (the table then has memory columns).</summary>
    public bool ProfileMemory { get; }

    /// <summary>Whether the profile estimated FLOPs (the table then has a FLOPs column).</summary>
    public bool WithFlops { get; }

    /// <inheritdoc />
    public TEvent this[int index] => Items[index];

    /// <inheritdoc />
    public int Count => Items.Count;

    /// <summary>The sum of every event's self CPU time, in microseconds (Python's <c>self_cpu_time_total</c>).</summary>
    public double SelfCpuTimeTotal
    {
        get
        {
            double sum = 0;
            foreach (var e in Items) sum += e.SelfCpuTimeTotal;
            return sum;
        }
    }

    /// <summary>
    /// The table Python's <c>table(...)</c> prints: one row per event, sorted descending by <paramref name="sortBy"/>
    /// (an attribute name such as <c>self_cpu_time_total</c>, <c>cpu_time_total</c> or <c>count</c>; null keeps the
    /// order), at most <paramref name="rowLimit"/> rows (-1 for all).
    /// </summary>
    /// <example><code>Console.Write(prof.KeyAverages().Table(sortBy: "self_cpu_time_total", rowLimit: 10));</code></example>
    /// <exception cref="TorchException">An unknown <paramref name="sortBy"/> (Python's AttributeError).</exception>
    public string Table(string? sortBy = null, int rowLimit = 100, int? maxSrcColumnWidth = 75, int? maxNameColumnWidth = 55,
        int? maxShapesColumnWidth = 80, string? header = null, bool topLevelEventsOnly = false) =>
        ProfilerTable.Build(Items, new TableOptions(sortBy, rowLimit, maxSrcColumnWidth, maxNameColumnWidth, maxShapesColumnWidth,
            header, topLevelEventsOnly), ProfileMemory, WithFlops);

    /// <summary>
    /// Every event's statistics summed into one average keyed <c>Total</c> (Python's <c>total_average()</c>); as in
    /// Python its descriptive fields are the last event's.
    /// </summary>
    public FunctionEventAverage TotalAverage()
    {
        var total = new FunctionEventAverage();
        foreach (var e in Items)
        {
            switch (e)
            {
                case FunctionEvent fe: total.Add(fe); break;
                case FunctionEventAverage avg: total.Add(avg); break;
            }
            total.Key = null;
        }
        total.Key = "Total";
        return total;
    }

    /// <inheritdoc />
    public IEnumerator<TEvent> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The table with Python's defaults (Python's <c>str(event_list)</c>).</summary>
    public override string ToString() => Table();
}
