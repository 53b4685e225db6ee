namespace TorchInterop.Functorch.Einops;

/// <summary>
/// A rearrange pattern (<c>"b (h w) -> b h w"</c>) split into its two sides and checked, as functorch's
/// <c>parse_pattern</c> and <c>validate_rearrange_expressions</c> do, with their messages (all Python ValueErrors).
/// </summary>
internal sealed class RearrangePattern
{
    private RearrangePattern(ParsedExpression left, ParsedExpression right)
    {
        Left = left;
        Right = right;
    }

    public ParsedExpression Left { get; }

    public ParsedExpression Right { get; }

    /// <summary>Parses <paramref name="pattern"/> and checks it against the lengths given for some of its axes.</summary>
    public static RearrangePattern Parse(string pattern, IReadOnlyList<KeyValuePair<string, long>> axesLengths)
    {
        string[] sides = pattern.Split("->");
        if (sides.Length != 2) throw Error("Pattern must contain a single '->' separator");
        if (axesLengths.Any(a => a.Key == ParsedExpression.Ellipsis))
            throw Error($"'{ParsedExpression.Ellipsis}' is not an allowed axis identifier");

        var left = new ParsedExpression(sides[0]);
        var right = new ParsedExpression(sides[1]);
        if (!left.HasEllipsis && right.HasEllipsis)
            throw Error($"Ellipsis found in right side, but not left side of a pattern {pattern}");
        if (left.HasEllipsis && left.HasEllipsisParenthesized == true)
            throw Error($"Ellipsis is parenthesis in the left side is not allowed: {pattern}");

        Validate(left, right, axesLengths);
        return new RearrangePattern(left, right);
    }

    private static void Validate(ParsedExpression left, ParsedExpression right, IReadOnlyList<KeyValuePair<string, long>> axesLengths)
    {
        if (left.HasNonUnitaryAnonymousAxes || right.HasNonUnitaryAnonymousAxes)
            throw Error("rearrange only supports unnamed axes of size 1");

        // Python prints sets in hash order; a set of one, the usual case, reads the same either way.
        var oneSided = left.NamesInOrder.Where(n => !right.Identifiers.Contains(n))
                           .Concat(right.NamesInOrder.Where(n => !left.Identifiers.Contains(n))).ToList();
        if (oneSided.Count > 0)
            throw Error($"Identifiers only on one side of rearrange expression (should be on both): {SetRepr(oneSided)}");

        var unmatched = axesLengths.Select(a => a.Key).Where(name => !left.Identifiers.Contains(name)).ToList();
        if (unmatched.Count > 0) throw Error($"Identifiers not found in rearrange expression: {SetRepr(unmatched)}");
    }

    private static string SetRepr(IEnumerable<string> names) => "{" + string.Join(", ", names.Select(n => $"'{n}'")) + "}";

    private static TorchException Error(string message) => new(message, TorchErrorKind.ValueError);
}
