namespace TorchInterop;

// _gradcheck_real_imag, _slow_gradcheck and _fast_gradcheck. Complex outputs are checked as two real functions (their
// imaginary parts, then their real parts); for forward AD, complex inputs are split the same way.
internal static class GradCheckModes
{
    private sealed record Check(double Eps, double Rtol, double Atol, bool CheckGradDtypes, double NondetTol, bool FastMode);

    internal static void RealImag(Func<Tensor[], Tensor[]> func, Tensor[] funcOut, Tensor[] inputs, Tensor[] outputs,
                                  GradCheckOptions options)
    {
        var check = new Check(options.Eps, options.Rtol, options.Atol, options.CheckGradDtypes, options.NondetTol, options.FastMode);
        var complexOutputs = Enumerable.Range(0, outputs.Length).Where(i => outputs[i].IsComplex()).ToArray();
        if (options.CheckBackwardAD)
        {
            if (funcOut.Any(o => o.IsComplex()))
            {
                Func<Tensor[], Tensor[]> imagFn = a => [.. func(a).Select(o => o.IsComplex() ? Torch.Imag(o) : o)];
                Func<Tensor[], Tensor[]> realFn = a => [.. func(a).Select(o => o.IsComplex() ? Torch.Real(o) : o)];
                var imagOut = imagFn(inputs);
                Run(check, imagFn, imagOut, inputs, GradCheckHelpers.Differentiable(imagOut), false, complexOutputs, testImag: true);
                var realOut = realFn(inputs);
                Run(check, realFn, realOut, inputs, GradCheckHelpers.Differentiable(realOut), false, complexOutputs, testImag: false);
            }
            else
            {
                Run(check, func, funcOut, inputs, outputs, false, null, false);
            }
        }
        if (!options.CheckForwardAD) return;
        var complexInputs = Enumerable.Range(0, inputs.Length).Where(i => inputs[i].IsComplex()).ToArray();
        if (complexInputs.Length == 0)
        {
            Run(check, func, funcOut, inputs, outputs, true, null, false);
            if (options.CheckUndefinedGrad) GradCheckBackwardChecks.UndefinedForward(func, inputs);
            return;
        }
        // _real_and_imag_input: the checked part varies, the other stays the original's
        Func<Tensor[], Tensor[]> WithComplexInputs(Func<Tensor, Tensor, Tensor> combine) => a =>
        {
            var rebuilt = (Tensor[])a.Clone();
            foreach (var i in complexInputs) rebuilt[i] = combine(rebuilt[i], inputs[i]);
            return func(rebuilt);
        };
        var imagInputFn = WithComplexInputs((part, original) => Torch.Complex(Torch.Real(original), part));
        var realInputFn = WithComplexInputs((part, original) => Torch.Complex(part, Torch.Imag(original)));
        var imagInputs = inputs.Select(i => i.IsComplex() ? Torch.Imag(i) : i).ToArray();
        var imagFuncOut = imagInputFn(imagInputs);
        Run(check, imagInputFn, imagFuncOut, imagInputs, GradCheckHelpers.Differentiable(imagFuncOut), true, complexInputs, testImag: true);
        var realInputs = inputs.Select(i => i.IsComplex() ? Torch.Real(i) : i).ToArray();
        var realFuncOut = realInputFn(realInputs);
        Run(check, realInputFn, realFuncOut, realInputs, GradCheckHelpers.Differentiable(realFuncOut), true, complexInputs, testImag: false);
        if (options.CheckUndefinedGrad)
        {
            GradCheckBackwardChecks.UndefinedForward(imagInputFn, imagInputs);
            GradCheckBackwardChecks.UndefinedForward(realInputFn, realInputs);
        }
    }

    private static void Run(Check check, Func<Tensor[], Tensor[]> func, Tensor[] funcOut, Tensor[] inputs, Tensor[] outputs,
                            bool forwardAD, int[]? complexIndices, bool testImag)
    {
        if (check.FastMode) Fast(check, func, funcOut, inputs, outputs, forwardAD, complexIndices, testImag);
        else Slow(check, func, funcOut, inputs, outputs, forwardAD, complexIndices, testImag);
    }

    private static void Slow(Check check, Func<Tensor[], Tensor[]> func, Tensor[] funcOut, Tensor[] inputs, Tensor[] outputs,
                             bool forwardAD, int[]? complexIndices, bool testImag)
    {
        if (outputs.Length == 0)
        {
            NoDifferentiableOutputs(func, inputs, funcOut, check.Eps, forwardAD);
            return;
        }
        var byInput = GradCheckNumerical.Jacobian(func, inputs, funcOut, check.Eps, forwardAD);
        // _transpose, then only the outputs that require grad (zipped with all outputs, as gradcheck.py does)
        int floatOutputs = byInput.Count == 0 ? 0 : byInput[0].Length;
        var numerical = Enumerable.Range(0, Math.Min(funcOut.Length, floatOutputs)).Where(o => funcOut[o].RequiresGrad)
                                  .Select(o => byInput.Select(perInput => perInput[o]).ToArray()).ToArray();
        if (forwardAD)
        {
            var analytical = GradCheckAnalytical.ForwardJacobians(func, inputs, funcOut, check.CheckGradDtypes);
            for (int i = 0; i < numerical.Length; i++)
                for (int j = 0; j < numerical[i].Length; j++)
                {
                    var a = analytical[j][i];
                    if (!GradCheckHelpers.AllClose(a, numerical[i][j], check.Rtol, check.Atol))
                        throw new GradcheckError(GradCheckMessages.NotAllClose(a, numerical[i][j], i, j, complexIndices, testImag, true));
                }
            return;
        }
        for (int i = 0; i < outputs.Length; i++)
        {
            var analytical = GradCheckAnalytical.BackwardJacobians(inputs, outputs[i], check.NondetTol, check.CheckGradDtypes);
            for (int j = 0; j < Math.Min(analytical.Length, numerical[i].Length); j++)
                if (!GradCheckHelpers.AllClose(analytical[j], numerical[i][j], check.Rtol, check.Atol))
                    throw new GradcheckError(GradCheckMessages.NotAllClose(analytical[j], numerical[i][j], i, j, complexIndices, testImag, false));
        }
    }

