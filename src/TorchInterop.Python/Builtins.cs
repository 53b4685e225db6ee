using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace TorchInterop.Python;

/// <summary>
/// Python's builtins for ported code: <c>print</c>, <c>len</c>, <c>repr</c>, <c>str</c> and the legacy
/// <c>Variable</c>. Use with <c>using static TorchInterop.Python.Builtins;</c>.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static partial class Builtins
{
    /// <summary>
    /// Where <see cref="print(object?)"/> writes (and the library's own printing, <see cref="PythonStdout"/>);
    /// <see cref="Console.Out"/> unless set (tests capture with it).
    /// </summary>
    public static TextWriter Out
    {
        get => PythonStdout.Writer;
        set => PythonStdout.Writer = value;
    }

    /// <summary>Python's <c>print()</c>: an empty line.</summary>
    public static void print() => Write([]);

    /// <summary>
    /// Python's <c>print(value)</c>: the value as Python's <c>str()</c> shows it (floats as Python's repr,
    /// <c>True</c>/<c>False</c>, <c>None</c>, tuples, lists, <c>torch.Size</c>, dtypes, tensors). An array prints as
    /// one Python list, as <c>print([a, b])</c> does.
    /// </summary>
    public static void print(object? value) => Write([value]);

    /// <summary>Python's <c>print(a, b, ...)</c>: the values separated by spaces, then a newline.</summary>
    public static void print(object? value1, object? value2, params object?[]? values)
    {
        var all = new object?[2 + (values?.Length ?? 1)];
        all[0] = value1;
        all[1] = value2;
        if (values is null) all[2] = null; // print(a, b, null)
        else values.CopyTo(all, 2);
        Write(all);
    }

    private static void Write(object?[] values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(str(values[i]));
        }
        PythonStdout.WriteLine(sb.ToString());
    }

    /// <summary>Python's <c>len(tensor)</c>: the size of the first dimension.</summary>
    /// <exception cref="TorchException">A 0-dim tensor (Python's TypeError <c>len() of a 0-d tensor</c>).</exception>
    public static long len(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Dim == 0) throw new TorchException("len() of a 0-d tensor", TorchErrorKind.TypeError);
        return tensor.Size(0);
    }

    /// <summary>Python's <c>len(size)</c>.</summary>
    public static long len(Size size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size.Length;
    }

    /// <summary>Python's <c>len(s)</c> for a string.</summary>
    public static long len(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length;
    }

    /// <summary>Python's <c>len(w)</c> for the warnings recorded by <c>warnings.catch_warnings(record: true)</c>.</summary>
    public static long len(WarningRecorder recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Count;
    }

    /// <summary>
    /// Python's <c>dict(params=..., lr=...)</c> for an optimizer's parameter group: Python's
    /// <c>{'params': model.fc.parameters(), 'lr': 1e-3}</c> is <c>dict(@params: model.fc.parameters(), lr: 1e-3)</c>.
    /// Only the options given are set; the optimizer's defaults fill the rest.
    /// </summary>
    /// <remarks>
    /// Without <c>params</c> it is the <c>defaults</c> of an optimizer written by hand (<c>dict(lr: 0.1)</c> given to
    /// <c>torch.optim.Optimizer</c>).
    /// </remarks>
    public static Dictionary<string, object> dict(object? @params = null, double? lr = null, double? momentum = null, double? dampening = null,
        double? weight_decay = null, bool? nesterov = null, bool? maximize = null, (double, double)? betas = null, double? eps = null,
        bool? amsgrad = null, double? alpha = null, bool? centered = null, double? lr_decay = null, double? initial_accumulator_value = null,
        double? rho = null, double? lambd = null, double? t0 = null, double? momentum_decay = null, bool? decoupled_weight_decay = null,
        (double, double)? etas = null, (double, double)? step_sizes = null, bool? @foreach = null)
    {
        var group = new Dictionary<string, object>();
        if (@params is not null) group["params"] = @params;
        void Set(string name, object? value)
        {
            if (value is not null) group[name] = value;
        }
        Set("lr", lr);
        Set("momentum", momentum);
        Set("dampening", dampening);
        Set("weight_decay", weight_decay);
        Set("nesterov", nesterov);
        Set("maximize", maximize);
        Set("betas", betas);
        Set("eps", eps);
        Set("amsgrad", amsgrad);
        Set("alpha", alpha);
        Set("centered", centered);
        Set("lr_decay", lr_decay);
        Set("initial_accumulator_value", initial_accumulator_value);
        Set("rho", rho);
        Set("lambd", lambd);
        Set("t0", t0);
        Set("momentum_decay", momentum_decay);
        Set("decoupled_weight_decay", decoupled_weight_decay);
        Set("etas", etas);
        Set("step_sizes", step_sizes);
        Set("foreach", @foreach);
        return group;
    }

    /// <summary>Python's <c>len(optimizer.param_groups)</c>.</summary>
    public static long len(IReadOnlyList<Optim.ParamGroup> paramGroups)
    {
        ArgumentNullException.ThrowIfNull(paramGroups);
        return paramGroups.Count;
    }

    /// <summary><c>len(parameter_list)</c>: its parameters.</summary>
    public static long len(NN.ParameterList parameters) => parameters.Count;

    /// <summary><c>len(parameter_dict)</c>: its entries.</summary>
    public static long len(NN.ParameterDict parameters) => parameters.Count;

    /// <summary><c>len(module)</c> for containers (ModuleList, ModuleDict, Sequential): how many submodules.</summary>
    public static long len(NN.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.Children().Count();
    }

    /// <summary>Python's <c>len(collection)</c>.</summary>
    public static long len(ICollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.Count;
    }

    /// <summary>
    /// The legacy <c>torch.autograd.Variable(tensor, requires_grad=...)</c>. As in modern PyTorch it returns a
    /// tensor: a new leaf sharing <paramref name="data"/>'s storage (its history dropped), with the flag set.
    /// </summary>
    public static Tensor Variable(Tensor data, bool requires_grad = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Detach().RequiresGrad_(requires_grad);
    }

    /// <summary>Python's <c>str(value)</c>: as <see cref="repr"/>, except that a string is itself and a profiler's event list is its table.</summary>
    public static string str(object? value) => value is string s ? s : (value is null ? null : ProfilerExtensions.PythonStr(value)) ?? repr(value);

    /// <summary>Python's <c>repr(value)</c> for the values ported code prints.</summary>
    public static string repr(object? value)
    {
        switch (value)
        {
            case null: return "None";
            case string s: return StringRepr(s);
            case char c: return StringRepr(c.ToString());
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr(d);
            case float f: return FloatRepr(f);
            case Half h: return FloatRepr((double)h);
            case decimal m: return m.ToString(CultureInfo.InvariantCulture);
            case Scalar sc: return ScalarRepr(sc);
            case DType dt: return dt.PythonName();
            case Layout layout: return layout switch
            {
                Layout.Strided => "torch.strided",
                Layout.SparseCoo => "torch.sparse_coo",
                Layout.SparseCsr => "torch.sparse_csr",
                Layout.SparseCsc => "torch.sparse_csc",
                Layout.Mkldnn => "torch._mkldnn",
                var other => "torch." + other.ToString().ToLowerInvariant(),
            };
            case Size size: return size.ToString();
            case Tensor t: return t.ToString();
            case GradFn g: return g.ToString();
            case TensorTuple tt: return TupleRepr(tt.Cast<object?>().ToList());
            case IPythonTuple pt: return TupleRepr(pt.Cast<object?>().ToList());
            case ITuple tuple:
            {
                var items = new List<object?>(tuple.Length);
                for (int i = 0; i < tuple.Length; i++) items.Add(tuple[i]);
                return TupleRepr(items);
            }
            case IDictionary dict:
            {
                var sb = new StringBuilder("{");
                bool first = true;
                foreach (DictionaryEntry e in dict)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(repr(e.Key)).Append(": ").Append(repr(e.Value));
                }
                return sb.Append('}').ToString();
            }
            case NN.Module module: // a ParameterList or ParameterDict is enumerable, but prints as the module it is
                return module.ToString();
            case IEnumerable list:
                return "[" + string.Join(", ", list.Cast<object?>().Select(repr)) + "]";
            case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
            default: return value.ToString() ?? "";
        }
    }

    /// <summary>
    /// Python's <c>repr(float)</c>: the shortest digits that round-trip, fixed notation for decimal exponents from
    /// -4 to 15 (with <c>.0</c> for integral values), otherwise <c>1e-05</c> / <c>1.5e+16</c>; <c>inf</c>, <c>nan</c>.
    /// </summary>
    public static string FloatRepr(double value) => Formatting.PythonNumberFormat.Repr(value);

    private static string ScalarRepr(Scalar s) => s.Kind switch
    {
        ScalarKind.Float => FloatRepr(s.ToDouble()),
        ScalarKind.Bool => s.ToBoolean() ? "True" : "False",
        _ => s.ToInt64().ToString(CultureInfo.InvariantCulture),
    };

    private static string TupleRepr(IReadOnlyList<object?> items) =>
        items.Count == 1 ? "(" + repr(items[0]) + ",)" : "(" + string.Join(", ", items.Select(repr)) + ")";

    // Python's repr(str): single quotes unless the text has a single quote and no double quote.
    private static string StringRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }
}
