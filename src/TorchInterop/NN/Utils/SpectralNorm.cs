using System.Globalization;

namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>
    /// Python's <c>torch.nn.utils.spectral_norm(module, name, n_power_iterations, eps, dim)</c>: the parameter
    /// <paramref name="name"/> becomes <c>{name}_orig</c>, with buffers <c>{name}_u</c> and <c>{name}_v</c> (random unit
    /// vectors drawn as PyTorch draws them), and <c>{name}</c> is recomputed as <c>{name}_orig / σ</c> before every
    /// forward, σ being the spectral norm estimated by power iteration (which runs in training mode only). Null
    /// <paramref name="dim"/> is 1 for transposed convolutions and 0 otherwise. Returns the module.
    /// </summary>
    /// <exception cref="TorchException">
    /// A non-positive <paramref name="nPowerIterations"/> or a None parameter (ValueError); the parameter already has a
    /// spectral_norm hook (RuntimeError).
    /// </exception>
    public static T SpectralNorm<T>(T module, string name = "weight", long nPowerIterations = 1, double eps = 1e-12, long? dim = null)
        where T : Module
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        NN.SpectralNorm.Apply(module, name, nPowerIterations, dim ?? (module is ConvTransposeNd ? 1 : 0), eps);
        return module;
    }

    /// <summary>
    /// Python's <c>torch.nn.utils.remove_spectral_norm(module, name)</c>: <c>{name}</c> becomes a plain parameter again,
    /// holding <c>{name}_orig / σ</c> (without a further power iteration); the buffers go. Returns the module.
    /// </summary>
    /// <exception cref="TorchException">The module has no spectral_norm of that name (ValueError).</exception>
    public static T RemoveSpectralNorm<T>(T module, string name = "weight") where T : Module
    {
        RemoveReparametrization<SpectralNorm>(module, name, "spectral_norm");
        return module;
    }
}

/// <summary>PyTorch's <c>SpectralNorm</c> hook: <c>{name} = {name}_orig / σ</c>, σ from u and v (power iteration when training).</summary>
internal sealed class SpectralNorm : IReparametrizationHook
{
    private readonly long _dim;
    private readonly long _powerIterations;
    private readonly double _eps;

    private SpectralNorm(string name, long powerIterations, long dim, double eps)
    {
        if (powerIterations <= 0)
            throw new TorchException(string.Create(CultureInfo.InvariantCulture,
                $"Expected n_power_iterations to be positive, but got n_power_iterations={powerIterations}"), TorchErrorKind.ValueError);
        Name = name;
        _dim = dim;
        _powerIterations = powerIterations;
        _eps = eps;
    }

    public string Name { get; }

    public static void Apply(Module module, string name, long powerIterations, long dim, double eps)
    {
        if (module.ForwardPreHooks.Any(h => h.Hook is SpectralNorm s && s.Name == name))
            throw new TorchException($"Cannot register two spectral_norm hooks on the same parameter {name}");
        var hook = new SpectralNorm(name, powerIterations, dim, eps);
        if (!module.HasParameter(name)) throw new TorchException($"'{name}'", TorchErrorKind.KeyError);
        var weight = module.GetParameter(name)
            ?? throw new TorchException($"`SpectralNorm` cannot be applied as parameter `{name}` is None", TorchErrorKind.ValueError);
        Tensor u, v;
        using (Autograd.NoGrad())
        {
            using var matrix = hook.ToMatrix(weight);
            using var uDraw = weight.NewEmpty([matrix.Shape[0]]).Normal_(0, 1);
            u = Normalize(uDraw, eps);
            using var vDraw = weight.NewEmpty([matrix.Shape[1]]).Normal_(0, 1);
            v = Normalize(vDraw, eps);
        }
        module.RemoveParameter(name);
        module.AddParameter(name + "_orig", weight);
        module.SetTensorAttribute(name, weight.Detach());
        module.AddBuffer(name + "_u", u);
        module.AddBuffer(name + "_v", v);
        module.AddForwardPreHook(hook);
    }

    public object? Run(Module module, object? input)
    {
        module.SetTensorAttribute(Name, Compute(module, powerIteration: module.Training));
        return null;
    }

    public void Remove(Module module)
    {
        Tensor weight;
        using (Autograd.NoGrad()) weight = Compute(module, powerIteration: false);
        module.SetTensorAttribute(Name, null);
        module.RemoveBuffer(Name + "_u");
        module.RemoveBuffer(Name + "_v");
        module.RemoveParameter(Name + "_orig");
        using (weight) module.AddParameter(Name, Parameter.Create(weight));
    }

    // PyTorch's compute_weight: u and v are updated in place (they are buffers), then cloned so that a graph built
    // in an earlier forward keeps the values it saved.
    private Tensor Compute(Module module, bool powerIteration)
    {
        var weight = module.GetParameter(Name + "_orig")!;
        var u = module.GetBuffer(Name + "_u")!;
        var v = module.GetBuffer(Name + "_v")!;
        using var matrix = ToMatrix(weight);
        bool cloned = false;
        if (powerIteration)
        {
            using (Autograd.NoGrad())
            {
                using var transposed = Torch.T(matrix);
                for (long i = 0; i < _powerIterations; i++)
                {
                    using (var product = transposed.Mv(u))
                    using (var normalized = Normalize(product, _eps)) v.Copy_(normalized);
                    using (var product = matrix.Mv(v))
                    using (var normalized = Normalize(product, _eps)) u.Copy_(normalized);
                }
                u = u.Clone();
                v = v.Clone();
                cloned = true;
            }
        }
        try
        {
            using var mv = matrix.Mv(v);
            using var sigma = u.Dot(mv);
            return weight / sigma;
        }
        finally
        {
            if (cloned)
            {
                u.Dispose();
                v.Dispose();
            }
        }
    }

    // PyTorch's reshape_weight_to_matrix: dim first, the rest flattened.
    private Tensor ToMatrix(Tensor weight)
    {
        if (_dim == 0) return weight.Reshape(weight.Shape[0], -1);
        long rank = weight.Dim;
        long[] order = [_dim, .. Enumerable.Range(0, (int)rank).Select(d => (long)d).Where(d => d != _dim)];
        using var permuted = weight.Permute(order);
        return permuted.Reshape(permuted.Shape[0], -1);
    }

    // F.normalize(x, dim=0, eps): x / max(‖x‖₂, eps).
    private static Tensor Normalize(Tensor x, double eps)
    {
        using var norm = x.Norm(2, [0], keepDim: true);
        using var clamped = norm.ClampMin(eps);
        using var denominator = clamped.ExpandAs(x);
        return x / denominator;
    }
}
