namespace TorchInterop;

// The checks gradcheck.py runs after comparing Jacobians: backward scales by grad_output, undefined output gradients
// count as zeros (backward and forward mode), and batched gradients under vmap match unbatched ones.
internal static class GradCheckBackwardChecks
{
    // _test_backward_mul_by_grad_output: zero grad_outputs give zero gradients of the inputs' dtype, device and size.
    internal static void BackwardMultipliedByGradOutput(Tensor[] outputs, Tensor[] inputs)
    {
        var diffInputs = inputs.Where(i => i.RequiresGrad).ToArray();
        if (diffInputs.Length == 0) throw new GradcheckError("no Tensors requiring grad found in input");
        var zeros = outputs.Select(o => (Tensor?)Torch.ZerosLike(o, memoryFormat: MemoryFormat.Contiguous)).ToArray();
        var grads = Autograd.Grad(outputs, diffInputs, zeros, allowUnused: true);
        for (int i = 0; i < grads.Length; i++)
        {
            if (grads[i] is not { } gi) continue;
            var di = diffInputs[i];
            if (gi.Layout != Layout.Strided)
                throw new GradcheckError($"grad is incorrect layout ({LayoutName(gi.Layout)} is not {LayoutName(di.Layout)})");
            if (!gi.Eq(0).All().Item().ToBoolean()) throw new GradcheckError("backward not multiplied by grad_output");
            if (LibTorch.IsAtLeast(2))
            {
                if (gi.Dtype != di.Dtype) throw new GradcheckError("grad is incorrect type");
                if (gi.Device != di.Device) throw new GradcheckError("grad is incorrect device");
            }
            else if (gi.Dtype != di.Dtype || gi.Device != di.Device)
            {
                throw new GradcheckError("grad is incorrect type");
            }
            if (!gi.Shape.SequenceEqual(di.Shape)) throw new GradcheckError("grad is incorrect size");
        }
    }

    private static string LayoutName(Layout layout) => layout switch
    {
        Layout.Strided => "torch.strided",
        Layout.SparseCoo => "torch.sparse_coo",
        _ => $"torch.{layout}",
    };

    // _test_undefined_backward_mode: backward must accept undefined output gradients (all of them, then one at a time).
    internal static void UndefinedBackward(Func<Tensor[], Tensor[]> func, Tensor[] outputs, Tensor[] inputs)
    {
        var diffInputs = inputs.Where(i => i.RequiresGrad).ToArray();
        if (diffInputs.Length == 0) throw new GradcheckError("no Tensors requiring grad found in input");
        Tensor[] allUndefined = [.. GradCheckHelpers.Differentiable(func(inputs)).Select(UndefinedGrad)];
        var toCheck = new List<Tensor[]> { allUndefined };
        if (toCheck[0].Length > 1)
            for (int undefined = 0; undefined < outputs.Length; undefined++)
            {
                var fresh = GradCheckHelpers.Differentiable(func(inputs));
                toCheck.Add([.. fresh.Select((o, idx) => idx == undefined ? UndefinedGrad(o) : o)]);
            }
        foreach (var checkedOutputs in toCheck) CheckUndefinedGradSupport(checkedOutputs, diffInputs);
    }

    private static void CheckUndefinedGradSupport(Tensor[] outputs, Tensor[] diffInputs)
    {
        var zeros = outputs.Select(o => (Tensor?)Torch.ZerosLike(o, memoryFormat: MemoryFormat.Contiguous)).ToArray();
        Tensor?[] grads;
        try
        {
            grads = Autograd.Grad(outputs, diffInputs, zeros, allowUnused: true);
        }
        catch (TorchException e) when (e.Kind is TorchErrorKind.RuntimeError or TorchErrorKind.NotImplementedError)
        {
            Warnings.Raise(GradCheckMessages.BackwardsCompatibility);
            throw new GradcheckError("Expected backward function to handle undefined output grads. " + GradCheckMessages.UndefinedGradNotes);
        }
        foreach (var gi in grads)
            if (gi is not null && !gi.Eq(0).All().Item().ToBoolean())
            {
                Warnings.Raise(GradCheckMessages.BackwardsCompatibility);
                throw new GradcheckError("Expected all input grads to be undefined or zero when all output grads are undefined or zero. " +
                                         GradCheckMessages.UndefinedGradNotes);
            }
    }

    // torch._C._functions.UndefinedGrad()(o): a copy of o whose backward passes an undefined gradient on.
    private static Tensor UndefinedGrad(Tensor output) =>
        (Tensor)CustomFunction.Apply("UndefinedGrad", [output], (_, args) => ((Tensor)args[0]!).Clone(), (_, _) => null);

    // _test_undefined_forward_mode: a zero tangent and no tangent at all must give the same output tangents.
    internal static void UndefinedForward(Func<Tensor[], Tensor[]> func, Tensor[] inputs)
    {
        var differentiable = Enumerable.Range(0, inputs.Length).Where(i => inputs[i].RequiresGrad).ToArray();
        var (_, allU) = GradCheckVectors.Make(differentiable.Select(i => inputs[i]).ToArray(), [], forwardAD: true);
        using var level = Autograd.ForwardAD.DualLevel();
        var dualInputs = (Tensor[])inputs.Clone();
        for (int k = 0; k < differentiable.Length; k++)
        {
            int i = differentiable[k];
            dualInputs[i] = Autograd.ForwardAD.MakeDual(inputs[i].Detach(), Torch.ZerosLike(inputs[i]));
            Autograd.ForwardAD.UnpackDual(dualInputs[i]).Tangent!.Copy_(allU[k].Real.ViewAs(inputs[i]));
        }
        foreach (int i in differentiable)
        {
            var saved = dualInputs[i];
            dualInputs[i] = Autograd.ForwardAD.MakeDual(inputs[i].Detach(), Torch.ZerosLike(inputs[i]));
            var zeroTangent = func(dualInputs).Where(GradCheckHelpers.IsFloatOrComplex).ToArray();
            dualInputs[i] = inputs[i].Detach();
            var noTangent = func(dualInputs).Where(GradCheckHelpers.IsFloatOrComplex).ToArray();
            dualInputs[i] = saved;
            for (int o = 0; o < Math.Min(zeroTangent.Length, noTangent.Length); o++)
            {
                var first = Autograd.ForwardAD.UnpackDual(zeroTangent[o]).Tangent;
                var second = Autograd.ForwardAD.UnpackDual(noTangent[o]).Tangent;
                if (first is null || second is null || first.Allclose(second)) continue;
                // Python's GradcheckError(*args) shows the tuple of its arguments
                throw new GradcheckError($"('Mismatch in tangent values for output with index: ', {o}, ' when input: ', {inputs[i]}, " +
                                         $"' has an undefined tangent value. ', ' Got: ', {first}, ' but expected: ', {second})");
            }
        }
    }
}
