namespace TorchInterop.Python;

/// <summary>
/// What Python's <c>load_state_dict</c> returns: the missing and unexpected keys, printed as PyTorch prints them
/// (<c>&lt;All keys matched successfully&gt;</c> when both are empty).
/// </summary>
/// <param name="missing_keys">Keys the module has and the state dict lacked.</param>
/// <param name="unexpected_keys">Keys the state dict had and the module lacks.</param>
#pragma warning disable IDE1006 // Python's names
public sealed record IncompatibleKeys(IReadOnlyList<string> missing_keys, IReadOnlyList<string> unexpected_keys)
#pragma warning restore IDE1006
{
    /// <inheritdoc/>
    public override string ToString() => missing_keys.Count == 0 && unexpected_keys.Count == 0
        ? "<All keys matched successfully>"
        : $"_IncompatibleKeys(missing_keys={Builtins.repr(missing_keys)}, unexpected_keys={Builtins.repr(unexpected_keys)})";
}
