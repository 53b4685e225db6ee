#pragma warning disable CS8981 // Python's lowercase names (torch, torch.autograd) are the point of this dialect.
namespace TorchInterop.Python;

// Factories with Python's calling conventions: sizes as separate arguments, then keywords.
public static partial class torch
{
    /// <summary>A tensor of ones (Python's <c>torch.ones(*size)</c>).</summary>
    public static Tensor ones(params long[] size) => Torch.Ones(size);
    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor ones(long d0, DType? dtype = null, bool requires_grad = false) => Torch.Ones([d0], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor ones(long d0, long d1, DType? dtype = null, bool requires_grad = false) => Torch.Ones([d0, d1], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor ones(long d0, long d1, long d2, DType? dtype = null, bool requires_grad = false) => Torch.Ones([d0, d1, d2], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor ones(long d0, long d1, long d2, long d3, DType? dtype = null, bool requires_grad = false) => Torch.Ones([d0, d1, d2, d3], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of ones of the given shape (Python's <c>torch.ones(x.shape, ...)</c>).</summary>
    public static Tensor ones(Size size, DType? dtype = null, bool requires_grad = false) => Torch.Ones(size, dtype, requiresGrad: requires_grad);
    /// <summary>The same, with the shape as a list (Python's <c>torch.ones((2, 5), requires_grad=True)</c> → <c>torch.ones([2, 5], requires_grad: true)</c>).</summary>
    public static Tensor ones(long[] size, DType? dtype = null, bool requires_grad = false) => Torch.Ones(size, dtype, requiresGrad: requires_grad);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(*size)</c>).</summary>
    public static Tensor zeros(params long[] size) => Torch.Zeros(size);
    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor zeros(long d0, DType? dtype = null, bool requires_grad = false) => Torch.Zeros([d0], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor zeros(long d0, long d1, DType? dtype = null, bool requires_grad = false) => Torch.Zeros([d0, d1], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor zeros(long d0, long d1, long d2, DType? dtype = null, bool requires_grad = false) => Torch.Zeros([d0, d1, d2], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor zeros(long d0, long d1, long d2, long d3, DType? dtype = null, bool requires_grad = false) => Torch.Zeros([d0, d1, d2, d3], dtype, requiresGrad: requires_grad);
    /// <summary>A tensor of zeros of the given shape (Python's <c>torch.zeros(x.shape, ...)</c>).</summary>
    public static Tensor zeros(Size size, DType? dtype = null, bool requires_grad = false) => Torch.Zeros(size, dtype, requiresGrad: requires_grad);
    /// <summary>The same, with the shape as a list (Python's <c>torch.zeros((2, 5), requires_grad=True)</c> → <c>torch.zeros([2, 5], requires_grad: true)</c>).</summary>
    public static Tensor zeros(long[] size, DType? dtype = null, bool requires_grad = false) => Torch.Zeros(size, dtype, requiresGrad: requires_grad);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(*size)</c>).</summary>
    public static Tensor empty(params long[] size) => Torch.Empty(size);
    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor empty(long d0, DType? dtype = null, bool requires_grad = false) => Torch.Empty([d0], dtype, requiresGrad: requires_grad);
    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor empty(long d0, long d1, DType? dtype = null, bool requires_grad = false) => Torch.Empty([d0, d1], dtype, requiresGrad: requires_grad);
    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor empty(long d0, long d1, long d2, DType? dtype = null, bool requires_grad = false) => Torch.Empty([d0, d1, d2], dtype, requiresGrad: requires_grad);
    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor empty(long d0, long d1, long d2, long d3, DType? dtype = null, bool requires_grad = false) => Torch.Empty([d0, d1, d2, d3], dtype, requiresGrad: requires_grad);
    /// <summary>An uninitialized tensor of the given shape (Python's <c>torch.empty(x.shape, ...)</c>).</summary>
    public static Tensor empty(Size size, DType? dtype = null, bool requires_grad = false) => Torch.Empty(size, dtype, requiresGrad: requires_grad);
    /// <summary>The same, with the shape as a list (Python's <c>torch.empty((2, 5), requires_grad=True)</c> → <c>torch.empty([2, 5], requires_grad: true)</c>).</summary>
    public static Tensor empty(long[] size, DType? dtype = null, bool requires_grad = false) => Torch.Empty(size, dtype, requiresGrad: requires_grad);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(*size)</c>).</summary>
    public static Tensor rand(params long[] size) => Torch.Rand(size);
    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor rand(long d0, DType? dtype = null, bool requires_grad = false) => Torch.Rand([d0], dtype, requiresGrad: requires_grad);
    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor rand(long d0, long d1, DType? dtype = null, bool requires_grad = false) => Torch.Rand([d0, d1], dtype, requiresGrad: requires_grad);
    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor rand(long d0, long d1, long d2, DType? dtype = null, bool requires_grad = false) => Torch.Rand([d0, d1, d2], dtype, requiresGrad: requires_grad);
    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor rand(long d0, long d1, long d2, long d3, DType? dtype = null, bool requires_grad = false) => Torch.Rand([d0, d1, d2, d3], dtype, requiresGrad: requires_grad);
    /// <summary>Uniform random numbers in [0, 1) of the given shape (Python's <c>torch.rand(x.shape, ...)</c>).</summary>
    public static Tensor rand(Size size, DType? dtype = null, bool requires_grad = false) => Torch.Rand(size, dtype, requiresGrad: requires_grad);
    /// <summary>The same, with the shape as a list (Python's <c>torch.rand((2, 5), requires_grad=True)</c> → <c>torch.rand([2, 5], requires_grad: true)</c>).</summary>
    public static Tensor rand(long[] size, DType? dtype = null, bool requires_grad = false) => Torch.Rand(size, dtype, requiresGrad: requires_grad);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(*size)</c>).</summary>
    public static Tensor randn(params long[] size) => Torch.Randn(size);
    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor randn(long d0, DType? dtype = null, bool requires_grad = false) => Torch.Randn([d0], dtype, requiresGrad: requires_grad);
    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor randn(long d0, long d1, DType? dtype = null, bool requires_grad = false) => Torch.Randn([d0, d1], dtype, requiresGrad: requires_grad);
    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor randn(long d0, long d1, long d2, DType? dtype = null, bool requires_grad = false) => Torch.Randn([d0, d1, d2], dtype, requiresGrad: requires_grad);
    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., requires_grad=...)</c>).</summary>
    public static Tensor randn(long d0, long d1, long d2, long d3, DType? dtype = null, bool requires_grad = false) => Torch.Randn([d0, d1, d2, d3], dtype, requiresGrad: requires_grad);
    /// <summary>Standard normal random numbers of the given shape (Python's <c>torch.randn(x.shape, ...)</c>).</summary>
    public static Tensor randn(Size size, DType? dtype = null, bool requires_grad = false) => Torch.Randn(size, dtype, requiresGrad: requires_grad);
    /// <summary>The same, with the shape as a list (Python's <c>torch.randn((2, 5), requires_grad=True)</c> → <c>torch.randn([2, 5], requires_grad: true)</c>).</summary>
    public static Tensor randn(long[] size, DType? dtype = null, bool requires_grad = false) => Torch.Randn(size, dtype, requiresGrad: requires_grad);
}
