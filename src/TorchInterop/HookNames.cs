namespace TorchInterop;

/// <summary>The name Python's messages give a hook function (its <c>__name__</c>): a local function's own, <c>&lt;lambda&gt;</c> for a lambda.</summary>
internal static class HookNames
{
    public static string Of(Delegate hook)
    {
        string name = hook.Method.Name;
        // C# names a local function "<Outer>g__name|i_j" and a lambda "<Outer>b__i_j".
        int local = name.IndexOf(">g__", StringComparison.Ordinal);
        if (local >= 0)
        {
            int start = local + ">g__".Length;
            int end = name.IndexOf('|', start);
            return end > start ? name[start..end] : name[start..];
        }
        return name.StartsWith('<') ? "<lambda>" : name;
    }
}
