namespace TorchInterop;

/// <summary>How a loss reduces its per-element values (the <c>reduction</c> argument of PyTorch's losses).</summary>
public enum Reduction
{
    /// <summary>Keep every element's loss.</summary>
    None = 0,
    /// <summary>The mean (the default).</summary>
    Mean = 1,
    /// <summary>The sum.</summary>
    Sum = 2,
}
