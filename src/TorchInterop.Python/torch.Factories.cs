#pragma warning disable CS8981 // Python's lowercase names (torch, torch.autograd) are the point of this dialect.
using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

// Factories with Python's calling conventions: sizes as separate arguments, then keywords. Two C# conversions would
// make Python's spellings ambiguous, and the priorities settle them as Python reads them: a literal 0 converts to any
// enum, so `zeros(2, 0)` could be (d0, dtype); the sizes-only form ranks highest, then more sizes. `[]` fits both Size and long[]; long[] ranks higher.
public static partial class torch
{
    /// <summary>A tensor of ones (Python's <c>torch.ones(*size)</c>).</summary>
    [OverloadResolutionPriority(5)]
    public static Tensor ones(params long[] size) => Torch.Ones(size);

    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor ones(long d0, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones([d0], dtype, device, requires_grad);

    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(2)]
    public static Tensor ones(long d0, long d1, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones([d0, d1], dtype, device, requires_grad);

    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(3)]
    public static Tensor ones(long d0, long d1, long d2, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones([d0, d1, d2], dtype, device, requires_grad);

    /// <summary>A tensor of ones (Python's <c>torch.ones(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(4)]
    public static Tensor ones(long d0, long d1, long d2, long d3, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones([d0, d1, d2, d3], dtype, device, requires_grad);

    /// <summary>A tensor of ones of a <see cref="Size"/> (Python's <c>torch.ones(x.shape)</c>).</summary>
    public static Tensor ones(Size size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones(size, dtype, device, requires_grad);
    /// <summary>A tensor of ones of a shape (Python's <c>torch.ones((2, 3))</c>, <c>torch.ones([])</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor ones(long[] size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Ones(size, dtype, device, requires_grad);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(*size)</c>).</summary>
    [OverloadResolutionPriority(5)]
    public static Tensor zeros(params long[] size) => Torch.Zeros(size);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor zeros(long d0, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros([d0], dtype, device, requires_grad);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(2)]
    public static Tensor zeros(long d0, long d1, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros([d0, d1], dtype, device, requires_grad);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(3)]
    public static Tensor zeros(long d0, long d1, long d2, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros([d0, d1, d2], dtype, device, requires_grad);

    /// <summary>A tensor of zeros (Python's <c>torch.zeros(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(4)]
    public static Tensor zeros(long d0, long d1, long d2, long d3, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros([d0, d1, d2, d3], dtype, device, requires_grad);

    /// <summary>A tensor of zeros of a <see cref="Size"/> (Python's <c>torch.zeros(x.shape)</c>).</summary>
    public static Tensor zeros(Size size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros(size, dtype, device, requires_grad);
    /// <summary>A tensor of zeros of a shape (Python's <c>torch.zeros((2, 3))</c>, <c>torch.zeros([])</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor zeros(long[] size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Zeros(size, dtype, device, requires_grad);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(*size)</c>).</summary>
    [OverloadResolutionPriority(5)]
    public static Tensor empty(params long[] size) => Torch.Empty(size);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor empty(long d0, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty([d0], dtype, device, requires_grad);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(2)]
    public static Tensor empty(long d0, long d1, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty([d0, d1], dtype, device, requires_grad);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(3)]
    public static Tensor empty(long d0, long d1, long d2, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty([d0, d1, d2], dtype, device, requires_grad);

    /// <summary>An uninitialized tensor (Python's <c>torch.empty(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(4)]
    public static Tensor empty(long d0, long d1, long d2, long d3, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty([d0, d1, d2, d3], dtype, device, requires_grad);

    /// <summary>An uninitialized tensor of a <see cref="Size"/> (Python's <c>torch.empty(x.shape)</c>).</summary>
    public static Tensor empty(Size size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty(size, dtype, device, requires_grad);
    /// <summary>An uninitialized tensor of a shape (Python's <c>torch.empty((2, 3))</c>, <c>torch.empty([])</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor empty(long[] size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Empty(size, dtype, device, requires_grad);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(*size)</c>).</summary>
    [OverloadResolutionPriority(5)]
    public static Tensor rand(params long[] size) => Torch.Rand(size);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor rand(long d0, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand([d0], dtype, device, requires_grad);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(2)]
    public static Tensor rand(long d0, long d1, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand([d0, d1], dtype, device, requires_grad);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(3)]
    public static Tensor rand(long d0, long d1, long d2, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand([d0, d1, d2], dtype, device, requires_grad);

    /// <summary>Uniform random numbers in [0, 1) (Python's <c>torch.rand(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(4)]
    public static Tensor rand(long d0, long d1, long d2, long d3, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand([d0, d1, d2, d3], dtype, device, requires_grad);

    /// <summary>Uniform random numbers in [0, 1) of a <see cref="Size"/> (Python's <c>torch.rand(x.shape)</c>).</summary>
    public static Tensor rand(Size size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand(size, dtype, device, requires_grad);
    /// <summary>Uniform random numbers in [0, 1) of a shape (Python's <c>torch.rand((2, 3))</c>, <c>torch.rand([])</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor rand(long[] size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Rand(size, dtype, device, requires_grad);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(*size)</c>).</summary>
    [OverloadResolutionPriority(5)]
    public static Tensor randn(params long[] size) => Torch.Randn(size);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor randn(long d0, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn([d0], dtype, device, requires_grad);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(2)]
    public static Tensor randn(long d0, long d1, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn([d0, d1], dtype, device, requires_grad);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(3)]
    public static Tensor randn(long d0, long d1, long d2, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn([d0, d1, d2], dtype, device, requires_grad);

    /// <summary>Standard normal random numbers (Python's <c>torch.randn(..., dtype=..., device=..., requires_grad=...)</c>).</summary>
    [OverloadResolutionPriority(4)]
    public static Tensor randn(long d0, long d1, long d2, long d3, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn([d0, d1, d2, d3], dtype, device, requires_grad);

    /// <summary>Standard normal random numbers of a <see cref="Size"/> (Python's <c>torch.randn(x.shape)</c>).</summary>
    public static Tensor randn(Size size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn(size, dtype, device, requires_grad);
    /// <summary>Standard normal random numbers of a shape (Python's <c>torch.randn((2, 3))</c>, <c>torch.randn([])</c>).</summary>
    [OverloadResolutionPriority(1)]
    public static Tensor randn(long[] size, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Torch.Randn(size, dtype, device, requires_grad);
}
