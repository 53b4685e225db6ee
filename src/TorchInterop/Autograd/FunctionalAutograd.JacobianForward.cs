namespace TorchInterop;

public static partial class FunctionalAutograd
{
    // _jacfwd: the inputs' standard basis as batched tangents of dual inputs, under the legacy vmap; each output's
    // batched tangent is one column block per input, moved behind the output's dimensions. Nothing is detached:
    // PyTorch returns what forward AD gives (under hessian, tensors with a graph).
    private static Tensor[][] ForwardJacobian(Func<Tensor[], Tensor[]> func, Tensor[] inputs, bool strict, bool vectorize)
    {
        if (strict)
            throw new TorchException("torch.autograd.functional.jacobian: `strict=True` and `strategy=\"forward-mode\"` are not supported " +
                                     "together (yet). Please either set `strict=False` or `strategy=\"reverse-mode\"`.");
        // PyTorch's message runs "is" and "only" together.
        if (!vectorize)
            throw new TorchException("Computing Jacobian using forward-AD or forward-over-reverse Hessian isonly implemented for " +
                                     "`vectorize=True`.", TorchErrorKind.NotImplementedError);
        long[] inputNumels = [.. inputs.Select(i => i.NumEl)];
        var tangents = StandardBasis(inputs, inputNumels);
        Tensor[] primalOutputs = [];
        var jvps = LegacyVmap.Run(batched =>
        {
            using var level = Autograd.ForwardAD.DualLevel();
            Tensor[] duals = [.. inputs.Select((input, k) => Autograd.ForwardAD.MakeDual(input, batched[k].ViewAs(input)))];
            var dualOutputs = func(duals);
            var jv = new Tensor?[dualOutputs.Length];
            primalOutputs = new Tensor[dualOutputs.Length];
            for (int i = 0; i < dualOutputs.Length; i++)
            {
                var (primal, tangent) = Autograd.ForwardAD.UnpackDual(dualOutputs[i]);
                primalOutputs[i] = primal;
                jv[i] = tangent ?? Torch.ZerosLike(primal);
            }
            return jv;
        }, tangents);
        var jacobian = new Tensor[jvps.Length][];
        for (int i = 0; i < jvps.Length; i++)
        {
            var jac = jvps[i]!;
            long[] batchLast = [.. Enumerable.Range(1, jac.Dim - 1).Select(d => (long)d), 0];
            var parts = jac.SplitWithSizes(inputNumels, 0);
            jacobian[i] = [.. parts.Select((part, j) => part.Permute(batchLast).Reshape([.. primalOutputs[i].Shape, .. inputs[j].Shape]))];
        }
        return jacobian;
    }
}
