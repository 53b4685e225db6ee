using System.Text;

namespace TorchInterop.NN;

// Python's module repr: `Linear(in_features=3, out_features=2, bias=True)`, children indented by two spaces.
public abstract partial class Module
{
    /// <summary>The text inside the parentheses of this module's repr (Python's <c>extra_repr()</c>).</summary>
    protected virtual string ExtraRepr() => "";

    /// <summary>Python's <c>repr(module)</c>, character for character.</summary>
    public override string ToString()
    {
        var lines = new List<string>();
        string extra = ExtraRepr();
        if (extra.Length > 0) lines.AddRange(extra.Split('\n'));
        foreach (var (name, child) in NamedChildren())
            lines.Add($"({name}): " + Indent(child.ToString()));
        var sb = new StringBuilder(ReprName).Append('(');
        if (lines.Count == 1 && extra.Length > 0 && !NamedChildren().Any()) sb.Append(lines[0]);
        else if (lines.Count > 0) sb.Append("\n  ").Append(string.Join("\n  ", lines)).Append('\n');
        return sb.Append(')').ToString();
    }

    /// <summary>Python's <c>_get_name()</c>: the class name; a generic class drops its arity suffix (<c>ModuleList`1</c> is <c>ModuleList</c>).</summary>
    internal virtual string ReprName => GetType().Name.Split('`')[0];

    private static string Indent(string text) => text.Replace("\n", "\n  ");
}
