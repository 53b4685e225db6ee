#pragma warning disable CS8981 // Python's lowercase names (torch, torch.autograd) are the point of this dialect.
using System.Diagnostics.CodeAnalysis;

using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

/// <summary>
/// Python's <c>torch</c> module, for porting code line by line: <c>torch.ones(2, 2, requires_grad: true)</c>.
/// Every member forwards to the idiomatic API (<see cref="Torch"/>, <see cref="Autograd"/>).
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static partial class torch
{
    // ---- devices ------------------------------------------------------------------------------------------------
    /// <summary><c>torch.device("cuda:0")</c></summary>
    public static Device device(string type) => Device.Parse(type);

    /// <summary><c>torch.device("cuda", 0)</c></summary>
    public static Device device(string type, int index) =>
        index >= 0 ? Device.Parse(type) with { Index = index } : throw new TorchException("Device index must not be negative");

    // ---- dtypes -------------------------------------------------------------------------------------------------
    /// <summary><c>torch.float32</c></summary>
    public const DType float32 = DType.Float32;
    /// <summary><c>torch.float</c> (float32)</summary>
    public const DType @float = DType.Float32;
    /// <summary><c>torch.float64</c></summary>
    public const DType float64 = DType.Float64;
    /// <summary><c>torch.double</c> (float64)</summary>
    public const DType @double = DType.Float64;
    /// <summary><c>torch.float16</c></summary>
    public const DType float16 = DType.Float16;
    /// <summary><c>torch.half</c> (float16)</summary>
    public const DType half = DType.Float16;
    /// <summary><c>torch.bfloat16</c></summary>
    public const DType bfloat16 = DType.BFloat16;
    /// <summary><c>torch.int64</c></summary>
    public const DType int64 = DType.Int64;
    /// <summary><c>torch.long</c> (int64)</summary>
    public const DType @long = DType.Int64;
    /// <summary><c>torch.int32</c></summary>
    public const DType int32 = DType.Int32;
    /// <summary><c>torch.int</c> (int32)</summary>
    public const DType @int = DType.Int32;
    /// <summary><c>torch.int16</c></summary>
    public const DType int16 = DType.Int16;
    /// <summary><c>torch.short</c> (int16)</summary>
    public const DType @short = DType.Int16;
    /// <summary><c>torch.int8</c></summary>
    public const DType int8 = DType.Int8;
    /// <summary><c>torch.uint8</c></summary>
    public const DType uint8 = DType.UInt8;
    /// <summary><c>torch.bool</c></summary>
    public const DType @bool = DType.Bool;

    /// <summary>Python's <c>torch.Size([2, 3])</c>.</summary>
    public static Size Size(long[] sizes) => new(sizes);

    // ---- creation -----------------------------------------------------------------------------------------------
    /// <summary>A tensor filled with <paramref name="fill_value"/> (Python's <c>torch.full(size, fill_value)</c>).</summary>
    public static Tensor full(long[] size, Scalar fill_value, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Full(size, fill_value, dtype, device, requires_grad);

    /// <summary><c>torch.arange(4)</c>: 0..end-1 as int64.</summary>
    public static Tensor arange(long end, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Arange(end, dtype, device, requires_grad);

    /// <summary><c>torch.arange(4.0)</c>: 0, 1, ... below end as float32.</summary>
    public static Tensor arange(double end, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Arange(end, dtype, device, requires_grad);

    /// <summary><c>torch.arange(start, end, step)</c>: int64 when all are integers, float32 otherwise.</summary>
    [OverloadResolutionPriority(1)] // arange(2, 0) is (start, end): a literal 0 would otherwise be arange(end, dtype)
    public static Tensor arange(Scalar start, Scalar end, Scalar? step = null, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Arange(start, end, step, dtype, device, requires_grad);

    /// <summary><c>torch.linspace(start, end, steps)</c>.</summary>
    public static Tensor linspace(Scalar start, Scalar end, long steps, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Linspace(start, end, steps, dtype, device, requires_grad);

    /// <summary><c>torch.eye(n, m)</c>.</summary>
    public static Tensor eye(long n, long? m = null, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Eye(n, m, dtype, device, requires_grad);

    /// <summary><c>torch.tensor(2.0)</c>: a Python float gives the default dtype (float32).</summary>
    public static Tensor tensor(double data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? Torch.DefaultDtype, requires_grad), device);

    /// <summary><c>torch.tensor(2)</c>: a Python int gives int64.</summary>
    public static Tensor tensor(long data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Int64, requires_grad), device);

    /// <summary><c>torch.tensor(True)</c>: a Python bool gives bool.</summary>
    public static Tensor tensor(bool data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Bool, requires_grad), device);

    /// <summary><c>torch.tensor([2.0, 3.0])</c>: floating literals give the default dtype (float32).</summary>
    public static Tensor tensor(double[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? Torch.DefaultDtype, requires_grad), device);

    /// <summary>A float32 tensor from .NET floats.</summary>
    public static Tensor tensor(float[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Float32, requires_grad), device);

    /// <summary>
    /// <c>torch.tensor([1, 2])</c>: integers give int64. An empty list gives the default dtype, as in Python, which
    /// cannot see an element type in <c>[]</c> either; this overload ranks first so that <c>torch.tensor([])</c> compiles.
    /// </summary>
    [OverloadResolutionPriority(1)]
    public static Tensor tensor(long[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? (data is [] ? Torch.DefaultDtype : DType.Int64), requires_grad), device);

    /// <summary><c>torch.tensor([1, 2])</c>: integers give int64.</summary>
    public static Tensor tensor(int[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Int64, requires_grad), device);

    /// <summary><c>torch.tensor([True, False])</c>: bools give bool.</summary>
    public static Tensor tensor(bool[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Bool, requires_grad), device);

    /// <summary><c>torch.tensor([[1.0, 2.0], [3.0, 4.0]])</c>: float32.</summary>
    public static Tensor tensor(double[,] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? Torch.DefaultDtype, requires_grad), device);

    /// <summary>A 2-D float32 tensor from .NET floats.</summary>
    public static Tensor tensor(float[,] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Float32, requires_grad), device);

    /// <summary><c>torch.tensor([[1, 2], [3, 4]])</c>: int64.</summary>
    public static Tensor tensor(long[,] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Int64, requires_grad), device);

    /// <summary><c>torch.tensor([[1, 2], [3, 4]])</c>: int64.</summary>
    public static Tensor tensor(int[,] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Int64, requires_grad), device);

    /// <summary><c>torch.tensor([[True], [False]])</c>: bool.</summary>
    public static Tensor tensor(bool[,] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        OnDevice(Torch.Tensor(data, dtype ?? DType.Bool, requires_grad), device);

    /// <summary>Seeds the random number generator (Python's <c>torch.manual_seed</c>).</summary>
    public static void manual_seed(long seed) => Torch.ManualSeed(seed);

    /// <summary>Python's <c>torch.get_rng_state()</c>.</summary>
    public static Tensor get_rng_state() => Torch.GetRngState();

    /// <summary>Python's <c>torch.set_rng_state(new_state)</c>.</summary>
    public static void set_rng_state(Tensor new_state) => Torch.SetRngState(new_state);

    // ---- math ---------------------------------------------------------------------------------------------------
    /// <summary><c>torch.dot(a, b)</c></summary>
    public static Tensor dot(Tensor input, Tensor other) => Torch.Dot(input, other);
    /// <summary><c>torch.mm(a, b)</c></summary>
    public static Tensor mm(Tensor input, Tensor mat2) => Torch.Mm(input, mat2);
    /// <summary><c>torch.matmul(a, b)</c></summary>
    public static Tensor matmul(Tensor input, Tensor other) => Torch.Matmul(input, other);
    /// <summary><c>torch.sin(x)</c></summary>
    public static Tensor sin(Tensor input) => Torch.Sin(input);
    /// <summary><c>torch.cos(x)</c></summary>
    public static Tensor cos(Tensor input) => Torch.Cos(input);
    /// <summary><c>torch.exp(x)</c></summary>
    public static Tensor exp(Tensor input) => Torch.Exp(input);
    /// <summary><c>torch.log(x)</c></summary>
    public static Tensor log(Tensor input) => Torch.Log(input);
    /// <summary><c>torch.sqrt(x)</c></summary>
    public static Tensor sqrt(Tensor input) => Torch.Sqrt(input);
    /// <summary><c>torch.abs(x)</c></summary>
    public static Tensor abs(Tensor input) => Torch.Abs(input);
    /// <summary><c>torch.tanh(x)</c></summary>
    public static Tensor tanh(Tensor input) => Torch.Tanh(input);
    /// <summary><c>torch.sigmoid(x)</c></summary>
    public static Tensor sigmoid(Tensor input) => Torch.Sigmoid(input);
    /// <summary><c>torch.relu(x)</c></summary>
    public static Tensor relu(Tensor input) => Torch.Relu(input);
    /// <summary><c>torch.sum(x)</c></summary>
    public static Tensor sum(Tensor input) => Torch.Sum(input);
    /// <summary><c>torch.sum(x, dim, keepdim)</c></summary>
    public static Tensor sum(Tensor input, long dim, bool keepdim = false) => NotNull(input).Sum(dim, keepdim);
    /// <summary><c>torch.mean(x)</c></summary>
    public static Tensor mean(Tensor input) => Torch.Mean(input);
    /// <summary><c>torch.mean(x, dim, keepdim)</c></summary>
    public static Tensor mean(Tensor input, long dim, bool keepdim = false) => NotNull(input).Mean(dim, keepdim);
    /// <summary><c>torch.norm(x)</c></summary>
    public static Tensor norm(Tensor input) => Torch.Norm(input);
    /// <summary><c>torch.pow(x, 2)</c></summary>
    public static Tensor pow(Tensor input, Scalar exponent) => Torch.Pow(input, exponent);
    /// <summary><c>torch.pow(x, y)</c></summary>
    public static Tensor pow(Tensor input, Tensor exponent) => Torch.Pow(input, exponent);
    /// <summary><c>torch.pow(2, x)</c></summary>
    public static Tensor pow(Scalar self, Tensor exponent) => Torch.Pow(self, exponent);
    /// <summary><c>torch.cat([a, b], dim)</c></summary>
    public static Tensor cat(IReadOnlyList<Tensor> tensors, long dim = 0) => Torch.Cat(tensors, dim);
    /// <summary><c>torch.t(x)</c></summary>
    public static Tensor t(Tensor input) => Torch.T(input);
    /// <summary><c>torch.reshape(x, shape)</c></summary>
    public static Tensor reshape(Tensor input, params long[] shape) => Torch.Reshape(input, shape);
    /// <summary><c>torch.transpose(x, dim0, dim1)</c></summary>
    public static Tensor transpose(Tensor input, long dim0, long dim1) => Torch.Transpose(input, dim0, dim1);

    // ---- grad mode ----------------------------------------------------------------------------------------------
    /// <summary><c>with torch.no_grad():</c> → <c>using (torch.no_grad()) { }</c></summary>
    public static GradModeScope no_grad() => Autograd.NoGrad();
    /// <summary><c>with torch.enable_grad():</c> → <c>using (torch.enable_grad()) { }</c></summary>
    public static GradModeScope enable_grad() => Autograd.EnableGrad();
    /// <summary>
    /// <c>torch.set_grad_enabled(mode)</c>: as a plain statement it sets the mode; as a <c>using</c> scope it also
    /// restores the previous mode at the end of the scope.
    /// </summary>
    public static GradModeScope set_grad_enabled(bool mode) => Autograd.SetGradEnabled(mode);
    /// <summary><c>with torch.inference_mode():</c> → <c>using (torch.inference_mode()) { }</c></summary>
    public static InferenceModeScope inference_mode(bool mode = true) => Autograd.InferenceMode(mode);
    /// <summary><c>torch.is_grad_enabled()</c></summary>
    public static bool is_grad_enabled() => Autograd.IsGradEnabled;
    /// <summary><c>torch.is_inference_mode_enabled()</c></summary>
    public static bool is_inference_mode_enabled() => Autograd.IsInferenceModeEnabled;

    /// <summary><c>torch.set_printoptions(...)</c>; a call without <paramref name="sci_mode"/> resets it to automatic, as in Python.</summary>
    public static void set_printoptions(int? precision = null, double? threshold = null, int? edgeitems = null,
        int? linewidth = null, string? profile = null, bool? sci_mode = null) =>
        Torch.SetPrintOptions(precision, threshold, edgeitems, linewidth, profile, sci_mode);

    /// <summary>Python's <c>torch.autograd</c>.</summary>
    public static partial class autograd
    {
        /// <summary><c>torch.autograd.grad(y, x)</c>: a one-element tuple.</summary>
        public static TensorTuple grad(Tensor outputs, Tensor inputs, Tensor? grad_outputs = null, bool? retain_graph = null,
            bool create_graph = false, bool allow_unused = false) =>
            new(Autograd.Grad([outputs], [inputs], grad_outputs is null ? null : [grad_outputs], retain_graph, create_graph, allow_unused));

        /// <summary><c>torch.autograd.grad(y, [a, b])</c></summary>
        public static TensorTuple grad(Tensor outputs, IReadOnlyList<Tensor> inputs, Tensor? grad_outputs = null, bool? retain_graph = null,
            bool create_graph = false, bool allow_unused = false) =>
            new(Autograd.Grad([outputs], inputs, grad_outputs is null ? null : [grad_outputs], retain_graph, create_graph, allow_unused));

        /// <summary><c>torch.autograd.grad([y1, y2], [a, b], grad_outputs=[g1, g2])</c></summary>
        public static TensorTuple grad(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor?>? grad_outputs = null,
            bool? retain_graph = null, bool create_graph = false, bool allow_unused = false) =>
            new(Autograd.Grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused));

        /// <summary>The legacy <c>torch.autograd.Variable</c>; see <see cref="Builtins.Variable"/>.</summary>
        public static Tensor Variable(Tensor data, bool requires_grad = false) => Builtins.Variable(data, requires_grad);

        /// <summary><c>torch.autograd.backward(y, grad_tensors)</c></summary>
        public static void backward(Tensor tensors, Tensor? grad_tensors = null, bool? retain_graph = null,
            bool create_graph = false, IReadOnlyList<Tensor>? inputs = null) =>
            Autograd.Backward([tensors], grad_tensors is null ? null : [grad_tensors], retain_graph, create_graph, inputs);

        /// <summary><c>torch.autograd.backward([y1, y2], [g1, g2])</c></summary>
        public static void backward(IReadOnlyList<Tensor> tensors, IReadOnlyList<Tensor?>? grad_tensors = null, bool? retain_graph = null,
            bool create_graph = false, IReadOnlyList<Tensor>? inputs = null) =>
            Autograd.Backward(tensors, grad_tensors, retain_graph, create_graph, inputs);
    }

    private static Tensor NotNull(Tensor t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t;
    }

    // torch.tensor(data, device=...): made on the CPU, then moved (the CPU is where .NET data lives).
    private static Tensor OnDevice(Tensor tensor, Device? device) =>
        device is null || device.Value.Equals(Device.CPU) ? tensor : tensor.To(device.Value);
}
