namespace TorchInterop;

// The texts of PyTorch's gradcheck.py, for each version's PyTorch.
internal static partial class GradCheckMessages
{
    internal const string NondetNote = """


        NOTE: If your op relies on non-deterministic operations i.e., it is listed here:
        https://pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html
        this failure might be expected.

        If you are adding a new operator, please file an issue and then use one of the
        workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.
        If the test
        - manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
          with `nondet_tol=<tol>` as a keyword argument.
        - is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
          to have `gradcheck_nondet_tol=<tol>`.
        - is a Module test (e.g., in common_nn.py), then modify the corresponding
          module_test entry to have `gradcheck_nondet_tol=<tol>`

        """;

    internal const string FastFailSlowOk = """
        Fast gradcheck failed but element-wise differences are small. This means that the
        test might've passed in slow_mode!

        If you are adding a new operator, please file an issue and then use one of the
        workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck:

        If the test
        - manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
          with `fast_mode=False` as a keyword argument.
        - is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
          to have `gradcheck_fast_mode=False`
        - is a Module test (e.g., in common_nn.py), then modify the corresponding
          module_test entry to have `gradcheck_fast_mode=False`
        """;

    internal const string UndefinedGradNotes = "Please look at \"Notes about undefined output gradients\" in \"tools/autograd/derivatives.yaml\"";

    internal const string BackwardsCompatibility =
        "Backwards compatibility: New undefined gradient support checking feature is enabled by default, but it may break " +
        "existing callers of this function. If this is true for you, you can call this function with " +
        "\"check_undefined_grad=False\" to disable the feature";

    internal static string NoInputRequiresGrad =>
#if LIBTORCH_2
        "gradcheck expects at least one input tensor to require gradient, but none of them have requires_grad=True.";
#else
        "gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.";
#endif

    internal static string SparseOutput =>
#if LIBTORCH_2
        "Sparse output is not supported at gradcheck yet. Please call to_dense(masked_grad=...) on the output of fn for gradcheck.";
#else
        "Sparse output is not supported at gradcheck yet. Please call to_dense() on the output of fn for gradcheck.";
#endif

    internal static string NotDoublePrecision(int index) =>
        $"Input #{index} requires gradient and is not a double precision floating point or complex. This check will likely " +
        "fail if all the inputs are not of double precision floating point or complex. ";

    internal static string StrideZero(int index) =>
        $"The {index}th input has a dimension with stride 0. gradcheck only supports inputs that are non-overlapping to be " +
        "able to compute the numerical gradients correctly. You should call .contiguous on the input before passing it to gradcheck.";

    internal static string NotReentrant(double nondetTol) =>
        "Backward is not reentrant, i.e., running backward with same input and grad_output multiple times gives different " +
        $"values, although analytical gradient matches numerical gradient.The tolerance for nondeterminism was {Number(nondetTol)}." +
        NondetNote;

    // _get_notallclose_msg
    internal static string NotAllClose(Tensor analytical, Tensor numerical, int outputIndex, int inputIndex,
                                       IReadOnlyCollection<int>? complexIndices, bool testImag, bool forwardAD)
    {
        bool complexOutput = !forwardAD && complexIndices is { Count: > 0 } && complexIndices.Contains(outputIndex);
        bool complexInput = forwardAD && complexIndices is { Count: > 0 } && complexIndices.Contains(inputIndex);
        string prefix = complexOutput || complexInput
            ? $"While considering the {(testImag ? "imaginary" : "real")} part of complex {(forwardAD ? "inputs" : "outputs")} only, "
            : "";
        string mode = forwardAD ? "computed with forward mode " : "";
        // 1.13 formats with %s (str of the tensor), 2.x with an f-string (Tensor.__format__).
        string Shown(Tensor t) => LibTorch.IsAtLeast(2) ? Formatted(t) : t.ToString();
        return $"{prefix}Jacobian {mode}mismatch for output {outputIndex} with respect to input {inputIndex},\n" +
               $"numerical:{Shown(numerical)}\nanalytical:{Shown(analytical)}\n";
    }

    // _run_slow_mode_and_get_error's tail
    internal static string SlowModeRecomputed(Tensor numerical, Tensor analytical, Tensor maxDiff, bool slowWouldPass)
    {
        var message = "\nThe above quantities relating the numerical and analytical jacobians are computed \n" +
                      "in fast mode. See: https://github.com/pytorch/pytorch/issues/53876 for more background \n" +
                      "about fast mode. Below, we recompute numerical and analytical jacobians in slow mode:\n\n" +
                      $"Numerical:\n {numerical}\n" +
                      $"Analytical:\n{analytical}\n\n" +
                      $"The max per-element difference (slow mode) is: {Formatted(maxDiff)}.\n";
        return slowWouldPass ? message + FastFailSlowOk : message;
    }

    // f"{t}": Tensor.__format__ shows a 0-dim real tensor as its Python number
    private static string Formatted(Tensor t) => t.Dim == 0 && !t.IsComplex() ? Number(t.Item().ToDouble()) : t.ToString();

    internal static string SameShapeWhenPerturbed(string onIndex, double eps, Tensor a, Tensor b) =>
        $"Expected `func` to return outputs with the same shape when inputs are perturbed {onIndex}by {Number(eps)}, but got: " +
        $"shapes {Size(a)} and {Size(b)}.";

    internal static string SameDtypeWhenPerturbed(string onIndex, double eps, Tensor a, Tensor b) =>
        $"Expected `func` to return outputs with the same dtype when inputs are perturbed {onIndex}by {Number(eps)}, but got: " +
        $"dtypes {a.Dtype.PythonName()} and {b.Dtype.PythonName()}.";

    internal static string Size(Tensor t) => $"torch.Size([{string.Join(", ", t.Shape)}])";

    // Python's repr of a float (1e-06, 0.001, 0.0, inf)
    internal static string Number(double value) => Formatting.PythonNumberFormat.Repr(value);
}
