using TorchInterop.NN;

namespace TorchInterop.Fuzz;

internal static partial class Operations
{
    // The engine's extension points: hooks on tensors, nodes and modules that pass, replace, throw or return the wrong
    // count; saved-tensor hooks whose unpack fails or returns garbage; checkpoints of both kinds; the profiler.
    private static void AutogradExtensionCall(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(9);
        f.Description = $"autograd extension #{kind} {Show(x)}";
        using var input = x.Detach().RequiresGrad_(x.Dtype.IsFloatingPoint());
        using var y = input * 2;
        Tensor Backward(Tensor output)
        {
            using var sum = output.Sum();
            sum.Backward();
            return output;
        }
        switch (kind)
        {
            case 0:
                using (y.RegisterHook(g => f.Random.Next(2) == 0 ? g * 2 : Torch.Ones([3]))) Backward(y);
                break;
            case 1 when y.GradFn is { } node:
                using (node.RegisterHook((inputs, _) => f.Random.Next(3) switch
                       {
                           0 => null,
                           1 => [.. inputs, null],
                           _ => throw new InvalidOperationException("the fuzzer's node hook failed"),
                       }))
                    Backward(y);
                break;
            case 2 when y.GradFn is { } node:
                using (node.RegisterPrehook(grads => f.Random.Next(2) == 0 ? grads : [])) Backward(y);
                break;
            case 3:
                using (Autograd.SavedTensorsHooks(t => t.Clone(), p => f.Random.Next(3) == 0 ? Torch.Ones([5]) : (Tensor)p!))
                    f.Keep(Backward(input.Exp()));
                break;
            case 4:
                using (Autograd.SavedTensorsHooks(t => t, _ => throw new InvalidOperationException("the fuzzer's unpack failed")))
                    f.Keep(Backward(input.Sin()));
                break;
            case 5:
                f.Keep(Backward(Checkpoint.Run(t => t.Sin() * t, input, useReentrant: f.Random.Next(2) == 0)));
                break;
            case 6:
            {
                var linear = new Linear(Math.Max(1, x.Dim == 0 ? 1 : x.Shape[^1]), 2);
                using (linear.RegisterFullBackwardHook((_, gradInput, _) => f.Random.Next(2) == 0 ? null : [Torch.Ones([1])]))
                    f.Keep(Backward(linear.Call(f.Arg())));
                break;
            }
            case 7:
                using (var profile = Autograd.Profile(recordShapes: true))
                    f.Keep(Backward(input.Cos()));
                break;
            default:
                using (Autograd.DetectAnomaly()) f.Keep(Backward(input.Sqrt().Log()));
                break;
        }
    }
}
