using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TorchInterop.Fuzz;

/// <summary>
/// Runs random API calls against a pool of live tensors (and some disposed ones, some from disposed scopes, and
/// nulls), counting what they throw. Deterministic for a seed: System.Random and LibTorch's generator are seeded.
/// </summary>
internal sealed class Fuzzer(int seed, TextWriter? log)
{
    private const int PoolSize = 24;
    private const int MaxReported = 20;

    private readonly List<Tensor> _pool = [];
    private readonly List<Tensor> _dead = [];

    public Random Random { get; } = new(seed);

    /// <summary>Why the current call is expected to fail, described as it is made (for the log and for reports).</summary>
    public string Description { get; set; } = "";

    public FuzzSummary Run(int calls)
    {
        var summary = new FuzzSummary { Seed = seed };
        var clock = Stopwatch.StartNew();
        Torch.ManualSeed(seed);
        Settle();
        long tensorsBefore = Tensor.LiveHandleCount, nodesBefore = GradFn.LiveHandleCount, functionsBefore = CustomFunction.LiveNodes;
        RunCalls(calls, summary);
        Settle();
        summary.LeakedTensors = Tensor.LiveHandleCount - tensorsBefore;
        summary.LeakedNodes = GradFn.LiveHandleCount - nodesBefore + CustomFunction.LiveNodes - functionsBefore;
        summary.Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        return summary;
    }

    // In a method of its own, so that nothing it created is still referenced from this frame when the leak check runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RunCalls(int calls, FuzzSummary summary)
    {
        var warnings = Warnings.Catch(); // warnings are expected; they are kept from the console and dropped
        for (int call = 0; call < calls; call++)
        {
            if (call % 1000 == 999)
            {
                warnings.Dispose();
                warnings = Warnings.Catch();
            }
            var operation = Operations.Pick(Random);
            Description = operation.Name;
            try
            {
                operation.Run(this);
                if (log is not null) log.WriteLine($"{call}: {Description}: ok");
            }
            catch (Exception e)
            {
                string type = e.GetType().Name;
                summary.ExceptionsByType[type] = summary.ExceptionsByType.GetValueOrDefault(type) + 1;
                if (log is not null) log.WriteLine($"{call}: {Description}: {type}: {FirstLine(e.Message)}");
                if (!IsAllowed(e) && summary.Unexpected.Count < MaxReported)
                    summary.Unexpected.Add($"call {call} ({Description}): {type}: {FirstLine(e.Message)}");
            }
            summary.Calls++;
        }
        warnings.Dispose();
        Torch.SetPrintOptions(profile: "default");
        foreach (var tensor in _pool) tensor.Dispose();
        _pool.Clear();
        _dead.Clear();
    }

    /// <summary>The exceptions the API promises: PyTorch's errors, bad arguments, disposed objects, invalid states; each with a message.</summary>
    private static bool IsAllowed(Exception e) =>
        e is TorchException or ArgumentException or ObjectDisposedException or InvalidOperationException &&
        e.Message.Trim().Length > 10 && !e.Message.StartsWith("Exception of type", StringComparison.Ordinal);

    /// <summary>
    /// A tensor to call a method on: usually a live one, sometimes a disposed one. (Never null: a null receiver is
    /// C#'s NullReferenceException at the call site, before the library is reached.)
    /// </summary>
    public Tensor Any()
    {
        int roll = Random.Next(100);
        if (roll < 5 && _dead.Count > 0) return _dead[Random.Next(_dead.Count)];
        if (_pool.Count == 0) Keep(Torch.Randn([2, 3]));
        return _pool[Random.Next(_pool.Count)];
    }

    /// <summary>A tensor to pass as an argument: like <see cref="Any"/>, and sometimes null.</summary>
    public Tensor Arg() => Random.Next(100) < 4 ? null! : Any();

    private const long MaxElements = 1 << 20;

    /// <summary>Adds a result to the pool, disposing the oldest tensor when it is full.</summary>
    public void Keep(Tensor? tensor)
    {
        if (tensor is null) return;
        // Results can grow without bound (expand, repeat, broadcasting chains: views of billions of elements cost
        // nothing until a reduction walks them). The fuzzer tests the API's safety, not LibTorch's kernels' speed:
        // such tensors are disposed at once, and then used after disposal like any retired one.
        if (tensor.NumEl > MaxElements)
        {
            tensor.Dispose();
            Bury(tensor);
            return;
        }
        _pool.Add(tensor);
        if (_pool.Count > PoolSize) Retire(0);
    }

    /// <summary>Disposes a pool tensor but keeps the object, to be used after disposal.</summary>
    public void Retire(int index)
    {
        var tensor = _pool[index];
        _pool.RemoveAt(index);
        tensor.Dispose();
        Bury(tensor);
    }

    /// <summary>Remembers a tensor that is already dead (disposed by its scope).</summary>
    public void Bury(Tensor tensor)
    {
        _dead.Add(tensor);
        if (_dead.Count > 8) _dead.RemoveAt(0);
    }

    public int PoolCount => _pool.Count;

    public long[] Shape()
    {
        int roll = Random.Next(100);
        if (roll < 3) return [Random.Next(-3, 0), 2];
        if (roll < 5) return [1L << Random.Next(30, 45), 1L << Random.Next(10, 25)];
        int rank = Random.Next(5);
        var shape = new long[rank];
        for (int i = 0; i < rank; i++) shape[i] = Random.Next(100) < 8 ? 0 : Random.Next(1, 5);
        return shape;
    }

    public DType DType() => Pick(DTypes);

    public long Dim(Tensor? t)
    {
        int rank = t is null || t.IsDisposed ? 2 : (int)t.Dim;
        return Random.Next(-rank - 2, rank + 2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public double Number() => Random.Next(6) switch
    {
        0 => 0,
        1 => -1,
        2 => double.NaN,
        3 => 1e30,
        _ => Math.Round(Random.NextDouble() * 4 - 2, 2),
    };

    private static readonly DType[] DTypes =
    [
        TorchInterop.DType.Float32, TorchInterop.DType.Float32, TorchInterop.DType.Float64, TorchInterop.DType.Int64, TorchInterop.DType.Int32,
        TorchInterop.DType.Bool, TorchInterop.DType.Float16, TorchInterop.DType.BFloat16, TorchInterop.DType.UInt8, TorchInterop.DType.Int8,
        TorchInterop.DType.Complex64,
    ];

    private static void Settle()
    {
        // Several rounds: freeing a graph can release packed saved-tensor values that hold wrappers of their own.
        for (int i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Torch.Zeros([1]).Dispose(); // frees the handles the finalizers queued
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
