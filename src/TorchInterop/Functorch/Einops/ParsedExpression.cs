using System.Globalization;
using System.Text;

namespace TorchInterop.Functorch.Einops;

/// <summary>
/// One side of an einops pattern (<c>"b c (h w)"</c>), parsed as functorch's <c>einops/_parsing.py</c> parses it, with
/// its messages. The composition keeps the structure: each entry is either <see cref="Ellipsis"/> (an ellipsis outside
/// brackets) or a group, a <see cref="List{T}"/> of axes; an axis is a name (a string, <see cref="Ellipsis"/> for an
/// ellipsis inside brackets) or an <see cref="AnonymousAxis"/>. A bare <c>1</c> is an empty group, and a <c>1</c>
/// inside brackets leaves no trace.
/// </summary>
internal sealed class ParsedExpression
{
    /// <summary>What <c>...</c> becomes while parsing: the single character U+2026, as in PyTorch.</summary>
    public const string Ellipsis = "\u2026";

    private static readonly HashSet<string> PythonKeywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private List<object>? _bracketGroup;

    public ParsedExpression(string expression)
    {
        if (expression.Contains('.'))
        {
            if (!expression.Contains("...", StringComparison.Ordinal))
                throw Error("Expression may contain dots only inside ellipsis (...)");
            if (CountOf(expression, "...") != 1 || expression.Count(c => c == '.') != 3)
                throw Error("Expression may contain dots only inside ellipsis (...); only one ellipsis for tensor ");
            expression = expression.Replace("...", Ellipsis, StringComparison.Ordinal);
            HasEllipsis = true;
        }

        string? identifier = null;
        foreach (var rune in expression.EnumerateRunes())
        {
            if (rune.Value is '(' or ')' or ' ')
            {
                if (identifier is not null) AddAxisName(identifier);
                identifier = null;
                if (rune.Value == '(')
                {
                    if (_bracketGroup is not null) throw Error("Axis composition is one-level (brackets inside brackets not allowed)");
                    _bracketGroup = [];
                }
                else if (rune.Value == ')')
                {
                    if (_bracketGroup is null) throw Error("Brackets are not balanced");
                    Composition.Add(_bracketGroup);
                    _bracketGroup = null;
                }
            }
            else if (IsAlphanumeric(rune) || rune.Value == '_' || rune.ToString() == Ellipsis)
            {
                identifier += rune.ToString();
            }
            else
            {
                throw Error($"Unknown character '{rune}'");
            }
        }

        if (_bracketGroup is not null) throw Error($"Imbalanced parentheses in expression: '{expression}'");
        if (identifier is not null) AddAxisName(identifier);
    }

    /// <summary>Whether the side had <c>...</c> (a literal U+2026 in the text is an axis, not an ellipsis).</summary>
    public bool HasEllipsis { get; }

    /// <summary>Whether the ellipsis was inside brackets; null without one.</summary>
    public bool? HasEllipsisParenthesized { get; private set; }

    /// <summary>The names (strings, <see cref="Ellipsis"/> included) and the anonymous axes other than 1.</summary>
    public HashSet<object> Identifiers { get; } = [];

    /// <summary>Names in the order they appear, for messages that list some of them.</summary>
    public List<string> NamesInOrder { get; } = [];

    /// <summary>Whether a number other than 1 stands for an axis.</summary>
    public bool HasNonUnitaryAnonymousAxes { get; private set; }

    /// <summary>The entries, one per dimension of the side: <see cref="Ellipsis"/> or a group of axes.</summary>
    public List<object> Composition { get; } = [];

    private void AddAxisName(string name)
    {
        if (Identifiers.Contains(name)) throw Error($"Indexing expression contains duplicate dimension '{name}'");
        if (name == Ellipsis)
        {
            AddIdentifier(Ellipsis);
            if (_bracketGroup is null)
            {
                Composition.Add(Ellipsis);
                HasEllipsisParenthesized = false;
            }
            else
            {
                _bracketGroup.Add(Ellipsis);
                HasEllipsisParenthesized = true;
            }
            return;
        }

        bool isNumber = name.EnumerateRunes().All(Rune.IsDigit);
        if (isNumber && AnonymousAxis.ParseDecimal(name).IsOne)
        {
            // an axis of length 1: an empty group on its own, nothing inside brackets
            if (_bracketGroup is null) Composition.Add(new List<object>());
            return;
        }

        var (isAxisName, reason) = CheckAxisName(name);
        if (!(isNumber || isAxisName)) throw Error($"Invalid axis identifier: {name}\n{reason}");
        object axis = isNumber ? new AnonymousAxis(name) : name;
        if (isNumber) Identifiers.Add(axis);
        else AddIdentifier(name);
        if (isNumber) HasNonUnitaryAnonymousAxes = true;
        if (_bracketGroup is null) Composition.Add(new List<object> { axis });
        else _bracketGroup.Add(axis);
    }

    private void AddIdentifier(string name)
    {
        if (Identifiers.Add(name)) NamesInOrder.Add(name);
    }

    /// <summary>
    /// Whether <paramref name="name"/> can name an axis: a Python identifier that neither starts nor ends with an
    /// underscore. Keywords and <c>axis</c> pass with PyTorch's warnings.
    /// </summary>
    private static (bool Valid, string Reason) CheckAxisName(string name)
    {
        if (!IsPythonIdentifier(name)) return (false, "not a valid python identifier");
        if (name[0] == '_' || name[^1] == '_') return (false, "axis name should should not start or end with underscore");
        if (PythonKeywords.Contains(name))
            Warnings.Raise($"It is discouraged to use axes names that are keywords: {name}", EinopsSource, 0, "RuntimeWarning");
        if (name == "axis")
            Warnings.Raise("It is discouraged to use 'axis' as an axis name and will raise an error in future", EinopsSource, 0, "FutureWarning");
        return (true, "");
    }

    private const string EinopsSource = "functorch/einops/_parsing.py";

    // Python's str.isalnum for one character: letters and every kind of number.
    private static bool IsAlphanumeric(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune);

    // Python's str.isidentifier over the characters the tokenizer lets through (letters, numbers, '_', U+2026): a
    // letter, letter-number or underscore first, then also decimal digits; other numbers (², ½) and U+2026 never.
    private static bool IsPythonIdentifier(string name)
    {
        bool first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            bool start = Rune.IsLetter(rune) || category == UnicodeCategory.LetterNumber || rune.Value == '_';
            if (!(start || (!first && category == UnicodeCategory.DecimalDigitNumber))) return false;
            first = false;
        }
        return !first;
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static TorchException Error(string message) => new(message, TorchErrorKind.ValueError);
}
