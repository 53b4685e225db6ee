namespace TorchInterop.Optim;

/// <summary>
/// Stochastic gradient descent with momentum, as <c>torch.optim.SGD</c> in PyTorch 1.13 (its single-tensor
/// algorithm, step for step): weight decay, momentum with dampening, Nesterov momentum.
/// </summary>
/// <example><code>
/// var optimizer = new SGD([w, b], lr: 0.01, momentum: 0.9);
/// loss.Backward();
/// optimizer.Step();
/// optimizer.ZeroGrad();
/// </code></example>
public sealed class SGD
{
    private readonly Tensor[] _parameters;
    private readonly Dictionary<Tensor, Tensor> _momentumBuffers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    public SGD(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0,
        double weightDecay = 0, bool nesterov = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (lr < 0) throw new TorchException(FormattableString.Invariant($"Invalid learning rate: {PythonFloat(lr)}"), TorchErrorKind.ValueError);
        if (momentum < 0) throw new TorchException(FormattableString.Invariant($"Invalid momentum value: {PythonFloat(momentum)}"), TorchErrorKind.ValueError);
        if (weightDecay < 0) throw new TorchException(FormattableString.Invariant($"Invalid weight_decay value: {PythonFloat(weightDecay)}"), TorchErrorKind.ValueError);
        if (nesterov && (momentum <= 0 || dampening != 0))
            throw new TorchException("Nesterov momentum requires a momentum and zero dampening", TorchErrorKind.ValueError);
        _parameters = parameters.ToArray();
        if (_parameters.Length == 0) throw new TorchException("optimizer got an empty parameter list", TorchErrorKind.ValueError);
        if (_parameters.Any(p => p is null)) throw new ArgumentNullException(nameof(parameters), "A parameter is null.");
        Lr = lr;
        Momentum = momentum;
        Dampening = dampening;
        WeightDecay = weightDecay;
        Nesterov = nesterov;
    }

    /// <summary>The learning rate (may be changed between steps, as schedulers do).</summary>
    public double Lr { get; set; }

    /// <summary>The momentum factor.</summary>
    public double Momentum { get; }

    /// <summary>Dampening of the momentum.</summary>
    public double Dampening { get; }

    /// <summary>L2 penalty.</summary>
    public double WeightDecay { get; }

    /// <summary>Whether Nesterov momentum is used.</summary>
    public bool Nesterov { get; }

    /// <summary>The parameters being optimized.</summary>
    public IReadOnlyList<Tensor> Parameters => _parameters;

    /// <summary>One optimization step over the parameters that have a gradient.</summary>
    public void Step()
    {
        using var noGrad = Autograd.NoGrad();
        foreach (var p in _parameters)
        {
            var grad = p.Grad;
            if (grad is null) continue;
            Tensor dp = WeightDecay != 0 ? grad.Add(p, WeightDecay) : grad;
            if (Momentum != 0)
            {
                if (!_momentumBuffers.TryGetValue(p, out var buffer))
                {
                    using var copy = dp.Clone();
                    _momentumBuffers[p] = buffer = copy.Detach();
                }
                else
                {
                    buffer.Mul_(Momentum).Add_(dp, 1 - Dampening);
                }
                dp = Nesterov ? dp.Add(buffer, Momentum) : buffer;
            }
            p.Add_(dp, -Lr);
        }
    }

    /// <summary>
    /// Zeroes the gradients, as PyTorch 1.13's <c>zero_grad()</c> (set_to_none=False): gradients stay as zero tensors.
    /// </summary>
    public void ZeroGrad()
    {
        foreach (var p in _parameters)
        {
            var grad = p.Grad;
            if (grad is null) continue;
            if (grad.GradFn is not null) grad.Detach_();
            else grad.RequiresGrad_(false);
            grad.Zero_();
        }
    }

    // Python's str(float) for the values in its messages.
    private static string PythonFloat(double value)
    {
        string text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
