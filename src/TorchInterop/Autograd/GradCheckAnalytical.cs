namespace TorchInterop;

// The analytical side of gradcheck.py: Jacobians from vector-Jacobian products (backward mode, row by row or along
// a random v) and from Jacobian-vector products with dual tensors (forward mode, column by column or along u).
internal static class GradCheckAnalytical
{
    // _check_analytical_jacobian_attributes: computed twice to catch a non-reentrant backward; checks sizes and dtypes.
    internal static Tensor[] BackwardJacobians(Tensor[] inputs, Tensor output, double nondetTol, bool checkGradDtypes,
                                               Tensor? v = null)
    {
        var diffInputs = inputs.Where(i => i.RequiresGrad).ToArray();
        Tensor?[] Vjp(Tensor gradOutput) => Autograd.Grad([output], diffInputs, [gradOutput], retainGraph: true, allowUnused: true);
        var first = v is null ? JacobianRows(Vjp, output.Clone()) : SingleRow(Vjp, output.Clone(), v);
        var second = v is null ? JacobianRows(Vjp, output.Clone()) : SingleRow(Vjp, output.Clone(), v);
        long outputNumel = v is null ? output.NumEl : 1;
        // gradcheck.py unpacks (jacobians, sizes_ok, types_ok) as (jacobians, types_ok, sizes_ok): the two checks
        // below test each other's flag, and so do we.
        var (jacobians, typesOk, sizesOk) = Stack(first, inputs, outputNumel);
        var (again, _, _) = Stack(second, inputs, outputNumel);
        bool reentrant = JacobiansEqual(jacobians, again, nondetTol);
        if (!typesOk && checkGradDtypes) throw new GradcheckError("Gradient has dtype mismatch");
        if (!sizesOk) throw new GradcheckError("Analytical gradient has incorrect size");
        if (!reentrant) throw new GradcheckError(GradCheckMessages.NotReentrant(nondetTol));
        return jacobians;
    }

    // _compute_analytical_jacobian_rows: backward with each one-hot grad_output gives one row per input.
    private static List<Tensor?>[] JacobianRows(Func<Tensor, Tensor?[]> vjp, Tensor sampleOutput)
    {
        var gradOutput = Torch.ZerosLike(sampleOutput, memoryFormat: MemoryFormat.Contiguous);
        var flat = gradOutput.View(-1);
        List<Tensor?>[]? rows = null;
        for (long j = 0; j < flat.NumEl; j++)
        {
            flat.Zero_();
            flat[j].Fill_(1.0);
            var grads = vjp(gradOutput);
            rows ??= [.. grads.Select(_ => new List<Tensor?>())];
            for (int i = 0; i < grads.Length; i++) rows[i].Add(grads[i]?.Clone());
        }
        return rows ?? [];
    }

    // _get_analytical_vjps_wrt_specific_output (fast mode): one backward with v as grad_output.
    private static List<Tensor?>[] SingleRow(Func<Tensor, Tensor?[]> vjp, Tensor sampleOutput, Tensor v) =>
        [.. vjp(v.Reshape(sampleOutput.Shape)).Select(g => new List<Tensor?> { g?.Clone() })];

    // _stack_and_check_tensors: the rows of each input's Jacobian as columns of an (input numel x rows) matrix.
    private static (Tensor[] Jacobians, bool SizesOk, bool TypesOk) Stack(List<Tensor?>[] rows, Tensor[] inputs, long outputNumel)
    {
        var diffInputs = inputs.Where(i => i.RequiresGrad).ToArray();
        var jacobians = diffInputs.Where(GradCheckHelpers.IsFloatOrComplex)
                                  .Select(i => i.NewZeros([i.NumEl, outputNumel], layout: Layout.Strided)).ToArray();
        bool sizesOk = true, typesOk = true;
        for (int i = 0; i < rows.Length; i++)
        {
            var input = diffInputs[i];
            for (int j = 0; j < rows[i].Count; j++)
            {
                var column = jacobians[i].Select(1, j);
                if (rows[i][j] is not { } row)
                {
                    column.Zero_();
                    continue;
                }
                if (!row.Shape.SequenceEqual(input.Shape)) sizesOk = false;
                else if (row.Dtype != input.Dtype) typesOk = false;
                var dense = row.Layout == Layout.Strided ? row : row.ToDense();
                if (column.NumEl != dense.NumEl)
                    throw new TorchException(LibTorch.IsAtLeast(2)
                        ? $"Expected out_jacobian column to have {dense.NumEl} elements, but got {column.NumEl}" : "",
                        TorchErrorKind.AssertionError);
                column.Copy_(dense.Reshape(-1));
            }
        }
        return (jacobians, sizesOk, typesOk);
    }

