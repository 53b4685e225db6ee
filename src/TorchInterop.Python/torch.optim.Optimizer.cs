namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// <c>torch.optim.Optimizer(params, defaults)</c>, the base class of an optimizer written by hand: it keeps the
        /// parameter groups (options a group leaves unset come from <c>defaults</c>), the per-parameter
        /// <see cref="state"/>, <c>zero_grad</c>, <c>add_param_group</c> and the state dict; the subclass writes
        /// <see cref="step"/>.
        /// </summary>
        /// <example><code>
        /// sealed class PlainSGD(IEnumerable&lt;Tensor&gt; @params, double lr) : torch.optim.Optimizer(@params, dict(lr: lr))
        /// {
        ///     public override void step()
        ///     {
        ///         using var noGrad = torch.no_grad();
        ///         foreach (var group in param_groups)
        ///             foreach (var p in (IEnumerable&lt;Tensor&gt;)group["params"]!) p.add_(p.grad!, alpha: -(double)group["lr"]!);
        ///     }
        /// }
        /// </code></example>
        public abstract class Optimizer : Optim.Optimizer
        {
            /// <summary>Creates the optimizer over a list of tensors, with <paramref name="defaults"/> as the options of its group.</summary>
            protected Optimizer(IEnumerable<Tensor> @params, Dictionary<string, object> defaults)
                : base([new Optim.ParamGroup(@params ?? throw new ArgumentNullException(nameof(@params)))], DefaultsGroup(defaults), OptionNames(defaults))
            {
                _given = new(defaults);
            }

            /// <summary>Creates the optimizer over parameter groups given as dictionaries (<c>[{'params': ..., 'lr': ...}]</c>).</summary>
            protected Optimizer(IEnumerable<Dictionary<string, object>> @params, Dictionary<string, object> defaults)
                : base(Groups(@params), DefaultsGroup(defaults), OptionNames(defaults))
            {
                _given = new(defaults);
            }

            private readonly Dictionary<string, object> _given;

            /// <summary>Python's <c>self.state</c>: each parameter's state dict, created empty on first use (<c>state[p]["step"] = 0</c>).</summary>
            public States state => new(this);

            /// <summary>Python's <c>self.param_groups</c>; a group's options read by name: <c>group["lr"]</c>.</summary>
            public IReadOnlyList<Optim.ParamGroup> param_groups => ParamGroups;

            /// <summary>Python's <c>self.defaults</c>: the options as given.</summary>
            public IReadOnlyDictionary<string, object> defaults => _given;

            /// <summary>One optimization step: the subclass's <c>def step(self)</c>.</summary>
            public abstract void step();

            /// <inheritdoc/>
            public sealed override void Step()
            {
                RecordStep();
                step();
            }

            /// <inheritdoc/>
            protected override bool LrRequired => false;

            private static Optim.ParamGroup DefaultsGroup(Dictionary<string, object> defaults)
            {
                ArgumentNullException.ThrowIfNull(defaults);
                var group = new Optim.ParamGroup([]);
                foreach (var (name, value) in defaults) group[name] = name == "betas" && value is ValueTuple<double, double> pair ? new object[] { pair.Item1, pair.Item2 } : value;
                return group;
            }

            private static string[] OptionNames(Dictionary<string, object> defaults) =>
                (defaults ?? throw new ArgumentNullException(nameof(defaults))).Keys.ToArray();

            /// <summary>An optimizer's per-parameter state, as Python's <c>optimizer.state</c> (a <c>defaultdict(dict)</c>).</summary>
            public readonly struct States
            {
                private readonly Optim.Optimizer _optimizer;

                internal States(Optim.Optimizer optimizer) => _optimizer = optimizer;

                /// <summary>The state of <paramref name="parameter"/>, created empty on first use.</summary>
                public Dictionary<string, object?> this[Tensor parameter] => _optimizer.StateOf(parameter);
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
