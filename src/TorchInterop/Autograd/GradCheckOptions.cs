namespace TorchInterop;

/// <summary>
/// The keyword arguments of Python's <c>torch.autograd.gradcheck</c>, with PyTorch's defaults (designed for double
/// precision inputs). Example: <c>Autograd.GradCheck(f, [x], new GradCheckOptions { FastMode = true })</c>.
/// </summary>
public sealed record GradCheckOptions
{
    /// <summary><c>eps</c>: the perturbation of the finite differences.</summary>
    public double Eps { get; init; } = 1e-6;

    /// <summary><c>atol</c>: the absolute tolerance of the comparison.</summary>
    public double Atol { get; init; } = 1e-5;

    /// <summary><c>rtol</c>: the relative tolerance of the comparison.</summary>
    public double Rtol { get; init; } = 1e-3;

    /// <summary><c>raise_exception</c>: throw <see cref="GradcheckError"/> on a failed check (false: return false).</summary>
    public bool RaiseException { get; init; } = true;

    /// <summary><c>nondet_tol</c>: how far two backward passes on the same input may differ.</summary>
    public double NondetTol { get; init; }

    /// <summary><c>check_undefined_grad</c>: check that undefined output gradients are treated as zeros.</summary>
    public bool CheckUndefinedGrad { get; init; } = true;

    /// <summary><c>check_grad_dtypes</c>: check that gradients have their input's dtype.</summary>
    public bool CheckGradDtypes { get; init; }

    /// <summary><c>check_batched_grad</c>: check gradients computed under vmap against unbatched ones.</summary>
    public bool CheckBatchedGrad { get; init; }

    /// <summary><c>check_batched_forward_grad</c>: check forward-mode gradients computed under vmap.</summary>
    public bool CheckBatchedForwardGrad { get; init; }

    /// <summary><c>check_forward_ad</c>: check forward-mode AD against the numerical Jacobian.</summary>
    public bool CheckForwardAD { get; init; }

    /// <summary><c>check_backward_ad</c>: check backward-mode AD (false skips every check that needs it).</summary>
    public bool CheckBackwardAD { get; init; } = true;

    /// <summary><c>fast_mode</c>: compare random projections vᵀJu instead of whole Jacobians.</summary>
    public bool FastMode { get; init; }
}

/// <summary>The keyword arguments of Python's <c>torch.autograd.gradgradcheck</c>, with PyTorch's defaults.</summary>
public sealed record GradGradCheckOptions
{
    /// <summary><c>eps</c>: the perturbation of the finite differences.</summary>
    public double Eps { get; init; } = 1e-6;

    /// <summary><c>atol</c>: the absolute tolerance of the comparison.</summary>
    public double Atol { get; init; } = 1e-5;

    /// <summary><c>rtol</c>: the relative tolerance of the comparison.</summary>
    public double Rtol { get; init; } = 1e-3;

    /// <summary><c>gen_non_contig_grad_outputs</c>: make the random gradient outputs non-contiguous.</summary>
    public bool GenNonContigGradOutputs { get; init; }

    /// <summary><c>raise_exception</c>: throw <see cref="GradcheckError"/> on a failed check (false: return false).</summary>
    public bool RaiseException { get; init; } = true;

    /// <summary><c>nondet_tol</c>: how far two backward passes on the same input may differ.</summary>
    public double NondetTol { get; init; }

    /// <summary><c>check_undefined_grad</c>: check that undefined output gradients are treated as zeros.</summary>
    public bool CheckUndefinedGrad { get; init; } = true;

    /// <summary><c>check_grad_dtypes</c>: check that gradients have their input's dtype.</summary>
    public bool CheckGradDtypes { get; init; }

    /// <summary><c>check_batched_grad</c>: check gradients computed under vmap against unbatched ones.</summary>
    public bool CheckBatchedGrad { get; init; }

    /// <summary><c>check_fwd_over_rev</c>: check forward-mode AD over the backward pass.</summary>
    public bool CheckFwdOverRev { get; init; }

    /// <summary><c>check_rev_over_rev</c>: check backward-mode AD over the backward pass.</summary>
    public bool CheckRevOverRev { get; init; } = true;

    /// <summary><c>fast_mode</c>: compare random projections instead of whole Jacobians.</summary>
    public bool FastMode { get; init; }
}
