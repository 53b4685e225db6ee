using BenchmarkDotNet.Attributes;

namespace TorchInterop.Benchmarks;

/// <summary>
/// What one call through the managed layer costs, beyond LibTorch's own work: time and managed bytes allocated per
/// call, on 4-element float32 tensors (too small for LibTorch to use more than one thread).
/// </summary>
[MemoryDiagnoser]
public class TensorCallBenchmarks
{
    private Tensor _x = null!;
    private Tensor _y = null!;
    private Tensor _scalar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _x = Torch.Ones([4], requiresGrad: true);
        _y = Torch.Ones([4]);
        _scalar = Torch.Ones([1]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _x.Dispose();
        _y.Dispose();
        _scalar.Dispose();
    }

    /// <summary>An op whose result is disposed at once.</summary>
    [Benchmark(Baseline = true)]
    public void MulScalarDisposed()
    {
        using var result = _x * 2;
    }

    /// <summary>The same op never disposed, as Python-style code does: the finalizer and GC pay later.</summary>
    [Benchmark]
    public Tensor MulScalarUndisposed() => _x * 2;

    /// <summary>A binary op on two tensors, disposed.</summary>
    [Benchmark]
    public void AddTensorsDisposed()
    {
        using var result = _x + _y;
    }

    /// <summary>A P/Invoke that does next to nothing on the native side.</summary>
    [Benchmark]
    public int Dim() => _x.Dim;

    /// <summary>Two P/Invokes and a managed array.</summary>
    [Benchmark]
    public long[] Shape() => _x.Shape;

    /// <summary>Copying 4 elements out to a new array.</summary>
    [Benchmark]
    public float[] ToArray() => _x.ToArray<float>();

    /// <summary>Reading a one-element tensor as a number.</summary>
    [Benchmark]
    public float Item() => _scalar.Item<float>();

    /// <summary>Creating a tensor (the shape array included, as user code writes it), disposed.</summary>
    [Benchmark]
    public void OnesDisposed()
    {
        using var tensor = Torch.Ones([4]);
    }
}
