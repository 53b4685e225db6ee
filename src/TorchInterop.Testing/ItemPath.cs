namespace TorchInterop.Testing;

/// <summary>
/// Where a compared pair sits inside the sequences and mappings passed in: list indices and dictionary keys, written
/// the way PyTorch names them (<c>[1]</c>, <c>['b']</c>).
/// </summary>
internal sealed class ItemPath
{
    private readonly string text;

    private ItemPath(string text) => this.text = text;

    /// <summary>The top level: a single pair of tensors.</summary>
    public static ItemPath Root { get; } = new("");

    public bool IsRoot => text.Length == 0;

    public ItemPath Index(int index) => new(text + "[" + PythonText.Int(index) + "]");

    public ItemPath Key(string key) => new(text + "[" + PythonText.StringRepr(key) + "]");

    /// <summary>
    /// <paramref name="message"/> with PyTorch's note on which item failed; unchanged at the top level.
    /// </summary>
    public string Annotate(string message) =>
        IsRoot ? message : message + "\n\nThe failure occurred for item " + text;

    public override string ToString() => text;
}
