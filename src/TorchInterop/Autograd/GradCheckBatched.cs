namespace TorchInterop;

// gradcheck's batched checks (_test_batched_grad, _test_batched_grad_forward_ad): two gradients computed one by one
// against the same two computed at once under ATen's legacy vmap, which is what PyTorch vmaps here in 1.13 and 2.x.
internal static class GradCheckBatched
{
    // The warnings PyTorch filters out around the vmapped call (the batching fallback's, vmap's deprecation).
    private static readonly string[] s_ignored = ["There is a performance drop", "Please use functorch.vmap", "Please use `torch.vmap`"];

    internal static void Grad(Tensor[] inputs, Tensor output, int outputIndex)
    {
        var diffInputs = inputs.Where(t => t.RequiresGrad).ToArray();
        Tensor[] Vjp(Tensor v) =>
        [
            .. Autograd.Grad([output], diffInputs, [v], retainGraph: true, allowUnused: true)
                .Select((g, i) => g ?? ZerosExpanded(diffInputs[i])),
        ];
        Tensor[] gradOutputs = [Torch.RandnLike(output), Torch.RandnLike(output)];
        var expected = Stacked(gradOutputs.Select(Vjp).ToArray());
        var result = Vmapped(a => Vjp(a[0]), gradOutputs, GradCheckMessages.FailedBatchedGrad);
        for (int i = 0; i < result.Length; i++)
            if (!result[i]!.Allclose(expected[i]))
                throw new GradcheckError(GradCheckMessages.FailedBatchedGradTest(outputIndex, i, result[i]!, expected[i], forwardAD: false));
    }

    internal static void ForwardGrad(Func<Tensor[], Tensor[]> func, Tensor[] inputs)
    {
        for (int inputIndex = 0; inputIndex < inputs.Length; inputIndex++)
        {
            var current = inputs[inputIndex];
            if (!current.RequiresGrad || !GradCheckHelpers.IsFloatOrComplex(current)) continue;
            int index = inputIndex;
            Tensor[] Jvp(Tensor tangent)
            {
                using var level = Autograd.ForwardAD.DualLevel();
                var withDual = inputs.Select((t, i) => i == index ? Autograd.ForwardAD.MakeDual(current.Detach(), tangent) : t.Detach()).ToArray();
                var tangents = new List<Tensor>();
                foreach (var dualOutput in func(withDual))
                {
                    if (dualOutput is null) continue;
                    var (primal, tangentOut) = Autograd.ForwardAD.UnpackDual(dualOutput);
                    tangents.Add(tangentOut ?? ZerosExpanded(primal));
                }
                return [.. tangents];
            }
            Tensor[] tangentsIn = [Torch.RandnLike(current), Torch.RandnLike(current)];
            var expected = Stacked(tangentsIn.Select(Jvp).ToArray());
            var result = Vmapped(a => Jvp(a[0]), tangentsIn, GradCheckMessages.FailedBatchedGradForwardAD);
            for (int i = 0; i < result.Length; i++)
                if (!result[i]!.Allclose(expected[i]))
                    throw new GradcheckError(GradCheckMessages.FailedBatchedGradTest(i, i, result[i]!, expected[i], forwardAD: true));
        }
    }

    private static Tensor ZerosExpanded(Tensor like) => Torch.Zeros([], like.Dtype).Expand(like.Shape);

    // zip(*per_vector) then torch.stack: one stacked tensor per gradient.
    private static Tensor[] Stacked(Tensor[][] perVector) =>
        [.. Enumerable.Range(0, perVector[0].Length).Select(i => Torch.Stack(perVector.Select(v => v[i]).ToList()))];

    private static Tensor?[] Vmapped(Func<Tensor[], Tensor?[]> func, Tensor[] vectors, string failure)
    {
        var recorder = Warnings.Catch();
        try
        {
            return LegacyVmap.Run(func, [Torch.Stack(vectors)]);
        }
        catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
        {
            throw new GradcheckError($"While computing batched gradients, got: {e.Message}\n\n{failure}");
        }
        finally
        {
            recorder.Dispose();
            foreach (var warning in recorder.Where(w => !s_ignored.Any(w.Message.StartsWith)))
                Warnings.Raise(warning.Message, warning.File, warning.Line, warning.Category);
        }
    }
}
