namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.init</c>: the same formulas and the same random draws (LibTorch's default generator), so the
/// same <c>manual_seed</c> gives the same numbers. Each function fills the tensor in place without recording a graph
/// and returns it.
/// </summary>
public static partial class Init
{
    /// <summary><c>calculate_gain(nonlinearity, param)</c></summary>
    public static double CalculateGain(string nonlinearity, double? param = null)
    {
        ArgumentNullException.ThrowIfNull(nonlinearity);
        switch (nonlinearity)
        {
            case "linear" or "conv1d" or "conv2d" or "conv3d" or "conv_transpose1d" or "conv_transpose2d" or "conv_transpose3d" or "sigmoid":
                return 1;
            case "tanh": return 5.0 / 3;
            case "relu": return Math.Sqrt(2.0);
            case "leaky_relu":
                double slope = param ?? 0.01;
                return Math.Sqrt(2.0 / (1 + slope * slope));
            case "selu": return 3.0 / 4;
            default: throw new TorchException($"Unsupported nonlinearity {nonlinearity}", TorchErrorKind.ValueError);
        }
    }

    /// <summary><c>uniform_(tensor, a=0, b=1)</c></summary>
    public static Tensor Uniform_(Tensor tensor, double a = 0, double b = 1) => NoGrad(tensor, t => t.Uniform_(a, b));

    /// <summary><c>normal_(tensor, mean=0, std=1)</c></summary>
    public static Tensor Normal_(Tensor tensor, double mean = 0, double std = 1) => NoGrad(tensor, t => t.Normal_(mean, std));

    /// <summary><c>constant_(tensor, val)</c></summary>
    public static Tensor Constant_(Tensor tensor, double value) => NoGrad(tensor, t => t.Fill_(value));

    /// <summary><c>zeros_(tensor)</c></summary>
    public static Tensor Zeros_(Tensor tensor) => NoGrad(tensor, t => t.Zero_());

    /// <summary><c>ones_(tensor)</c></summary>
    public static Tensor Ones_(Tensor tensor) => NoGrad(tensor, t => t.Fill_(1.0));

    /// <summary><c>xavier_uniform_(tensor, gain=1)</c></summary>
    public static Tensor XavierUniform_(Tensor tensor, double gain = 1)
    {
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        double std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
        double a = Math.Sqrt(3.0) * std;
        return Uniform_(tensor, -a, a);
    }

    /// <summary><c>xavier_normal_(tensor, gain=1)</c></summary>
    public static Tensor XavierNormal_(Tensor tensor, double gain = 1)
    {
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        return Normal_(tensor, 0, gain * Math.Sqrt(2.0 / (fanIn + fanOut)));
    }

    /// <summary><c>kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')</c></summary>
    public static Tensor KaimingUniform_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu")
    {
        double std = CalculateGain(nonlinearity, a) / Math.Sqrt(CorrectFan(tensor, mode));
        double bound = Math.Sqrt(3.0) * std;
        return Uniform_(tensor, -bound, bound);
    }

    /// <summary><c>kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')</c></summary>
    public static Tensor KaimingNormal_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu") =>
        Normal_(tensor, 0, CalculateGain(nonlinearity, a) / Math.Sqrt(CorrectFan(tensor, mode)));

    /// <summary><c>_calculate_fan_in_and_fan_out(tensor)</c>: for weights of at least 2 dimensions.</summary>
    public static (long FanIn, long FanOut) CalculateFanInAndFanOut(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var shape = tensor.Shape;
        if (shape.Length < 2)
            throw new TorchException("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions", TorchErrorKind.ValueError);
        long receptiveField = 1;
        for (int i = 2; i < shape.Length; i++) receptiveField *= shape[i];
        return (shape[1] * receptiveField, shape[0] * receptiveField);
    }

    private static long CorrectFan(Tensor tensor, string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (mode is not ("fan_in" or "fan_out"))
            throw new TorchException($"Mode {mode} not supported, please use one of fan_in, fan_out", TorchErrorKind.ValueError);
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        return mode == "fan_in" ? fanIn : fanOut;
    }

    private static Tensor NoGrad(Tensor tensor, Action<Tensor> fill)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (t_skipping > 0) return tensor;
        using (Autograd.NoGrad()) fill(tensor);
        return tensor;
    }

    [ThreadStatic] private static int t_skipping;

    /// <summary>True while <see cref="Skip"/> is in effect on this thread: every function here leaves its tensor as it is.</summary>
    internal static bool Skipping => t_skipping > 0;

    /// <summary>
    /// Until disposed, every initialization function on this thread returns its tensor untouched and draws no random
    /// numbers (for <see cref="Utils.SkipInit{T}(Func{T}, Device?)"/>, where PyTorch builds the module on its meta device).
    /// </summary>
    internal static IDisposable Skip()
    {
        t_skipping++;
        return new SkipScope();
    }

    private sealed class SkipScope : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            t_skipping--;
        }
    }
}