    // _check_jacobians_equal
    private static bool JacobiansEqual(Tensor[] first, Tensor[] second, double atol)
    {
        for (int i = 0; i < Math.Min(first.Length, second.Length); i++)
            if (first[i].NumEl != 0 && (first[i] - second[i]).Abs().Max().Item().ToDouble() > atol) return false;
        return true;
    }

    // _get_analytical_vJu_backward_mode: per output, vᵀJ dotted with each input's u.
    internal static List<Tensor[]> BackwardVJu(Tensor[] inputs, Tensor[] outputs, double nondetTol, bool checkGradDtypes,
                                               Tensor[] allV, GradCheckVector[] allU)
    {
        var reduced = new List<Tensor[]>();
        for (int o = 0; o < Math.Min(outputs.Length, allV.Length); o++)
        {
            var vJ = BackwardJacobians(inputs, outputs[o], nondetTol, checkGradDtypes, allV[o]);
            var scalars = new Tensor[Math.Min(vJ.Length, allU.Length)];
            for (int i = 0; i < scalars.Length; i++)
            {
                var row = vJ[i].T.Squeeze(0);
                if (row.IsComplex())
                {
                    var parts = Torch.ViewAsReal(row.ResolveConj());
                    var (real, imag) = (parts.Select(-1, 0), parts.Select(-1, 1));
                    scalars[i] = real.Dot(allU[i].Real) + GradCheckHelpers.TimesI(imag.Dot(allU[i].Imag!));
                }
                else
                {
                    scalars[i] = row.Dot(allU[i].Real);
                }
            }
            reduced.Add(scalars);
        }
        return reduced;
    }

    // _get_analytical_jacobian_forward_ad: [input][output] Jacobians from tangents, column by column or along u.
    internal static Tensor[][] ForwardJacobians(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[] outputs,
                                                bool checkGradDtypes, GradCheckVector[]? allU = null)
    {
        var diffInputs = inputs.Where(i => i.RequiresGrad).ToArray();
        if (diffInputs.Any(i => i.IsComplex()))
            throw new TorchException("Expected inputs to be non-complex for _get_analytical_jacobian_forward_ad.", TorchErrorKind.ValueError);
        var floatOutputs = outputs.Where(GradCheckHelpers.IsFloatOrComplex).ToArray();
        var jacobians = diffInputs.Select(i => floatOutputs.Select(o => o.NewZeros([allU is null ? i.NumEl : 1, o.NumEl],
                                                                                   layout: Layout.Strided)).ToArray()).ToArray();
        using var level = Autograd.ForwardAD.DualLevel();
        var tangents = new List<Tensor>();
        var dualInputs = new Tensor[inputs.Length];
        for (int k = 0; k < inputs.Length; k++)
        {
            dualInputs[k] = inputs[k];
            if (!inputs[k].RequiresGrad) continue;
            dualInputs[k] = Autograd.ForwardAD.MakeDual(inputs[k].Detach(), Torch.ZerosLike(inputs[k]));
            // a differentiable view's tangent may not be the one given to make_dual: read it back
            tangents.Add(Autograd.ForwardAD.UnpackDual(dualInputs[k]).Tangent!);
        }
        for (int i = 0; i < tangents.Count; i++)
        {
            var tangent = tangents[i];
            if (allU is not null)
            {
                tangent.Copy_(allU[i].Real.ViewAs(tangent));
                StoreTangents(func, dualInputs, jacobians[i], checkGradDtypes, (jacobian, value) =>
                {
                    jacobian.Squeeze_(0);
                    if (value is null) jacobian.Zero_();
                    else jacobian.Copy_(value.Reshape(-1));
                });
                tangent.Zero_();
                continue;
            }
            long column = 0;
            foreach (var index in GradCheckHelpers.Indices(tangent.Shape))
            {
                var element = GradCheckHelpers.Element(tangent, index);
                element.Fill_(1.0);
                long row = column;
                StoreTangents(func, dualInputs, jacobians[i], checkGradDtypes, (jacobian, value) =>
                {
                    if (value is null) jacobian[row].Zero_();
                    else jacobian[row].Copy_(value.Reshape(-1));
                });
                element.Fill_(0.0);
                column++;
            }
        }
        return jacobians;
    }

    private static void StoreTangents(Func<Tensor[], Tensor[]> func, Tensor[] dualInputs, Tensor[] jacobians, bool checkGradDtypes,
                                      Action<Tensor, Tensor?> store)
    {
        var dualOutputs = func(dualInputs).Where(GradCheckHelpers.IsFloatOrComplex).ToArray();
        for (int o = 0; o < Math.Min(dualOutputs.Length, jacobians.Length); o++)
        {
            var (primal, tangent) = Autograd.ForwardAD.UnpackDual(dualOutputs[o]);
            if (checkGradDtypes && tangent is not null && primal.IsComplex() != tangent.IsComplex())
                throw new GradcheckError("Forward AD gradient has dtype mismatch.");
            store(jacobians[o], tangent);
        }
    }
}
