#if LIBTORCH_2
namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.signal</c> (PyTorch 2.x).</summary>
    public static partial class signal
    {
        /// <summary>
        /// Python's <c>torch.signal.windows</c>: window functions as <c>torch/signal/windows/windows.py</c> computes
        /// them (a linspace of the window's points, then the window's formula), with its checks and messages.
        /// </summary>
        public static class windows
        {
            /// <summary><c>torch.signal.windows.exponential(M, *, center=None, tau=1.0, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor exponential(long M, double? center = null, double tau = 1.0, bool sym = true, DType? dtype = null,
                Layout layout = Layout.Strided, Device? device = null, bool requires_grad = false)
            {
                var type = Checked("exponential", M, dtype, layout);
                if (tau <= 0) throw new TorchException($"Tau must be positive, got: {Builtins.FloatRepr(tau)} instead.", TorchErrorKind.ValueError);
                if (sym && center is not null) throw new TorchException("Center must be None for symmetric windows", TorchErrorKind.ValueError);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                double c = center ?? (!sym && M > 1 ? M : M - 1) / 2.0;
                double constant = 1 / tau;
                var k = Torch.Linspace(-c * constant, (-c + (M - 1)) * constant, M, type, device, requires_grad);
                return k.Abs().Neg().Exp();
            }

            /// <summary><c>torch.signal.windows.cosine(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor cosine(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false)
            {
                var type = Checked("cosine", M, dtype, layout);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                const double start = 0.5;
                double constant = Math.PI / (!sym && M > 1 ? M + 1 : M);
                return Torch.Linspace(start * constant, (start + (M - 1)) * constant, M, type, device, requires_grad).Sin();
            }

            /// <summary><c>torch.signal.windows.gaussian(M, *, std=1.0, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor gaussian(long M, double std = 1.0, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided,
                Device? device = null, bool requires_grad = false)
            {
                var type = Checked("gaussian", M, dtype, layout);
                if (std <= 0) throw new TorchException($"Standard deviation must be positive, got: {Builtins.FloatRepr(std)} instead.", TorchErrorKind.ValueError);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                double start = -(!sym && M > 1 ? M : M - 1) / 2.0;
                double constant = 1 / (std * Math.Sqrt(2));
                var k = Torch.Linspace(start * constant, (start + (M - 1)) * constant, M, type, device, requires_grad);
                return k.Pow(2).Neg().Exp();
            }

            /// <summary><c>torch.signal.windows.kaiser(M, *, beta=12.0, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor kaiser(long M, double beta = 12.0, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided,
                Device? device = null, bool requires_grad = false)
            {
                var type = Checked("kaiser", M, dtype, layout);
                if (beta < 0) throw new TorchException($"beta must be non-negative, got: {Builtins.FloatRepr(beta)} instead.", TorchErrorKind.ValueError);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                if (M == 1) return Torch.Ones([1], type, device, requires_grad);
                var b = OnDevice(Torch.Tensor(beta, type), device);
                var start = b.Neg();
                var constant = b * 2.0 / (sym ? M - 1 : M);
                var end = Torch.Minimum(b, start + constant * (M - 1));
                var k = Torch.Linspace(start, end, M, type, device, requires_grad);
                return Torch.I0((b * b - k.Pow(2)).Sqrt()) / Torch.I0(b);
            }

            /// <summary><c>torch.signal.windows.hamming(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor hamming(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false) => general_hamming(M, sym: sym, dtype: dtype, layout: layout, device: device, requires_grad: requires_grad);

            /// <summary><c>torch.signal.windows.hann(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor hann(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false) => general_hamming(M, alpha: 0.5, sym: sym, dtype: dtype, layout: layout, device: device, requires_grad: requires_grad);

            /// <summary><c>torch.signal.windows.blackman(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor blackman(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false)
            {
                var type = Checked("blackman", M, dtype, layout);
                return general_cosine(M, [0.42, 0.5, 0.08], sym, type, layout, device, requires_grad);
            }

            /// <summary><c>torch.signal.windows.bartlett(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor bartlett(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false)
            {
                var type = Checked("bartlett", M, dtype, layout);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                if (M == 1) return Torch.Ones([1], type, device, requires_grad);
                const long start = -1;
                double constant = 2.0 / (sym ? M - 1 : M);
                var k = Torch.Linspace(start, start + (M - 1) * constant, M, type, device, requires_grad);
                return 1 - k.Abs();
            }

            /// <summary><c>torch.signal.windows.general_cosine(M, *, a, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor general_cosine(long M, IReadOnlyList<double> a, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided,
                Device? device = null, bool requires_grad = false)
            {
                var type = Checked("general_cosine", M, dtype, layout);
                if (M == 0) return Torch.Empty([0], type, device, requires_grad);
                if (M == 1) return Torch.Ones([1], type, device, requires_grad);
                if (a is null) throw new TorchException("Coefficients must be a list/tuple", TorchErrorKind.TypeError);
                if (a.Count == 0) throw new TorchException("Coefficients cannot be empty", TorchErrorKind.ValueError);
                double constant = 2 * Math.PI / (sym ? M - 1 : M);
                var k = Torch.Linspace(0L, (M - 1) * constant, M, type, device, requires_grad);
                // (-1) ** i * w: Python's int power times the float keeps each coefficient's sign alternating
                var alternating = OnDevice(Torch.Tensor(a.Select((w, i) => i % 2 == 0 ? w : -w).ToArray(), type, requires_grad), device);
                var i = Torch.Arange(alternating.Size(0), alternating.Dtype, alternating.Device, alternating.RequiresGrad);
                return (alternating.Unsqueeze(-1) * (i.Unsqueeze(-1) * k).Cos()).Sum(0);
            }

            /// <summary><c>torch.signal.windows.general_hamming(M, *, alpha=0.54, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor general_hamming(long M, double alpha = 0.54, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided,
                Device? device = null, bool requires_grad = false) =>
                general_cosine(M, [alpha, 1.0 - alpha], sym, dtype, layout, device, requires_grad);

            /// <summary><c>torch.signal.windows.nuttall(M, *, sym=True, dtype=None, layout=torch.strided, device=None, requires_grad=False)</c></summary>
            public static Tensor nuttall(long M, bool sym = true, DType? dtype = null, Layout layout = Layout.Strided, Device? device = null,
                bool requires_grad = false) =>
                general_cosine(M, [0.3635819, 0.4891775, 0.1365995, 0.0106411], sym, dtype, layout, device, requires_grad);

            // windows.py's _window_function_checks, after dtype=None becomes the default dtype
            private static DType Checked(string function, long M, DType? dtype, Layout layout)
            {
                var type = dtype ?? Torch.DefaultDtype;
                if (M < 0) throw new TorchException($"{function} requires non-negative window length, got M={M}", TorchErrorKind.ValueError);
                if (layout != Layout.Strided)
                    throw new TorchException($"{function} is implemented for strided tensors only, got: {Builtins.repr(layout)}", TorchErrorKind.ValueError);
                if (type is not (DType.Float32 or DType.Float64))
                    throw new TorchException($"{function} expects float32 or float64 dtypes, got: {type.PythonName()}", TorchErrorKind.ValueError);
                return type;
            }

            private static Tensor OnDevice(Tensor tensor, Device? device) => device is { } d && d != tensor.Device ? tensor.To(d) : tensor;
        }
    }
}
#pragma warning restore CS8981, IDE1006
#endif
