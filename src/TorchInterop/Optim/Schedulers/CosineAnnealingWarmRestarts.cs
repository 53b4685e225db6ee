namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Cosine annealing with warm restarts (SGDR), as <c>torch.optim.lr_scheduler.CosineAnnealingWarmRestarts</c> in the
/// PyTorch this runs on: each group's rate follows a cosine from its initial value to <see cref="EtaMin"/> over
/// <see cref="T0"/> epochs, then restarts, each period <see cref="TMult"/> times longer than the last.
/// </summary>
/// <example><code>
/// var scheduler = new CosineAnnealingWarmRestarts(optimizer, t0: 10, tMult: 2);
/// </code></example>
public sealed class CosineAnnealingWarmRestarts : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step; the checks and messages are PyTorch's.</summary>
    public CosineAnnealingWarmRestarts(Optimizer optimizer, int t0, int tMult = 1, double etaMin = 0, int lastEpoch = -1, bool verbose = false)
        : base(Check(optimizer, t0, tMult), lastEpoch, verbose)
    {
        T0 = t0;
        TI = t0;
        TMult = tMult;
        EtaMin = etaMin;
        TCur = lastEpoch;
        InitialStep();
    }

    private static Optimizer Check(Optimizer optimizer, int t0, int tMult)
    {
        if (t0 <= 0) throw PythonFloat.ValueError($"Expected positive integer T_0, but got {t0}");
        if (tMult < 1) throw PythonFloat.ValueError($"Expected integer T_mult >= 1, but got {tMult}");
        return optimizer;
    }

    /// <summary>The length of the first period (<c>T_0</c>).</summary>
    public int T0 { get; private set; }

    /// <summary>The length of the current period (<c>T_i</c>).</summary>
    public int TI { get; private set; }

    /// <summary>The factor by which each period grows (<c>T_mult</c>).</summary>
    public int TMult { get; private set; }

    /// <summary>The minimum learning rate (<c>eta_min</c>).</summary>
    public double EtaMin { get; private set; }

    /// <summary>The epochs since the last restart (<c>T_cur</c>; fractional after <see cref="Step(int)"/> with <see cref="TMult"/> above 1).</summary>
    public double TCur { get; private set; }

    // Whether T_cur is a Python float (set by the closed form of step(epoch) with T_mult > 1).
    private bool _tCurIsFloat;

    /// <inheritdoc/>
    public override void Step()
    {
        if (LastEpoch < 0)
        {
            Step(0);
            return;
        }
        TCur += 1;
        if (TCur >= TI)
        {
            TCur = LibTorch.IsAtLeast(2) ? TCur % TI : TCur - TI;
            TI *= TMult;
        }
        Apply(LastEpoch + 1);
    }

    /// <summary>Jumps to <paramref name="epoch"/> (PyTorch's own <c>step(epoch)</c>, which warns of nothing).</summary>
    public override void Step(int epoch)
    {
        if (epoch < 0) throw PythonFloat.ValueError($"Expected non-negative epoch, but got {epoch}");
        if (epoch >= T0)
        {
            if (TMult == 1)
            {
                TCur = epoch % T0;
            }
            else
            {
                int n = (int)(Math.Log((double)epoch / T0 * (TMult - 1) + 1) / Math.Log(TMult));
                TCur = epoch - T0 * (Math.Pow(TMult, n) - 1) / (TMult - 1);
                _tCurIsFloat = true;
                TI = T0 * (int)Math.Pow(TMult, n);
            }
        }
        else
        {
            TI = T0;
            TCur = epoch;
        }
        Apply(epoch);
    }

    private void Apply(int epoch)
    {
        LastEpoch = epoch;
        SetGroupLrs(GetLr(), epoch);
    }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["T_0"] = (long)T0;
        state["T_i"] = (long)TI;
        state["T_mult"] = (long)TMult;
        state["eta_min"] = EtaMin;
        state["T_cur"] = _tCurIsFloat ? TCur : (object)(long)TCur;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("T_0")) T0 = (int)Long(state, "T_0");
        if (state.Contains("T_i")) TI = (int)Long(state, "T_i");
        if (state.Contains("T_mult")) TMult = (int)Long(state, "T_mult");
        if (state.Contains("eta_min")) EtaMin = Double(state, "eta_min");
        if (state.Contains("T_cur"))
        {
            TCur = Double(state, "T_cur");
            _tCurIsFloat = state["T_cur"] is double;
        }
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() =>
        BaseLrs.Select(baseLr => EtaMin + (baseLr - EtaMin) * (1 + Math.Cos(Math.PI * TCur / TI)) / 2).ToArray();
}
