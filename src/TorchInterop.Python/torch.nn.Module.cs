using System.Collections.Concurrent;
using System.Reflection;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Python's <c>nn.Module</c> for a model of one's own: <c>class Net : nn.Module</c> with a <c>forward</c>.
        /// Submodules and parameters held in fields or properties are registered under their names, in declaration
        /// order, as Python's <c>__setattr__</c> registers them on assignment: <c>Linear fc1 = nn.Linear(2, 3);</c>
        /// shows up in <c>parameters()</c>, <c>state_dict()</c> and the printed model as <c>fc1</c>.
        /// </summary>
        public abstract class Module : NN.Module<Tensor, Tensor>
        {
            private static readonly ConcurrentDictionary<Type, (string Name, FieldInfo Field)[]> Declared = new();

            /// <summary>The computation (Python's <c>forward</c>).</summary>
            public abstract Tensor forward(Tensor x);

            /// <inheritdoc />
            public sealed override Tensor Forward(Tensor input) => forward(input);

            /// <summary><c>self.register_buffer(name, tensor, persistent=True)</c></summary>
            public void register_buffer(string name, Tensor? tensor, bool persistent = true) => RegisterBuffer(name, tensor, persistent);

            /// <summary><c>self.register_parameter(name, param)</c></summary>
            public void register_parameter(string name, Tensor? param) => RegisterParameter(name, param);

            /// <summary><c>self.add_module(name, module)</c></summary>
            public void add_module(string name, NN.Module? module) => RegisterModule(name, module);

            /// <inheritdoc />
            protected override void RegisterDeclaredMembers()
            {
                foreach (var (name, field) in Declared.GetOrAdd(GetType(), Discover))
                {
                    switch (field.GetValue(this))
                    {
                        case NN.Module module when !ReferenceEquals(NamedChildren().FirstOrDefault(c => c.Name == name).Value, module):
                            RegisterModule(name, module);
                            break;
                        case Tensor { IsParameter: true } parameter when !ReferenceEquals(GetParameter(name), parameter):
                            RegisterParameter(name, parameter);
                            break;
#if LIBTORCH_2
                        case Tensor buffer when IsBuffer(buffer, out bool persistent) && !ReferenceEquals(GetBuffer(name), buffer):
                            RegisterBuffer(name, buffer, persistent);
                            break;
#endif
                    }
                }
            }

            // The fields (auto-properties by their property's name) that can hold a module or a tensor, base classes first.
            private static (string Name, FieldInfo Field)[] Discover(Type type)
            {
                var chain = new Stack<Type>();
                for (var t = type; t is not null && t != typeof(Module); t = t.BaseType) chain.Push(t);
                const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                return chain.SelectMany(t => t.GetFields(flags))
                    .Where(f => typeof(NN.Module).IsAssignableFrom(f.FieldType) || f.FieldType == typeof(Tensor))
                    .Select(f => (Name: PythonName(f.Name), Field: f))
                    .Where(f => f.Name is not null)
                    .Select(f => (f.Name!, f.Field))
                    .ToArray();
            }

            private static string? PythonName(string fieldName)
            {
                if (fieldName.StartsWith('<'))
                {
                    int end = fieldName.IndexOf(">k__BackingField", StringComparison.Ordinal);
                    return end > 1 ? fieldName[1..end] : null;
                }
                return fieldName;
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
