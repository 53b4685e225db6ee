namespace TorchInterop;

/// <summary>
/// PyTorch's checks of the gradients a node hook returns in place of the ones it got
/// (torch/csrc/autograd/python_hook.cpp: check_result, check_single_result, check_variable_result).
/// </summary>
internal static class HookResults
{
    public static IReadOnlyList<Tensor?> Check(string hookName, IReadOnlyList<Tensor?> original, IReadOnlyList<Tensor?> result)
    {
        if (result.Count != original.Count)
            throw new TorchException($"hook '{hookName}' has returned an incorrect number of values (got {result.Count}, but expected {original.Count})");
        for (int i = 0; i < original.Count; i++)
        {
            if (result[i] is not { } replaced) continue;
            if (original[i] is not { } value) throw new TorchException("can't replace a None gradient with a non-None value");
            if (replaced.Dtype != value.Dtype || replaced.Device != value.Device || replaced.Layout != value.Layout)
                throw new TorchException($"hook '{hookName}' has changed the type of value (was {value.TypeName()} got {replaced.TypeName()})");
            if (!replaced.Shape.SequenceEqual(value.Shape)) throw new TorchException($"hook '{hookName}' has changed the size of value");
        }
        return result;
    }
}
