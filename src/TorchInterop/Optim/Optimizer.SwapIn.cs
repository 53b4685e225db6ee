using System.Collections;

namespace TorchInterop.Optim;

public abstract partial class Optimizer
{
    /// <summary>
    /// PyTorch 2.x's <c>torch.optim.swap_in_optimizer_params_and_state</c>: until the returned scope is disposed, the
    /// groups hold <paramref name="parameters"/> (in the order of the groups' own parameters) with the options of
    /// <paramref name="stateDict"/>'s groups, and the per-parameter state is <paramref name="stateDict"/>'s, so that
    /// <see cref="Step"/> updates those tensors instead of the live ones. Disposing restores the live groups and
    /// state. As in PyTorch, in-place edits of the swapped-in state's tensors reach <paramref name="stateDict"/>;
    /// anything else done to the state during the scope is dropped.
    /// </summary>
    /// <param name="parameters">The replacement parameters, one per live parameter, in the live groups' order.</param>
    /// <param name="stateDict">A dict shaped as <see cref="StateDict"/> makes it (<c>{"state": ..., "param_groups": ...}</c>).</param>
    /// <exception cref="TorchException">The optimizer has no state yet, or <paramref name="stateDict"/> does not match its groups (PyTorch's messages).</exception>
    public IDisposable SwapInParamsAndState(IEnumerable<Tensor> parameters, object? stateDict)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (_state.Count == 0) throw Refused("requires initialized optimizer state.");
        if (stateDict is not IDictionary dict) throw Refused("requires a DCP-style optimizer state_dict.");
        var state = ValidateState(dict.Contains("state") ? dict["state"] : null);
        var savedGroups = ValidateGroups(dict.Contains("param_groups") ? dict["param_groups"] : null);
        var byId = new Dictionary<long, IDictionary>();
        foreach (DictionaryEntry entry in state)
        {
            if (IsPackedId(entry.Key)) byId[ToId(entry.Key)] = (IDictionary)entry.Value!;
        }
        var flat = parameters.ToArray();
        int offset = 0;
        var seenIds = new HashSet<long>();
        var swapGroups = new List<ParamGroup>();
        var swapState = new Dictionary<Tensor, Dictionary<string, object?>>(ReferenceEqualityComparer.Instance);
        for (int g = 0; g < _groups.Count; g++)
        {
            var savedGroup = savedGroups[g];
            var ids = ValidateGroupAgainstLive(g, _groups[g], savedGroup);
            seenIds.UnionWith(ids);
            if (offset + ids.Length > flat.Length)
                throw Refused("requires the explicit parameter state to match optimizer.param_groups ordering.");
            var swapParams = flat[offset..(offset + ids.Length)];
            offset += ids.Length;
            var swapGroup = _groups[g].WithParams(swapParams);
            foreach (DictionaryEntry option in savedGroup)
            {
                if ((string)option.Key != "params") swapGroup.SetOption((string)option.Key, option.Value);
            }
            swapGroups.Add(swapGroup);
            for (int i = 0; i < ids.Length; i++)
            {
                // A shallow copy: in-place tensor updates reach the caller's dict, new entries stay local.
                var entry = new Dictionary<string, object?>();
                if (byId.TryGetValue(ids[i], out var saved))
                {
                    foreach (DictionaryEntry value in saved) entry[(string)value.Key] = value.Value;
                }
                swapState[swapParams[i]] = entry;
            }
        }
        var extra = state.Keys.Cast<object>().Where(k => !(IsPackedId(k) && seenIds.Contains(ToId(k)))).ToArray();
        if (extra.Length > 0)
            throw Refused($"requires swapin_optim_state['state'] to be keyed only by packed parameter ids from param_groups[*]['params']; got extra keys [{string.Join(", ", extra.Select(PythonRepr))}].");
        var liveGroups = _groups.ToArray();
        var liveState = _state;
        for (int g = 0; g < swapGroups.Count; g++) _groups[g] = swapGroups[g];
        _state = swapState;
        return new SwapInScope(() =>
        {
            for (int g = 0; g < liveGroups.Length; g++) _groups[g] = liveGroups[g];
            _state = liveState;
        });
    }

    private static IDictionary ValidateState(object? state)
    {
        if (state is not IDictionary dict)
            throw Refused($"requires swapin_optim_state['state'] to be a dict mapping packed parameter ids to per-param state dicts, got {PythonTypeName(state)}.");
        if (dict.Keys.Cast<object>().Any(k => k is Tensor))
            throw Refused("requires optimizer.state_dict()-style state keyed by packed parameter ids.");
        foreach (DictionaryEntry entry in dict)
        {
            if (IsPackedId(entry.Key) && entry.Value is not IDictionary)
                throw Refused("requires per-parameter optimizer state entries to be dictionaries.");
        }
        return dict;
    }

    private IDictionary[] ValidateGroups(object? groups)
    {
        if (groups is not IList list)
            throw Refused($"requires swapin_optim_state['param_groups'] to be a list of param-group dicts, got {PythonTypeName(groups)}.");
        if (list.Count != _groups.Count)
            throw new TorchException("swapin_optim_state has a different number of parameter groups than the live optimizer.");
        return list.Cast<object?>().Select(g => g as IDictionary ?? throw Refused("requires each optimizer param group to be a dictionary.")).ToArray();
    }

    private long[] ValidateGroupAgainstLive(int index, ParamGroup live, IDictionary saved)
    {
        if (!saved.Contains("params") || saved["params"] is not IList ids || ids.Cast<object?>().Any(id => !IsPackedId(id)))
            throw Refused("requires optimizer.state_dict()-style param_groups[*]['params'] entries keyed by packed parameter ids.");
        if (ids.Count != live.Params.Count)
            throw new TorchException($"swapin_optim_state param group {index} has a different number of params than the live optimizer param group.");
        var liveKeys = PackGroupOptions(live).Keys.Append("params").ToArray();
        var savedKeys = saved.Keys.Cast<object>().Select(k => k as string ?? k.ToString()!).ToArray();
        var swapOnly = savedKeys.Where(k => !liveKeys.Contains(k)).ToArray();
        var liveOnly = liveKeys.Where(k => !savedKeys.Contains(k)).ToArray();
        if (swapOnly.Length > 0 || liveOnly.Length > 0)
            throw Refused("requires optimizer.state_dict()-style param group keys to exactly match the live optimizer group keys for " +
                $"group {index}. Keys only in swap-in: {PythonList(swapOnly)}. Keys only in live: {PythonList(liveOnly)}.");
        return ids.Cast<object>().Select(ToId).ToArray();
    }

    // Python's isinstance(k, int): bool counts, as it does in Python.
    private static bool IsPackedId(object? key) => key is int or long or short or byte or bool;

    private static long ToId(object key) => key is bool b ? (b ? 1 : 0) : Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture);

    private static TorchException Refused(string requirement) => new("swap_in_optimizer_params_and_state " + requirement);

    private static string PythonList(IEnumerable<string> keys) => "[" + string.Join(", ", keys.Select(k => "'" + k + "'")) + "]";

    private static string PythonRepr(object key) => key switch
    {
        string s => "'" + s + "'",
        bool b => b ? "True" : "False",
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string PythonTypeName(object? value) => value switch
    {
        null => "NoneType",
        string => "str",
        bool => "bool",
        int or long => "int",
        double or float => "float",
        IDictionary => "dict",
        IList => "list",
        Tensor => "Tensor",
        _ => value.GetType().Name,
    };

    private sealed class SwapInScope(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
