namespace TorchInterop.Distributions;

/// <summary>
/// A probability distribution, ported from <c>torch/distributions/distribution.py</c>: shapes, sampling,
/// densities, moments and PyTorch's argument and sample validation with its messages. A subclass sets its parameters
/// and then calls <see cref="Initialize"/>, as Python subclasses call <c>super().__init__</c> last.
/// </summary>
/// <example><code>var m = new Normal(Torch.Zeros([2]), Torch.Ones([2])); var x = m.Sample([3]);</code></example>
public abstract class Distribution
{
    private static bool s_defaultValidateArgs = true;

    /// <summary>Whether new distributions validate their arguments (Python's <c>Distribution._validate_args</c>, on by default).</summary>
    public static bool DefaultValidateArgs => s_defaultValidateArgs;

    /// <summary><c>Distribution.set_default_validate_args(value)</c>: turns validation on or off for distributions made afterwards.</summary>
    public static void SetDefaultValidateArgs(bool value) => s_defaultValidateArgs = value;

    private long[] _batchShape = [];
    private long[] _eventShape = [];
    private bool? _validateArgs;

    /// <summary>The shape over which parameters are batched.</summary>
    public long[] BatchShape => (long[])_batchShape.Clone();

    /// <summary>The shape of a single sample (without batching).</summary>
    public long[] EventShape => (long[])_eventShape.Clone();

    /// <summary>Whether this distribution validates its arguments and the values it scores.</summary>
    public bool ValidateArgs => _validateArgs ?? s_defaultValidateArgs;

    /// <summary>
    /// Records the shapes and, when validation is on, checks each parameter against its constraint, raising PyTorch's
    /// ValueError (Python's <c>Distribution.__init__</c>).
    /// </summary>
    protected void Initialize(long[]? batchShape = null, long[]? eventShape = null, bool? validateArgs = null)
    {
        _batchShape = batchShape is null ? [] : (long[])batchShape.Clone();
        _eventShape = eventShape is null ? [] : (long[])eventShape.Clone();
        if (validateArgs is not null) _validateArgs = validateArgs;
        if (!ValidateArgs) return;
        IReadOnlyDictionary<string, Constraint> constraints;
        try
        {
            constraints = ArgConstraints;
        }
        catch (TorchException e) when (e.Kind == TorchErrorKind.NotImplementedError)
        {
            constraints = new Dictionary<string, Constraint>();
            Warnings.Raise($"{PythonClass} does not define `arg_constraints`. Please set `arg_constraints = {{}}` or initialize the distribution " +
                           "with `validate_args=False` to turn off validation.");
        }
        foreach (var (name, constraint) in constraints)
        {
            if (constraint is DependentConstraint) continue;
            // a lazily computed parameter (probs of a distribution given logits) is not checked
            if (Parameter(name) is not { } value) continue;
            if (!AllTrue(constraint.Check(value)))
                throw new TorchException(
                    $"Expected parameter {name} (Tensor of shape {TupleText(value.Shape)}) of distribution {this} " +
                    $"to satisfy the constraint {constraint}, but found invalid values:\n{Formatted(value)}", TorchErrorKind.ValueError);
        }
    }

    /// <summary>Copies this distribution's shapes and validation setting onto an expanded copy, without validating (Python's <c>expand</c>).</summary>
    protected T Expanded<T>(T instance, long[] batchShape) where T : Distribution
    {
        instance._batchShape = (long[])batchShape.Clone();
        instance._eventShape = (long[])_eventShape.Clone();
        instance._validateArgs = ValidateArgs;
        return instance;
    }

    /// <summary>
    /// A parameter by name as Python's <c>self.__dict__</c> holds it: null for one not set (a lazily computed
    /// parameter not yet computed). Used for the repr and the argument checks.
    /// </summary>
    protected virtual Tensor? Parameter(string name) => null;

    /// <summary>
    /// Whether the repr lists a parameter: Python lists those in the instance's <c>__dict__</c>, not those computed by
    /// a property (Beta's concentrations, OneHotCategorical's probs).
    /// </summary>
    protected virtual bool ShownInRepr(string name) => true;

    /// <summary>Python's class as <c>str(cls)</c> shows it: <c>&lt;class 'torch.distributions.normal.Normal'&gt;</c>.</summary>
    protected string PythonClass => $"<class '{PythonModule}.{PythonName}'>";

    /// <summary>The Python class name (the .NET name unless overridden).</summary>
    protected virtual string PythonName => GetType().Name;

    /// <summary>The Python module defining the class (PyTorch's file name for its own distributions).</summary>
    protected virtual string PythonModule => "torch.distributions." + SnakeCase(PythonName);

    /// <summary>The constraint each parameter must satisfy, in PyTorch's order (Python's <c>arg_constraints</c>).</summary>
    public virtual IReadOnlyDictionary<string, Constraint> ArgConstraints => throw NotImplemented();

    /// <summary>The set of values a sample takes (Python's <c>support</c>).</summary>
    public virtual Constraint Support => throw NotImplemented();

    /// <summary>Whether <see cref="RSample"/> is implemented (reparameterized, differentiable samples).</summary>
    public virtual bool HasRSample => false;

    /// <summary>Whether <see cref="EnumerateSupport"/> is implemented.</summary>
    public virtual bool HasEnumerateSupport => false;

    /// <summary>The mean.</summary>
    public virtual Tensor Mean => throw NotImplemented();

    /// <summary>The mode.</summary>
    public virtual Tensor Mode => throw NotImplemented($"{PythonClass} does not implement mode");

    /// <summary>The variance.</summary>
    public virtual Tensor Variance => throw NotImplemented();

