namespace TorchInterop.Functorch;

/// <summary>
/// Forward-mode transform (functorch's <c>_jvp_with_argnums</c>) over flat argument lists: a Jvp layer, forward
/// grad on, a dual level for the outermost jvp, dual inputs, and the outputs' primals and tangents unpacked.
/// </summary>
internal static class JvpTransform
{
    private const string JvpStr = "jvp(f, primals, tangents)";

    [ThreadStatic] private static int _nesting;

    // argnums: the primals the tangents belong to (all when null); the others enter as constants.
    public static (Tensor[] PrimalsOut, Tensor[] TangentsOut, Tensor? Aux) Jvp(Func<Tensor[], Tensor[]> function, Tensor[] primals,
                                                                           Tensor[] tangents, int[]? argnums, bool strict, bool hasAux)
    {
        foreach (var t in primals.Concat(tangents)) ArgumentNullException.ThrowIfNull(t);
        var differentiable = argnums is null ? primals : argnums.Select(i => primals[i]).ToArray();
        if (differentiable.Length != tangents.Length)
            throw new TorchException($"{JvpStr}: Expected primals and tangents to have the same python structure. For example, if " +
                                     "primals is a tuple of 3 tensors, tangents also must be. Got primals with structure " +
                                     $"{TreeSpecs.Tuple(differentiable.Length)} and tangents with structure {TreeSpecs.Tuple(tangents.Length)}");
        using var level = TransformLevel.Jvp();
        _nesting++;
        bool previousForwardGrad = Autograd.ForwardAD.SetForwardGradEnabled(true);
        var dualLevel = _nesting == 1 ? Autograd.ForwardAD.DualLevel() : null;
        try
        {
            var duals = differentiable.Zip(tangents, (p, t) => Autograd.ForwardAD.MakeDual(p, t)).ToArray();
            Tensor[] inputs = duals;
            if (argnums is not null)
            {
                inputs = primals.Select(level.Wrap).ToArray();
                for (int i = 0; i < argnums.Length; i++) inputs[argnums[i]] = duals[i];
            }
            var outputs = function(inputs);
            Tensor? aux = null;
            if (hasAux)
            {
                if (outputs.Length != 2)
                    throw new TorchException($"{JvpStr}: output of function f should be a tuple: (output, aux) if has_aux is True");
                aux = level.Unwrap(outputs[1]);
                outputs = [outputs[0]];
            }
            GradTransform.CheckNonEmptyTensorOutput(outputs, JvpStr);
            var primalsOut = new Tensor[outputs.Length];
            var tangentsOut = new Tensor[outputs.Length];
            for (int i = 0; i < outputs.Length; i++)
            {
                var (primal, tangent) = Autograd.ForwardAD.UnpackDual(outputs[i]);
                if (tangent is null)
                {
                    if (strict)
                        throw new TorchException("jvp(f, primals, tangents, strict=True): The output of f is independent of the inputs. " +
                                                 "This is not allowed with strict=True.");
                    tangent = Torch.ZerosLike(primal);
                }
                primalsOut[i] = level.Unwrap(primal);
                tangentsOut[i] = level.Unwrap(tangent);
            }
            return (primalsOut, tangentsOut, aux);
        }
        finally
        {
            dualLevel?.Dispose();
            Autograd.ForwardAD.SetForwardGradEnabled(previousForwardGrad);
            _nesting--;
        }
    }
}
