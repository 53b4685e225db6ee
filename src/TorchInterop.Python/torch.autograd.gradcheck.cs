namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        // Python's torch.autograd.gradcheck module: its gradcheck and gradgradcheck, forwarding to Autograd.GradCheck and
        // Autograd.GradGradCheck. A function of one tensor takes a tensor; one of two or three takes a C# tuple where
        // Python passes a tuple; a function may return a tensor or a tuple of two. Its GradcheckError is
        // TorchInterop.GradcheckError (a C# class cannot hold both a method and a nested class named gradcheck).

        /// <summary><c>gradcheck(func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True, ...)</c> for a function of one tensor.</summary>
        public static bool gradcheck(Func<Tensor, Tensor> func, Tensor inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3,
                                     bool raise_exception = true, double nondet_tol = 0.0, bool check_undefined_grad = true,
                                     bool check_grad_dtypes = false, bool check_batched_grad = false, bool check_batched_forward_grad = false,
                                     bool check_forward_ad = false, bool check_backward_ad = true, bool fast_mode = false) =>
            Autograd.GradCheck(a => [func(a[0])], [inputs], GradcheckOptionsOf(eps, atol, rtol, raise_exception, nondet_tol, check_undefined_grad,
                check_grad_dtypes, check_batched_grad, check_batched_forward_grad, check_forward_ad, check_backward_ad, fast_mode));

        /// <summary><c>gradcheck(func, (x, y), ...)</c> for a function of two tensors.</summary>
        public static bool gradcheck(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, double eps = 1e-6, double atol = 1e-5,
                                     double rtol = 1e-3, bool raise_exception = true, double nondet_tol = 0.0,
                                     bool check_undefined_grad = true, bool check_grad_dtypes = false, bool check_batched_grad = false,
                                     bool check_batched_forward_grad = false, bool check_forward_ad = false, bool check_backward_ad = true,
                                     bool fast_mode = false) =>
            Autograd.GradCheck(a => [func(a[0], a[1])], [inputs.Item1, inputs.Item2], GradcheckOptionsOf(eps, atol, rtol, raise_exception, nondet_tol,
                check_undefined_grad, check_grad_dtypes, check_batched_grad, check_batched_forward_grad, check_forward_ad,
                check_backward_ad, fast_mode));

        /// <summary><c>gradcheck(func, (x, y, z), ...)</c> for a function of three tensors.</summary>
        public static bool gradcheck(Func<Tensor, Tensor, Tensor, Tensor> func, (Tensor, Tensor, Tensor) inputs, double eps = 1e-6,
                                     double atol = 1e-5, double rtol = 1e-3, bool raise_exception = true, double nondet_tol = 0.0,
                                     bool check_undefined_grad = true, bool check_grad_dtypes = false, bool check_batched_grad = false,
                                     bool check_batched_forward_grad = false, bool check_forward_ad = false, bool check_backward_ad = true,
                                     bool fast_mode = false) =>
            Autograd.GradCheck(a => [func(a[0], a[1], a[2])], [inputs.Item1, inputs.Item2, inputs.Item3], GradcheckOptionsOf(eps, atol, rtol,
                raise_exception, nondet_tol, check_undefined_grad, check_grad_dtypes, check_batched_grad, check_batched_forward_grad,
                check_forward_ad, check_backward_ad, fast_mode));

        /// <summary><c>gradcheck(func, inputs, ...)</c> for a function of one tensor that returns a tuple of two.</summary>
        public static bool gradcheck(Func<Tensor, (Tensor, Tensor)> func, Tensor inputs, double eps = 1e-6, double atol = 1e-5,
                                     double rtol = 1e-3, bool raise_exception = true, double nondet_tol = 0.0,
                                     bool check_undefined_grad = true, bool check_grad_dtypes = false, bool check_batched_grad = false,
                                     bool check_batched_forward_grad = false, bool check_forward_ad = false, bool check_backward_ad = true,
                                     bool fast_mode = false) =>
            Autograd.GradCheck(a => TupleOutputs(func(a[0])), [inputs], GradcheckOptionsOf(eps, atol, rtol, raise_exception, nondet_tol, check_undefined_grad,
                check_grad_dtypes, check_batched_grad, check_batched_forward_grad, check_forward_ad, check_backward_ad, fast_mode));

        /// <summary><c>gradcheck(func, (x, y), ...)</c> for a function of two tensors that returns a tuple of two.</summary>
        public static bool gradcheck(Func<Tensor, Tensor, (Tensor, Tensor)> func, (Tensor, Tensor) inputs, double eps = 1e-6,
                                     double atol = 1e-5, double rtol = 1e-3, bool raise_exception = true, double nondet_tol = 0.0,
                                     bool check_undefined_grad = true, bool check_grad_dtypes = false, bool check_batched_grad = false,
                                     bool check_batched_forward_grad = false, bool check_forward_ad = false, bool check_backward_ad = true,
                                     bool fast_mode = false) =>
            Autograd.GradCheck(a => TupleOutputs(func(a[0], a[1])), [inputs.Item1, inputs.Item2], GradcheckOptionsOf(eps, atol, rtol, raise_exception,
                nondet_tol, check_undefined_grad, check_grad_dtypes, check_batched_grad, check_batched_forward_grad, check_forward_ad,
                check_backward_ad, fast_mode));

        /// <summary><c>gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-06, ...)</c> for a function of one tensor.</summary>
        public static bool gradgradcheck(Func<Tensor, Tensor> func, Tensor inputs, Tensor? grad_outputs = null, double eps = 1e-6,
                                         double atol = 1e-5, double rtol = 1e-3, bool gen_non_contig_grad_outputs = false,
                                         bool raise_exception = true, double nondet_tol = 0.0, bool check_undefined_grad = true,
                                         bool check_grad_dtypes = false, bool check_batched_grad = false, bool check_fwd_over_rev = false,
                                         bool check_rev_over_rev = true, bool fast_mode = false) =>
            Autograd.GradGradCheck(a => [func(a[0])], [inputs], grad_outputs is null ? null : [grad_outputs], GradgradcheckOptionsOf(eps, atol,
                rtol, gen_non_contig_grad_outputs, raise_exception, nondet_tol, check_undefined_grad, check_grad_dtypes,
                check_batched_grad, check_fwd_over_rev, check_rev_over_rev, fast_mode));

        /// <summary><c>gradgradcheck(func, (x, y), grad_outputs=None, ...)</c> for a function of two tensors.</summary>
        public static bool gradgradcheck(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, Tensor? grad_outputs = null,
                                         double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3, bool gen_non_contig_grad_outputs = false,
                                         bool raise_exception = true, double nondet_tol = 0.0, bool check_undefined_grad = true,
                                         bool check_grad_dtypes = false, bool check_batched_grad = false, bool check_fwd_over_rev = false,
                                         bool check_rev_over_rev = true, bool fast_mode = false) =>
            Autograd.GradGradCheck(a => [func(a[0], a[1])], [inputs.Item1, inputs.Item2], grad_outputs is null ? null : [grad_outputs],
                GradgradcheckOptionsOf(eps, atol, rtol, gen_non_contig_grad_outputs, raise_exception, nondet_tol, check_undefined_grad,
                    check_grad_dtypes, check_batched_grad, check_fwd_over_rev, check_rev_over_rev, fast_mode));

        /// <summary><c>gradgradcheck(func, inputs, (gx, gy), ...)</c> for a function of one tensor that returns a tuple of two.</summary>
        public static bool gradgradcheck(Func<Tensor, (Tensor, Tensor)> func, Tensor inputs, (Tensor, Tensor)? grad_outputs = null,
                                         double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3, bool gen_non_contig_grad_outputs = false,
                                         bool raise_exception = true, double nondet_tol = 0.0, bool check_undefined_grad = true,
                                         bool check_grad_dtypes = false, bool check_batched_grad = false, bool check_fwd_over_rev = false,
                                         bool check_rev_over_rev = true, bool fast_mode = false) =>
            Autograd.GradGradCheck(a => TupleOutputs(func(a[0])), [inputs], grad_outputs is { } g ? [g.Item1, g.Item2] : null,
                GradgradcheckOptionsOf(eps, atol, rtol, gen_non_contig_grad_outputs, raise_exception, nondet_tol, check_undefined_grad,
                    check_grad_dtypes, check_batched_grad, check_fwd_over_rev, check_rev_over_rev, fast_mode));

        private static Tensor[] TupleOutputs((Tensor, Tensor) outputs) => [outputs.Item1, outputs.Item2];

        private static GradCheckOptions GradcheckOptionsOf(double eps, double atol, double rtol, bool raiseException, double nondetTol,
                                                bool checkUndefinedGrad, bool checkGradDtypes, bool checkBatchedGrad,
                                                bool checkBatchedForwardGrad, bool checkForwardAD, bool checkBackwardAD, bool fastMode) =>
            new()
            {
                Eps = eps, Atol = atol, Rtol = rtol, RaiseException = raiseException, NondetTol = nondetTol,
                CheckUndefinedGrad = checkUndefinedGrad, CheckGradDtypes = checkGradDtypes, CheckBatchedGrad = checkBatchedGrad,
                CheckBatchedForwardGrad = checkBatchedForwardGrad, CheckForwardAD = checkForwardAD, CheckBackwardAD = checkBackwardAD,
                FastMode = fastMode,
            };

        private static GradGradCheckOptions GradgradcheckOptionsOf(double eps, double atol, double rtol, bool genNonContigGradOutputs,
                                                            bool raiseException, double nondetTol, bool checkUndefinedGrad,
                                                            bool checkGradDtypes, bool checkBatchedGrad, bool checkFwdOverRev,
                                                            bool checkRevOverRev, bool fastMode) =>
            new()
            {
                Eps = eps, Atol = atol, Rtol = rtol, GenNonContigGradOutputs = genNonContigGradOutputs, RaiseException = raiseException,
                NondetTol = nondetTol, CheckUndefinedGrad = checkUndefinedGrad, CheckGradDtypes = checkGradDtypes,
                CheckBatchedGrad = checkBatchedGrad, CheckFwdOverRev = checkFwdOverRev, CheckRevOverRev = checkRevOverRev,
                FastMode = fastMode,
            };
    }
}
#pragma warning restore CS8981, IDE1006