    /// <summary>The standard deviation (the square root of <see cref="Variance"/> unless overridden).</summary>
    public virtual Tensor Stddev => Variance.Sqrt();

    /// <summary>A sample of shape <c>sampleShape + BatchShape + EventShape</c>, without gradient.</summary>
    public virtual Tensor Sample(long[]? sampleShape = null)
    {
        using (Autograd.NoGrad()) return RSample(sampleShape);
    }

    /// <summary>A reparameterized sample: gradients flow to the parameters.</summary>
    public virtual Tensor RSample(long[]? sampleShape = null) => throw NotImplemented();

    /// <summary><c>sample_n(n)</c>: deprecated in PyTorch, which warns to use <c>sample((n,))</c>.</summary>
    public Tensor SampleN(long n)
    {
        Warnings.Raise("sample_n will be deprecated. Use .sample((n,)) instead");
        return Sample([n]);
    }

    /// <summary>The log of the density or mass function at <paramref name="value"/>.</summary>
    public virtual Tensor LogProb(Tensor value) => throw NotImplemented();

    /// <summary>The cumulative distribution function at <paramref name="value"/>.</summary>
    public virtual Tensor Cdf(Tensor value) => throw NotImplemented();

    /// <summary>The inverse cumulative distribution function at <paramref name="value"/>.</summary>
    public virtual Tensor Icdf(Tensor value) => throw NotImplemented();

    /// <summary>All values of a discrete distribution's support along dimension 0.</summary>
    public virtual Tensor EnumerateSupport(bool expand = true) => throw NotImplemented();

    /// <summary>The entropy, batched over <see cref="BatchShape"/>.</summary>
    public virtual Tensor Entropy() => throw NotImplemented();

    /// <summary>The perplexity, <c>exp(entropy)</c>.</summary>
    public Tensor Perplexity() => Torch.Exp(Entropy());

    /// <summary>The same distribution with its parameters expanded to <paramref name="batchShape"/> (no copy, no re-validation).</summary>
    public virtual Distribution Expand(long[] batchShape) => throw NotImplemented();

    /// <summary>The shape of a sample: <c>sampleShape + BatchShape + EventShape</c> (Python's <c>_extended_shape</c>).</summary>
    protected long[] ExtendedShape(long[]? sampleShape = null) => [.. sampleShape ?? [], .. _batchShape, .. _eventShape];

    /// <summary>
    /// Checks a value to score: its rightmost sizes must match the event shape, it must broadcast with the batch
    /// shape, and it must lie in the support (Python's <c>_validate_sample</c>, with its ValueError messages).
    /// </summary>
    protected internal void ValidateSample(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsWrappedNumber) throw new TorchException("The value argument to log_prob must be a Tensor", TorchErrorKind.ValueError);
        var actual = value.Shape;
        int eventStart = actual.Length - _eventShape.Length;
        if (eventStart < 0 || !actual[eventStart..].SequenceEqual(_eventShape))
            throw new TorchException($"The right-most size of value must match event_shape: {SizeText(actual)} vs {SizeText(_eventShape)}.",
                TorchErrorKind.ValueError);
        long[] expected = [.. _batchShape, .. _eventShape];
        for (int i = actual.Length - 1, j = expected.Length - 1; i >= 0 && j >= 0; i--, j--)
            if (actual[i] != 1 && expected[j] != 1 && actual[i] != expected[j])
                throw new TorchException($"Value is not broadcastable with batch_shape+event_shape: {SizeText(actual)} vs {SizeText(expected)}.",
                    TorchErrorKind.ValueError);
        Constraint support;
        try
        {
            support = Support;
        }
        catch (TorchException e) when (e.Kind == TorchErrorKind.NotImplementedError)
        {
            Warnings.Raise($"{PythonClass} does not define `support` to enable sample validation. Please initialize the distribution with " +
                           "`validate_args=False` to turn off validation.");
            return;
        }
        if (!AllTrue(support.Check(value)))
            throw new TorchException(
                $"Expected value argument (Tensor of shape {TupleText(actual)}) to be within the support ({support}) " +
                $"of the distribution {this}, but found invalid values:\n{Formatted(value)}", TorchErrorKind.ValueError);
    }

    /// <summary>Python's repr: <c>Normal(loc: torch.Size([2]), scale: torch.Size([2]))</c>, one-element parameters shown as tensors.</summary>
    public override string ToString()
    {
        IReadOnlyDictionary<string, Constraint> constraints;
        try
        {
            constraints = ArgConstraints;
        }
        catch (TorchException e) when (e.Kind == TorchErrorKind.NotImplementedError)
        {
            constraints = new Dictionary<string, Constraint>();
        }
        var shown = constraints.Keys.Where(ShownInRepr).Select(name => (name, value: Parameter(name))).Where(p => p.value is not null)
            .Select(p => $"{p.name}: {(p.value!.NumEl == 1 ? Formatted(p.value) : SizeText(p.value.Shape))}");
        return PythonName + "(" + string.Join(", ", shown) + ")";
    }

    // Python's '{}'.format(tensor): a 0-dim tensor formats as its number, any other as its str
    private static string Formatted(Tensor value) => value.Dim == 0 ? value.Item().ToString() : value.ToString();

    /// <summary>Python's <c>NotImplementedError</c>, with PyTorch's message (none by default).</summary>
    protected static TorchException NotImplemented(string message = "") => new(message, TorchErrorKind.NotImplementedError);

    internal static string SizeText(long[] shape) => "torch.Size([" + string.Join(", ", shape) + "])";

    internal static string TupleText(long[] shape) =>
        shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";

    private static bool AllTrue(Tensor valid)
    {
        using var all = valid.All();
        return all.Item<bool>();
    }

    private static string SnakeCase(string name)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
