using System.Diagnostics.CodeAnalysis;
using TorchInterop.Distributions;

namespace TorchInterop.Python;

/// <summary>Distributions' and constraints' members under their Python names: <c>m.sample((3,))</c>, <c>m.log_prob(x)</c>, <c>m.batch_shape</c>, ...</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class DistributionExtensions
{
    extension(Distribution d)
    {
        /// <summary><c>m.batch_shape</c></summary>
        public Size batch_shape => new(d.BatchShape);
        /// <summary><c>m.event_shape</c></summary>
        public Size event_shape => new(d.EventShape);
        /// <summary><c>m.sample(sample_shape=torch.Size())</c>: <c>m.sample((3,))</c> is <c>m.sample([3])</c>.</summary>
        public Tensor sample(long[]? sample_shape = null) => d.Sample(sample_shape);
        /// <summary><c>m.sample(torch.Size([3]))</c></summary>
        public Tensor sample(Size sample_shape) => d.Sample([.. sample_shape]);
        /// <summary><c>m.rsample(sample_shape=torch.Size())</c></summary>
        public Tensor rsample(long[]? sample_shape = null) => d.RSample(sample_shape);
        /// <summary><c>m.rsample(torch.Size([3]))</c></summary>
        public Tensor rsample(Size sample_shape) => d.RSample([.. sample_shape]);
        /// <summary><c>m.sample_n(n)</c> (deprecated: warns)</summary>
        public Tensor sample_n(long n) => d.SampleN(n);
        /// <summary><c>m.log_prob(value)</c></summary>
        public Tensor log_prob(Tensor value) => d.LogProb(value);
        /// <summary><c>m.cdf(value)</c></summary>
        public Tensor cdf(Tensor value) => d.Cdf(value);
        /// <summary><c>m.icdf(value)</c></summary>
        public Tensor icdf(Tensor value) => d.Icdf(value);
        /// <summary><c>m.entropy()</c></summary>
        public Tensor entropy() => d.Entropy();
        /// <summary><c>m.perplexity()</c></summary>
        public Tensor perplexity() => d.Perplexity();
        /// <summary><c>m.enumerate_support(expand=True)</c></summary>
        public Tensor enumerate_support(bool expand = true) => d.EnumerateSupport(expand);
        /// <summary><c>m.expand(batch_shape)</c></summary>
        public Distribution expand(long[] batch_shape) => d.Expand(batch_shape);
        /// <summary><c>m.expand(torch.Size([...]))</c></summary>
        public Distribution expand(Size batch_shape) => d.Expand([.. batch_shape]);
        /// <summary><c>m.mean</c></summary>
        public Tensor mean => d.Mean;
        /// <summary><c>m.mode</c></summary>
        public Tensor mode => d.Mode;
        /// <summary><c>m.variance</c></summary>
        public Tensor variance => d.Variance;
        /// <summary><c>m.stddev</c></summary>
        public Tensor stddev => d.Stddev;
        /// <summary><c>m.support</c></summary>
        public Constraint support => d.Support;
        /// <summary><c>m.arg_constraints</c></summary>
        public IReadOnlyDictionary<string, Constraint> arg_constraints => d.ArgConstraints;
        /// <summary><c>m.has_rsample</c></summary>
        public bool has_rsample => d.HasRSample;
        /// <summary><c>m.has_enumerate_support</c></summary>
        public bool has_enumerate_support => d.HasEnumerateSupport;
    }

    extension(Normal d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(Laplace d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(Uniform d)
    {
        /// <summary><c>m.low</c></summary>
        public Tensor low => d.Low;
        /// <summary><c>m.high</c></summary>
        public Tensor high => d.High;
    }

    extension(Exponential d)
    {
        /// <summary><c>m.rate</c></summary>
        public Tensor rate => d.Rate;
    }

    extension(Poisson d)
    {
        /// <summary><c>m.rate</c></summary>
        public Tensor rate => d.Rate;
    }

    extension(Gamma d)
    {
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
        /// <summary><c>m.rate</c></summary>
        public Tensor rate => d.Rate;
    }

    extension(Dirichlet d)
    {
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
    }

    extension(Beta d)
    {
        /// <summary><c>m.concentration1</c></summary>
        public Tensor concentration1 => d.Concentration1;
        /// <summary><c>m.concentration0</c></summary>
        public Tensor concentration0 => d.Concentration0;
    }

    extension(Bernoulli d)
    {
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(Categorical d)
    {
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(OneHotCategorical d)
    {
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(Binomial d)
    {
        /// <summary><c>m.total_count</c></summary>
        public Tensor total_count => d.TotalCount;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(Constraint c)
    {
        /// <summary><c>constraint.check(value)</c></summary>
        public Tensor check(Tensor value) => c.Check(value);
        /// <summary><c>constraint.is_discrete</c></summary>
        public bool is_discrete => c.IsDiscrete;
        /// <summary><c>constraint.event_dim</c></summary>
        public int event_dim => c.EventDim;
    }
}