    // _check_no_differentiable_outputs: then the numerical gradient must be zero.
    private static void NoDifferentiableOutputs(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[] funcOut, double eps, bool forwardAD)
    {
        foreach (var perInput in GradCheckNumerical.Jacobian(func, inputs, funcOut, eps, LibTorch.IsAtLeast(2) && forwardAD))
            foreach (var jacobian in perInput)
                if (Torch.Ne(jacobian, 0).Sum().Item().ToInt64() > 0)
                    throw new GradcheckError("Numerical gradient for function expected to be zero");
    }

    // _fast_gradcheck: numerical Ju against analytical vᵀJ·u (backward) or Ju (forward), for random unit u and v.
    private static void Fast(Check check, Func<Tensor[], Tensor[]> func, Tensor[] funcOut, Tensor[] inputs, Tensor[] outputs,
                             bool forwardAD, int[]? complexIndices, bool testImag)
    {
        var inputIndices = Enumerable.Range(0, inputs.Length).Where(i => inputs[i].RequiresGrad).ToArray();
        var (allV, allU) = GradCheckVectors.Make(inputIndices.Select(i => inputs[i]).ToArray(), outputs, forwardAD);
        var numerical = new List<Tensor[]>();
        for (int k = 0; k < inputIndices.Length; k++)
        {
            var ju = GradCheckNumerical.Jvp(func, inputIndices[k], inputs, allU[k], check.Eps, forwardAD);
            var floatJu = Enumerable.Range(0, Math.Min(ju.Length, funcOut.Length)).Where(o => GradCheckHelpers.IsFloatOrComplex(funcOut[o]))
                                    .Select(o => ju[o]).ToArray();
            numerical.Add(allV is null ? floatJu
                : [.. allV.Zip(floatJu, (v, j) => (v * j).Sum())]);
        }
        List<Tensor[]> analytical;
        if (forwardAD)
        {
            analytical = [.. GradCheckAnalytical.ForwardJacobians(func, inputs, funcOut, check.CheckGradDtypes, allU)];
        }
        else
        {
            if (outputs.Length == 0) NoDifferentiableOutputsFast(func, inputs, inputIndices, allU, check.Eps, check.NondetTol);
            analytical = GradCheckAnalytical.BackwardVJu(inputs, outputs, check.NondetTol, check.CheckGradDtypes, allV!, allU);
        }
        for (int i = 0; i < numerical.Count; i++)
            for (int j = 0; j < numerical[i].Length; j++)
            {
                var a = forwardAD ? analytical[i][j] : analytical[j][i];
                var n = numerical[i][j];
                double atol = GradCheckVectors.AdjustedAtol(check.Atol, allU[i], allV?[j]);
                if (GradCheckHelpers.AllClose(a, n, check.Rtol, atol)) continue;
                var slow = SlowModeError(func, inputs, outputs, i, j, check, forwardAD);
                throw new GradcheckError(GradCheckMessages.NotAllClose(a, n, j, i, complexIndices, testImag, forwardAD) + slow);
            }
    }

    private static void NoDifferentiableOutputsFast(Func<Tensor[], Tensor[]> func, Tensor[] inputs, int[] inputIndices,
                                                    GradCheckVector[] allU, double eps, double nondetTol)
    {
        for (int k = 0; k < inputIndices.Length; k++)
            foreach (var jvp in GradCheckNumerical.Jvp(func, inputIndices[k], inputs, allU[k], eps, false))
                if (jvp.NumEl != 0 && (jvp - Torch.ZerosLike(jvp)).Abs().Max().Item().ToDouble() > nondetTol)
                    throw new GradcheckError("Numerical gradient for function expected to be zero");
    }

    // _run_slow_mode_and_get_error: the whole Jacobians, for a better message (1.13 differentiates with eps=1e-3 here).
    private static string SlowModeError(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[] outputs, int inputIndex,
                                        int outputIndex, Check check, bool forwardAD)
    {
        double eps = LibTorch.IsAtLeast(2) ? check.Eps : 1e-3;
        var numerical = GradCheckNumerical.Jacobian(func, inputs, outputs, eps, forwardAD)[inputIndex][outputIndex];
        Tensor analytical;
        if (forwardAD)
        {
            Func<Tensor[], Tensor[]> single = a =>
            {
                var replaced = (Tensor[])inputs.Clone();
                replaced[inputIndex] = a[0];
                return [func(replaced)[outputIndex]];
            };
            analytical = GradCheckAnalytical.ForwardJacobians(single, [inputs[inputIndex]], [outputs[outputIndex]], false)[0][0];
        }
        else
        {
            analytical = GradCheckAnalytical.BackwardJacobians(inputs, outputs[outputIndex], double.PositiveInfinity, false)[inputIndex];
        }
        var maxDiff = (numerical - analytical).Abs().Max();
        bool slowWouldPass = analytical.Allclose(numerical, check.Rtol, check.Atol);
        return GradCheckMessages.SlowModeRecomputed(numerical, analytical, maxDiff, slowWouldPass);
    }
}
