namespace TorchInterop;

// The numerical side of gradcheck.py: central finite differences, column by column (slow mode) or along a random
// direction (fast mode). A complex input is perturbed along its real and its imaginary axis, and the two differences
// make the conjugate Wirtinger derivative.
internal static class GradCheckNumerical
{
    // _get_numerical_jacobian: per input requiring grad, one Jacobian (input numel x output numel) per float output.
    internal static List<Tensor[]> Jacobian(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[] outputs, double eps,
                                            bool forwardAD)
    {
        if (!forwardAD && outputs.Any(o => o.IsComplex()))
            throw new TorchException("Expected output to be non-complex. get_numerical_jacobian no longer supports functions that " +
                                     "return complex outputs.", TorchErrorKind.ValueError);
        var jacobians = new List<Tensor[]>();
        for (int i = 0; i < inputs.Length; i++)
            if (inputs[i].RequiresGrad) jacobians.Add(JacobianWrtInput(func, i, inputs, outputs, eps, forwardAD));
        return jacobians;
    }

    // get_numerical_jacobian_wrt_specific_input: perturbs one element of input.data at a time.
    private static Tensor[] JacobianWrtInput(Func<Tensor[], Tensor[]> func, int inputIndex, Tensor[] inputs, Tensor[] outputs,
                                             double eps, bool forwardAD)
    {
        var input = inputs[inputIndex];
        var data = input.Data();
        var columns = new List<Tensor[]>();
        foreach (var index in GradCheckHelpers.Indices(data.Shape))
        {
            var entry = GradCheckHelpers.Element(data, index);
            // 1.13's message lacks the f-prefix and shows the placeholder itself
            string onIndex = LibTorch.IsAtLeast(2) ? $"on index ({string.Join(", ", index)}{(index.Length == 1 ? "," : "")}) " : "on index {idx} ";
            columns.Add(DirectionalDerivatives(() => CloneAll(func(inputs)), entry, eps, eps, data.IsComplex(), forwardAD, onIndex));
        }
        var floatOutputs = outputs.Where(GradCheckHelpers.IsFloatOrComplex).ToArray();
        var jacobians = new Tensor[floatOutputs.Length];
        for (int o = 0; o < floatOutputs.Length; o++)
        {
            jacobians[o] = floatOutputs[o].NewZeros([input.NumEl, floatOutputs[o].NumEl],
                                                   dtype: input.IsComplex() ? input.Dtype : null, layout: Layout.Strided);
            for (int k = 0; k < columns.Count; k++) jacobians[o][k].Copy_(columns[k][o]);
        }
        return jacobians;
    }

    // _get_numerical_jvp_wrt_specific_input (fast mode): the derivative along u, one per output.
    internal static Tensor[] Jvp(Func<Tensor[], Tensor[]> func, int inputIndex, Tensor[] inputs, GradCheckVector u, double eps,
                                 bool forwardAD)
    {
        var input = inputs[inputIndex];
        var entry = input.Data();
        var shape = entry.Shape;
        var direction = new GradCheckVector(u.Real.Reshape(shape) * eps, u.Imag is { } imag ? imag.Reshape(shape) * eps : null);
        return DirectionalDerivatives(() => CloneAll(func(inputs)), entry, direction, eps, input.IsComplex(), forwardAD, "");
    }

    private static Tensor[] CloneAll(Tensor[] outputs) => [.. outputs.Select(o => o.Clone())];

    // _compute_numerical_jvps_wrt_specific_input with a scalar step (slow mode).
    private static Tensor[] DirectionalDerivatives(Func<Tensor[]> fn, Tensor entry, double delta, double eps, bool complexInput,
                                                   bool forwardAD, string onIndex)
    {
        var real = CentralDifference(fn, entry, o => o - delta, o => o + delta, eps, onIndex);
        if (!complexInput) return CheckReal(real, forwardAD);
        var step = ImaginaryUnit(entry.Dtype, delta);
        var imag = CentralDifference(fn, entry, o => o - step, o => o + step, eps, onIndex);
        return Wirtinger(real, imag);
    }

    // The same with a tensor step (fast mode): real inputs move along u, complex ones along ur and then i·ui.
    private static Tensor[] DirectionalDerivatives(Func<Tensor[]> fn, Tensor entry, GradCheckVector delta, double eps,
                                                   bool complexInput, bool forwardAD, string onIndex)
    {
        var real = CentralDifference(fn, entry, o => o - delta.Real, o => o + delta.Real, eps, onIndex);
        if (!complexInput) return CheckReal(real, forwardAD);
        var imaginaryPart = delta.Imag ?? delta.Real;
        var step = Torch.Complex(Torch.ZerosLike(imaginaryPart), imaginaryPart);
        var imag = CentralDifference(fn, entry, o => o - step, o => o + step, eps, onIndex);
        return Wirtinger(real, imag);
    }

    private static Tensor[] CheckReal(Tensor[] derivatives, bool forwardAD)
    {
        if (!forwardAD && derivatives.Any(d => d.IsComplex()))
            throw new TorchException(LibTorch.IsAtLeast(2) ? "Expected ds_dx to be real-valued, not complex." : "",
                                     TorchErrorKind.AssertionError);
        return derivatives;
    }

    // conj_w_d = ds_dx + ds_dy * 1j
    private static Tensor[] Wirtinger(Tensor[] dx, Tensor[] dy)
    {
        var result = new Tensor[dx.Length];
        for (int i = 0; i < dx.Length; i++)
        {
            if (dx[i].IsComplex())
                throw new TorchException(LibTorch.IsAtLeast(2) ? "Expected ds_dx to be real-valued, not complex" : "",
                                         TorchErrorKind.AssertionError);
            result[i] = Torch.Complex(dx[i], dy[i]);
        }
        return result;
    }

    // Python's `delta * 1j` as a 0-dim tensor of the input's complex dtype (so the step is computed at its precision).
    private static Tensor ImaginaryUnit(DType complexDtype, double delta)
    {
        var realDtype = complexDtype == DType.Complex64 ? DType.Float32 : DType.Float64;
        return Torch.Complex(Torch.Tensor(0.0, realDtype), Torch.Tensor(delta, realDtype));
    }

    // _compute_numerical_gradient: (f(x + v) - f(x - v)) / (2 eps), with x changed in place and restored.
    private static Tensor[] CentralDifference(Func<Tensor[]> fn, Tensor entry, Func<Tensor, Tensor> minus, Func<Tensor, Tensor> plus,
                                              double eps, string onIndex)
    {
        var original = entry.Clone();
        entry.Copy_(minus(original));
        var before = fn();
        entry.Copy_(plus(original));
        var after = fn();
        entry.Copy_(original);
        var derivatives = new Tensor[Math.Min(before.Length, after.Length)];
        for (int i = 0; i < derivatives.Length; i++)
        {
            Tensor a = before[i], b = after[i];
            if (!a.Shape.SequenceEqual(b.Shape))
                throw new TorchException(GradCheckMessages.SameShapeWhenPerturbed(onIndex, eps, a, b), TorchErrorKind.AssertionError);
            if (a.Dtype != b.Dtype)
                throw new TorchException(GradCheckMessages.SameDtypeWhenPerturbed(onIndex, eps, a, b), TorchErrorKind.AssertionError);
            derivatives[i] = ((b - a) / (2 * eps)).Detach().Reshape(-1);
        }
        return derivatives;
    }
}

/// <summary>A random direction of fast mode: one vector for a real tensor, a real and an imaginary one for a complex tensor.</summary>
internal sealed record GradCheckVector(Tensor Real, Tensor? Imag);
