using TorchInterop.Optim.Lbfgs;

namespace TorchInterop.Optim;

/// <summary>
/// L-BFGS, as <c>torch.optim.LBFGS</c> in the PyTorch this runs on (1.13 or 2.x, step for step): a closure
/// re-evaluates the loss, each <see cref="Step(Func{Tensor})"/> runs up to <c>max_iter</c> quasi-Newton iterations
/// over the flattened parameters, with a fixed step or the strong-Wolfe line search, and keeps its curvature history
/// as the state of the first parameter, as PyTorch does.
/// </summary>
/// <example><code>
/// var optimizer = new LBFGS([w], lineSearchFn: "strong_wolfe");
/// optimizer.Step(() => { optimizer.ZeroGrad(); var loss = Loss(w); loss.Backward(); return loss; });
/// </code></example>
public sealed class LBFGS : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds maximize.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "max_iter", "max_eval", "tolerance_grad", "tolerance_change", "history_size", "line_search_fn", "maximize"]
        : ["lr", "max_iter", "max_eval", "tolerance_grad", "tolerance_change", "history_size", "line_search_fn"];

    private readonly IReadOnlyList<Tensor> _params;

    /// <summary>
    /// Creates the optimizer; <paramref name="lr"/> left null is Python's int 1 (an int learning rate stays an int in
    /// the step lengths and the state dict, as in Python), <paramref name="maxEval"/> left null is <c>max_iter * 5 // 4</c>. <paramref name="maximize"/>
    /// is 2.x's (1.13 has none). The checks and messages are PyTorch's.
    /// </summary>
    public LBFGS(IEnumerable<Tensor> parameters, Scalar? lr = null, long maxIter = 20, long? maxEval = null, double toleranceGrad = 1e-7,
        double toleranceChange = 1e-9, long historySize = 100, string? lineSearchFn = null, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, maxIter, maxEval, toleranceGrad, toleranceChange, historySize, lineSearchFn, maximize)
    {
    }

    /// <summary>
    /// Creates the optimizer over parameter groups, which PyTorch's L-BFGS refuses unless there is exactly one
    /// (<c>LBFGS doesn't support per-parameter options (parameter groups)</c>).
    /// </summary>
    public LBFGS(IEnumerable<ParamGroup> paramGroups, Scalar? lr = null, long maxIter = 20, long? maxEval = null, double toleranceGrad = 1e-7,
        double toleranceChange = 1e-9, long historySize = 100, string? lineSearchFn = null, bool maximize = false)
        : base(paramGroups, Defaults(lr?.ToDouble() ?? 1, maxIter, maxEval, toleranceGrad, toleranceChange, historySize, lineSearchFn, maximize), OptionNames)
    {
        if (ParamGroups.Count != 1)
            throw new TorchException("LBFGS doesn't support per-parameter options (parameter groups)", TorchErrorKind.ValueError);
        _params = ParamGroups[0].Params;
        if (lr is not { Kind: not ScalarKind.Int }) _intLr = lr?.ToInt64() ?? 1;
    }

    // The learning rate when given as a Python int, which Python's arithmetic keeps an int until it changes.
    private readonly long? _intLr;

    private PythonNumber LearningRate(ParamGroup group) =>
        _intLr is { } i && group.Lr == i ? PythonNumber.Int(i) : group.Lr.GetValueOrDefault();

    private protected override object? PackOption(ParamGroup group, string name) =>
        name == "lr" ? LearningRate(group).Boxed : base.PackOption(group, name);

    /// <summary>
    /// L-BFGS needs its closure: as in Python, a step without one is a TypeError
    /// (<c>step() missing 1 required positional argument: 'closure'</c>).
    /// </summary>
    public override void Step() =>
        throw new TorchException("LBFGS.step() missing 1 required positional argument: 'closure'", TorchErrorKind.TypeError);

    /// <summary>
    /// One optimization step: up to <c>max_iter</c> iterations, each calling <paramref name="closure"/> (with
    /// gradients enabled) to re-evaluate the loss and its gradients. Returns the loss of the first evaluation.
    /// </summary>
    public Tensor Step(Func<Tensor> closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        RecordStep();
        if (ParamGroups.Count != 1)
        {
            throw LibTorch.IsAtLeast(2)
                ? new TorchException($"Expected exactly one param_group, but got {ParamGroups.Count}", TorchErrorKind.AssertionError)
                : new TorchException("", TorchErrorKind.AssertionError);
        }
        Tensor Evaluate()
        {
            using var enabled = Autograd.EnableGrad();
            return closure();
        }
        using var noGrad = Autograd.NoGrad();
        if (_params.Count == 0) return Evaluate();

        var group = ParamGroups[0];
        var lr = LearningRate(group);
        long maxIter = Convert.ToInt64(group["max_iter"], System.Globalization.CultureInfo.InvariantCulture);
        long maxEval = Convert.ToInt64(group["max_eval"], System.Globalization.CultureInfo.InvariantCulture);
        double toleranceGrad = group.OtherNumber("tolerance_grad"), toleranceChange = group.OtherNumber("tolerance_change");
        var lineSearchFn = group["line_search_fn"] as string;
        long historySize = Convert.ToInt64(group["history_size"], System.Globalization.CultureInfo.InvariantCulture);
        bool maximize = LibTorch.IsAtLeast(2) && group.Maximize.GetValueOrDefault();

        // LBFGS's state is global; PyTorch keeps it as the first parameter's, which load_state_dict then restores.
        var state = StateOf(_params[0]);
        state.TryAdd("func_evals", 0L);
        state.TryAdd("n_iter", 0L);

        var origLoss = Evaluate();
        double loss = LossValue(origLoss, maximize);
        long currentEvals = 1;
        state["func_evals"] = (long)state["func_evals"]! + 1;

        var flatGrad = GatherFlatGrad(maximize);
        if (MaxAbsAtMost(flatGrad, toleranceGrad)) return origLoss;

        var d = state.GetValueOrDefault("d") as Tensor;
        PythonNumber t = state.GetValueOrDefault("t") is { } savedT ? PythonNumber.FromBoxed(savedT) : 0.0;
        var oldDirs = state.GetValueOrDefault("old_dirs") as List<object?>;
        var oldStps = state.GetValueOrDefault("old_stps") as List<object?>;
        var ro = state.GetValueOrDefault("ro") as List<object?>;
        PythonNumber hDiag = state.GetValueOrDefault("H_diag") is { } savedH ? PythonNumber.FromBoxed(savedH) : PythonNumber.Int(1);
        var prevFlatGrad = state.GetValueOrDefault("prev_flat_grad") as Tensor;
        object? prevLoss = state.GetValueOrDefault("prev_loss");

        long nIter = 0;
        while (nIter < maxIter)
        {
            nIter++;
            state["n_iter"] = (long)state["n_iter"]! + 1;

            if ((long)state["n_iter"]! == 1)
            {
                d = flatGrad.Neg();
                oldDirs = [];
                oldStps = [];
                ro = [];
                hDiag = PythonNumber.Int(1);
            }
            else
            {
                var y = flatGrad.Sub(prevFlatGrad!);
                var s = d!.Mul(t.Tensor is { } tt ? tt : t.ToScalar());
                var ys = y.Dot(s);
                if ((bool)(ys > 1e-10))
                {
                    if (oldDirs!.Count == historySize)
                    {
                        oldDirs.RemoveAt(0);
                        oldStps!.RemoveAt(0);
                        ro!.RemoveAt(0);
                    }
                    oldDirs.Add(y);
                    oldStps!.Add(s);
                    ro!.Add(1.0 / ys);
                    hDiag = ys / y.Dot(y);
                }
                int numOld = oldDirs!.Count;
                if (!state.TryGetValue("al", out var alObject))
                {
                    alObject = Enumerable.Repeat<object?>(null, (int)historySize).ToList();
                    state["al"] = alObject;
                }
                var al = (List<object?>)alObject!;

                // The two-loop recursion, collapsed into one buffer as PyTorch does.
                var q = flatGrad.Neg();
                for (int i = numOld - 1; i >= 0; i--)
                {
                    var alpha = ((Tensor)oldStps![i]!).Dot(q) * (Tensor)ro![i]!;
                    al[i] = alpha;
                    using var negated = -alpha;
                    q.Add_((Tensor)oldDirs[i]!, negated.Item());
                }
                var r = hDiag.Tensor is { } h ? q * h : q * hDiag.ToScalar();
                d = r;
                for (int i = 0; i < numOld; i++)
                {
                    using var beta = ((Tensor)oldDirs[i]!).Dot(r) * (Tensor)ro![i]!;
                    using var weight = (Tensor)al[i]! - beta;
                    r.Add_((Tensor)oldStps![i]!, weight.Item());
                }
            }

            if (prevFlatGrad is null) prevFlatGrad = flatGrad.Clone();
            else prevFlatGrad.Copy_(flatGrad);
            prevLoss = loss;

            t = (long)state["n_iter"]! == 1
                ? PythonNumber.Min(1.0, 1.0 / (PythonNumber)flatGrad.Abs().Sum()) * lr
                : lr;

            var gtd = flatGrad.Dot(d!);
            if ((bool)(gtd > -toleranceChange)) break;

            long lsFuncEvals = 0;
            if (lineSearchFn is not null)
            {
                if (lineSearchFn != "strong_wolfe") throw new TorchException("only 'strong_wolfe' is supported");
                var xInit = _params.Select(p => p.Clone()).ToArray();
                var found = StrongWolfe.Search((x, step, direction) => DirectionalEvaluate(Evaluate, maximize, x, step, direction),
                    xInit, t, d!, loss, flatGrad, gtd, maxLs: LibTorch.IsAtLeast(2) ? (int)(maxEval - currentEvals) : 25);
                (loss, flatGrad, t, lsFuncEvals) = (found.Loss, found.Grad, found.T, found.Evaluations);
                AddGrad(t, d!);
            }
            else
            {
                AddGrad(t, d!);
                if (nIter != maxIter)
                {
                    // Re-evaluated only between iterations: in a stochastic setting, the last one would be wasted.
                    loss = LossValue(Evaluate(), maximize);
                    flatGrad = GatherFlatGrad(maximize);
                    lsFuncEvals = 1;
                }
            }
            bool optimal = MaxAbsAtMost(flatGrad, toleranceGrad);

            currentEvals += lsFuncEvals;
            state["func_evals"] = (long)state["func_evals"]! + lsFuncEvals;

            if (nIter == maxIter) break;
            if (currentEvals >= maxEval) break;
            if (optimal) break;
            using (var change = d!.Mul(t.Tensor is { } tt ? tt : t.ToScalar()))
            {
                if (MaxAbsAtMost(change, toleranceChange)) break;
            }
            if (Math.Abs(loss - (double)prevLoss!) < toleranceChange) break;
        }

        state["d"] = d;
        state["t"] = t.Boxed;
        state["old_dirs"] = oldDirs;
        state["old_stps"] = oldStps;
        state["ro"] = ro;
        state["H_diag"] = hDiag.Boxed;
        state["prev_flat_grad"] = prevFlatGrad;
        state["prev_loss"] = prevLoss;
        return origLoss;
    }

    // Python's float(loss), negated when maximizing (2.x).
    private static double LossValue(Tensor loss, bool maximize)
    {
        double value = loss.Item().ToDouble();
        return maximize ? -value : value;
    }

    private static bool MaxAbsAtMost(Tensor t, double bound)
    {
        using var abs = t.Abs();
        using var max = abs.Max();
        return (bool)(max <= bound);
    }

    // Every parameter's gradient flattened into one vector; a missing one counts as zeros (_gather_flat_grad).
    private Tensor GatherFlatGrad(bool maximize)
    {
        var views = _params.Select(p => p.Grad is { } grad
            ? (grad.Layout == Layout.SparseCoo ? grad.ToDense() : grad).View(-1)
            : Torch.Zeros([p.NumEl], p.Dtype, p.Device)).ToArray();
        var flat = Torch.Cat(views, 0);
        if (maximize) flat.Neg_();
        return flat;
    }

    // p += step·update, the update sliced per parameter (_add_grad).
    private void AddGrad(PythonNumber step, Tensor update)
    {
        var alpha = step.ToScalar();
        long offset = 0;
        foreach (var p in _params)
        {
            long numel = p.NumEl;
            using var slice = update.Narrow(0, offset, numel);
            using var shaped = slice.ViewAs(p);
            p.Add_(shaped, alpha);
            offset += numel;
        }
    }

    // The loss and gradient at x + t·d, the parameters restored to x afterwards (_directional_evaluate).
    private (double Loss, Tensor Grad) DirectionalEvaluate(Func<Tensor> evaluate, bool maximize, IReadOnlyList<Tensor> x, PythonNumber t, Tensor d)
    {
        AddGrad(t, d);
        double loss = LossValue(evaluate(), maximize);
        var flatGrad = GatherFlatGrad(maximize);
        for (int i = 0; i < _params.Count; i++) _params[i].Copy_(x[i]);
        return (loss, flatGrad);
    }

    private static ParamGroup Defaults(double lr, long maxIter, long? maxEval, double toleranceGrad, double toleranceChange, long historySize,
        string? lineSearchFn, bool maximize)
    {
        if (LibTorch.IsAtLeast(2) && !(lr >= 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
        var group = new ParamGroup([]) { Lr = lr };
        group.SetOther("max_iter", maxIter);
        group.SetOther("max_eval", maxEval ?? Python.FloorDiv(maxIter * 5, 4));
        group.SetOther("tolerance_grad", toleranceGrad);
        group.SetOther("tolerance_change", toleranceChange);
        group.SetOther("history_size", historySize);
        group.SetOther("line_search_fn", lineSearchFn);
        if (LibTorch.IsAtLeast(2)) group.Maximize = maximize;
        return group;
    }

    private static class Python
    {
        public static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);
    }
}
