namespace TorchInterop;

/// <summary>
/// How <see cref="FunctionalAutograd.Jacobian"/> computes a Jacobian (Python's <c>strategy</c> argument), and how
/// <see cref="FunctionalAutograd.Hessian"/> computes its outer one (<c>outer_jacobian_strategy</c>).
/// </summary>
public enum JacobianStrategy
{
    /// <summary><c>"reverse-mode"</c>: one vector-Jacobian product per output element (all at once when vectorized).</summary>
    ReverseMode,
    /// <summary><c>"forward-mode"</c>: Jacobian-vector products with dual tensors, batched over the inputs' basis; needs vectorize.</summary>
    ForwardMode,
}
