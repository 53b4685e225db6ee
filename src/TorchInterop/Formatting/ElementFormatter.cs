namespace TorchInterop.Formatting;

/// <summary>
/// Python's <c>torch._tensor_str._Formatter</c>: decides from all printed elements whether floats print as
/// integers (<c>1.</c>), in fixed point (<c>1.5000</c>) or in scientific notation (<c>1.5000e+08</c>), and the
/// common width that right-aligns them.
/// </summary>
internal sealed class ElementFormatter
{
    private readonly PrintSettings options;
    private readonly bool floatingDtype;
    private readonly bool intMode = true;
    private readonly bool sciMode;
    private readonly int maxWidth = 1;

    /// <param name="tensor">The elements printing will show (the summary of a summarized tensor).</param>
    /// <param name="options">The print options of this print.</param>
    public ElementFormatter(TensorElements tensor, PrintSettings options)
    {
        this.options = options;
        floatingDtype = tensor.IsFloatingPoint;

        if (!floatingDtype)
        {
            for (long i = 0; i < tensor.Count; i++)
                maxWidth = Math.Max(maxWidth, PythonStr(tensor[i].Value).Length);
        }
        else
        {
            double[] nonzeroFiniteVals = NonzeroFinite(tensor.Floats);

            if (nonzeroFiniteVals.Length == 0)
            {
                // No valid number, do nothing (Python returns here, before the sci_mode option applies).
                return;
            }

            // Python computes these in double precision (tensor_totype), as here.
            double nonzeroFiniteMin = double.PositiveInfinity, nonzeroFiniteMax = 0;
            foreach (double value in nonzeroFiniteVals)
            {
                nonzeroFiniteMin = Math.Min(nonzeroFiniteMin, Math.Abs(value));
                nonzeroFiniteMax = Math.Max(nonzeroFiniteMax, Math.Abs(value));
            }

            foreach (double value in nonzeroFiniteVals)
            {
                if (value != Math.Ceiling(value))
                {
                    intMode = false;
                    break;
                }
            }

            // PyTorch 1.13 measures the widths in the notation it would choose itself and only then applies a forced
            // sci_mode, so sci_mode=False pads to the scientific width; 2.x decides the notation first, forced or not,
            // and measures the widths in it. (Integers never fall below 1e-4, so the last test only matters for
            // fractions.)
            bool autoSciMode = nonzeroFiniteMax / nonzeroFiniteMin > 1000.0 || nonzeroFiniteMax > 1.0e8
                || (!intMode && nonzeroFiniteMin < 1.0e-4);
            bool widthSciMode = LibTorch.IsAtLeast(2) ? options.SciMode ?? autoSciMode : autoSciMode;
            sciMode = widthSciMode;

            if (intMode)
            {
                // In int mode for floats all numbers are integers, and a decimal point is appended to show that the
                // tensor is of floating type: add 1 to the length to account for it.
                if (widthSciMode)
                {
                    foreach (double value in nonzeroFiniteVals)
                        maxWidth = Math.Max(maxWidth, PythonNumberFormat.Scientific(value, options.Precision).Length);
                }
                else
                {
                    foreach (double value in nonzeroFiniteVals)
                        maxWidth = Math.Max(maxWidth, PythonNumberFormat.Fixed(value, 0).Length + 1);
                }
            }
            else
            {
                if (widthSciMode)
                {
                    foreach (double value in nonzeroFiniteVals)
                        maxWidth = Math.Max(maxWidth, PythonNumberFormat.Scientific(value, options.Precision).Length);
                }
                else
                {
                    foreach (double value in nonzeroFiniteVals)
                        maxWidth = Math.Max(maxWidth, PythonNumberFormat.Fixed(value, options.Precision).Length);
                }
            }
        }

        if (options.SciMode is { } forced)
            sciMode = forced;
    }

    /// <summary>The width every formatted element is padded to.</summary>
    public int Width() => maxWidth;

    /// <summary>Formats one element, right-aligned to <see cref="Width"/>.</summary>
    public string Format(Scalar value)
    {
        string ret;
        if (floatingDtype)
        {
            double number = value.ToDouble();
            if (sciMode)
            {
                ret = PythonNumberFormat.Scientific(number, options.Precision);
            }
            else if (intMode)
            {
                ret = PythonNumberFormat.Fixed(number, 0);
                if (!(double.IsInfinity(number) || double.IsNaN(number)))
                    ret += ".";
            }
            else
            {
                ret = PythonNumberFormat.Fixed(number, options.Precision);
            }
        }
        else
        {
            ret = PythonStr(value);
        }
        return ret.Length < maxWidth ? ret.PadLeft(maxWidth) : ret;
    }

    /// <summary>Python's <c>"{}".format(value)</c> for an int or a bool.</summary>
    private static string PythonStr(Scalar value) =>
        value.Kind == ScalarKind.Bool ? PythonNumberFormat.Bool(value.ToBoolean()) : PythonNumberFormat.Int(value.ToInt64());

    /// <summary>Python's <c>torch.masked_select(t, torch.isfinite(t) &amp; t.ne(0))</c>.</summary>
    private static double[] NonzeroFinite(ReadOnlySpan<double> values)
    {
        var selected = new List<double>(values.Length);
        foreach (double value in values)
        {
            if (double.IsFinite(value) && value != 0) selected.Add(value);
        }
        return selected.ToArray();
    }
}
