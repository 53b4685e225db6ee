using System.Diagnostics.CodeAnalysis;
using TorchInterop.Distributions;

namespace TorchInterop.Python;

/// <summary>
/// The members under their Python names of the distributions built on transforms and of the composite transforms and
/// constraints: <c>m.concentration</c>, <c>m.temperature</c>, <c>t.transforms</c>, <c>registry.register(c, factory)</c>, ...
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class RelaxedExtensions
{
    extension(Weibull d)
    {
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
        /// <summary><c>m.concentration_reciprocal</c></summary>
        public Tensor concentration_reciprocal => d.ConcentrationReciprocal;
    }

    extension(Kumaraswamy d)
    {
        /// <summary><c>m.concentration1</c></summary>
        public Tensor concentration1 => d.Concentration1;
        /// <summary><c>m.concentration0</c></summary>
        public Tensor concentration0 => d.Concentration0;
    }

    extension(HalfCauchy d)
    {
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(LogisticNormal d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

#if LIBTORCH_2
    extension(InverseGamma d)
    {
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
        /// <summary><c>m.rate</c></summary>
        public Tensor rate => d.Rate;
    }
#endif

    extension(LogitRelaxedBernoulli d)
    {
        /// <summary><c>m.temperature</c></summary>
        public Tensor temperature => d.Temperature;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(RelaxedBernoulli d)
    {
        /// <summary><c>m.temperature</c></summary>
        public Tensor temperature => d.Temperature;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
    }

    extension(ExpRelaxedCategorical d)
    {
        /// <summary><c>m.temperature</c></summary>
        public Tensor temperature => d.Temperature;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(RelaxedOneHotCategorical d)
    {
        /// <summary><c>m.temperature</c></summary>
        public Tensor temperature => d.Temperature;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
    }

    extension(CatTransform t)
    {
        /// <summary><c>t.transforms</c></summary>
        public IReadOnlyList<Transform> transforms => t.Parts;
        /// <summary><c>t.lengths</c></summary>
        public IReadOnlyList<long> lengths => t.Lengths;
        /// <summary><c>t.dim</c></summary>
        public int dim => t.Dim;
        /// <summary><c>t.length</c></summary>
        public long length => t.Length;
    }

    extension(StackTransform t)
    {
        /// <summary><c>t.transforms</c></summary>
        public IReadOnlyList<Transform> transforms => t.Parts;
        /// <summary><c>t.dim</c></summary>
        public int dim => t.Dim;
    }

    extension(CatConstraint c)
    {
        /// <summary><c>c.cseq</c></summary>
        public IReadOnlyList<Constraint> cseq => c.Cseq;
        /// <summary><c>c.lengths</c></summary>
        public IReadOnlyList<long> lengths => c.Lengths;
        /// <summary><c>c.dim</c></summary>
        public int dim => c.Dim;
    }

    extension(StackConstraint c)
    {
        /// <summary><c>c.cseq</c></summary>
        public IReadOnlyList<Constraint> cseq => c.Cseq;
        /// <summary><c>c.dim</c></summary>
        public int dim => c.Dim;
    }

    extension(ConstraintRegistry registry)
    {
        /// <summary><c>registry.register(constraint, factory)</c>: for the class of a constraint instance.</summary>
        public Func<Constraint, Transform> register(Constraint constraint, Func<Constraint, Transform> factory) => registry.Register(constraint, factory);
        /// <summary><c>registry.register(ConstraintClass, factory)</c>: <c>typeof(MyConstraint)</c> for the class.</summary>
        public Func<Constraint, Transform> register(Type constraint, Func<Constraint, Transform> factory) => registry.Register(constraint, factory);
    }
}
