namespace TorchInterop.Profiler;

/// <summary>
/// The events of one profile in start order, with their call tree built (Python's <c>prof.function_events</c>).
/// </summary>
public sealed class FunctionEventList : EventList<FunctionEvent>
{
    internal FunctionEventList(IEnumerable<FunctionEvent> events, bool profileMemory, bool withFlops)
        : base(events, profileMemory, withFlops)
    {
        PopulateCpuChildren();
        RemoveDuplicateNodes();
    }

    /// <summary>
    /// Statistics per event name (Python's <c>key_averages()</c>), in the order names first occur;
    /// <paramref name="groupByInputShape"/> splits each name by its input shapes (recorded with recordShapes).
    /// </summary>
    /// <example><code>var top = prof.Events.KeyAverages().Table(sortBy: "self_cpu_time_total", rowLimit: 5);</code></example>
    public EventList<FunctionEventAverage> KeyAverages(bool groupByInputShape = false)
    {
        var averages = new Dictionary<string, FunctionEventAverage>();
        var order = new List<FunctionEventAverage>();
        foreach (var e in Items)
        {
#if LIBTORCH_2
            if (e.IsPythonFunction) continue;
            string key = string.Join("\u0001", e.Key, e.NodeId, e.DeviceType, e.IsLegacy, e.IsUserAnnotation);
#else
            string key = string.Join("\u0001", e.Key, e.NodeId, e.DeviceType, e.IsLegacy);
#endif
            if (groupByInputShape) key += "\u0001" + ProfilerFormat.Shapes(e.InputShapes);
            if (!averages.TryGetValue(key, out var average))
            {
                average = new FunctionEventAverage();
                averages.Add(key, average);
                order.Add(average);
            }
            average.Add(e);
        }
        if (!groupByInputShape)
        {
            foreach (var average in order) average.ClearInputShapes();
        }
        return new EventList<FunctionEventAverage>(order, ProfileMemory, WithFlops);
    }

    // Python's _populate_cpu_children: per thread, events sorted by (start, -end); a stack of open parents, each
    // containing the next; an event is its nearest enclosing one's child. Partial overlaps make no relation.
    private void PopulateCpuChildren()
    {
        var threads = Items.Where(e => !e.IsAsync && e.DeviceType == DeviceType.CPU)
            .OrderBy(e => e.Thread)
            .GroupBy(e => (e.Thread, e.NodeId));
        foreach (var thread in threads)
        {
            var ordered = thread.OrderBy(e => e.StartUs).ThenByDescending(e => e.EndUs);
            var open = new List<FunctionEvent>();
            foreach (var e in ordered)
            {
                while (open.Count > 0)
                {
                    var parent = open[^1];
                    if (e.StartUs >= parent.EndUs || e.EndUs > parent.EndUs)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                    else
                    {
                        parent.AppendCpuChild(e);
                        if (e.CpuParent is not null)
                            throw new TorchException($"There is already a CPU parent event for {e.Key}", TorchErrorKind.AssertionError);
                        e.SetCpuParent(parent);
                        break;
                    }
                }
                open.Add(e);
            }
        }
    }

    // Python's _remove_dup_nodes: an event that is its same-named parent's only child is merged into the parent.
    private void RemoveDuplicateNodes()
    {
        while (true)
        {
            var toDelete = new HashSet<int>();
            for (int i = 0; i < Items.Count; i++)
            {
                var e = Items[i];
                if (e.CpuParent is { } parent && parent.Name == e.Name && parent.CpuChildren.Count == 1)
                {
                    parent.ReplaceCpuChildren(e.CpuChildren);
                    foreach (var child in e.CpuChildren) child.SetCpuParent(parent);
                    toDelete.Add(i);
                }
            }
            if (toDelete.Count == 0) break;
            var kept = Items.Where((_, i) => !toDelete.Contains(i)).ToList();
            Items.Clear();
            Items.AddRange(kept);
        }
    }
}
