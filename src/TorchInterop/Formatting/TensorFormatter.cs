using System.Globalization;
using System.Text;

namespace TorchInterop.Formatting;

/// <summary>
/// Python's <c>repr(tensor)</c>, ported from <c>torch/_tensor_str.py</c> (PyTorch 1.13.1) function by function:
/// <c>_str_intern</c> → <see cref="StrIntern"/>, <c>_tensor_str</c> → <see cref="TensorStr"/>,
/// <c>_tensor_str_with_formatter</c>, <c>_vector_str</c>, <c>_scalar_str</c>, <c>_add_suffixes</c>,
/// <c>get_summarized_data</c>; <c>_Formatter</c> is <see cref="ElementFormatter"/>. Where PyTorch 2.x's file differs
/// (zero edge items print <c>[...]</c> and the size), the code follows the LibTorch it runs on.
/// </summary>
/// <remarks>
/// Left out because the library cannot make such tensors: sparse, quantized, nested, meta and functorch-wrapped
/// tensors and named tensors. A forward-AD dual tensor prints its primal and a <c>tangent=</c> suffix, as in Python. Python's <c>resolve_neg</c>/<c>resolve_conj</c> steps have no
/// counterpart: copying the elements out materializes such lazy views.
/// The elements printing shows are copied to managed memory once: the summary of a summarized tensor (as Python
/// computes its formatter over <c>get_summarized_data</c>), the whole tensor otherwise.
/// </remarks>
internal static class TensorFormatter
{
    /// <summary>Python's <c>repr(tensor)</c> (<c>torch._tensor_str._str</c>), under the current print options.</summary>
    public static string Repr(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        using var _ = Autograd.NoGrad();
        using var functorchOff = FunctorchWrapperFormat.Disabled();
        return StrIntern(tensor, PrintOptions.Current);
    }

    private static string StrIntern(Tensor inp, PrintSettings options)
    {
        if (FunctorchWrapperFormat.TryFormat(inp, value => StrIntern(value, options)) is { } wrapper) return wrapper;
        // Python prints a dual tensor's primal, then its tangent at the current level as a suffix.
        var (self, tangent) = Autograd.ForwardAD.UnpackDual(inp);
        try
        {
            return StrInternOfPrimal(inp, self, tangent, options);
        }
        finally
        {
            if (!ReferenceEquals(self, inp)) self.Dispose();
            tangent?.Dispose();
        }
    }

    private static string StrInternOfPrimal(Tensor inp, Tensor self, Tensor? tangent, PrintSettings options)
    {
        const string prefix = "tensor(";
        int indent = prefix.Length;
        var suffixes = new List<string>();
        string tensorStr;

        // Python prints the device when it is not the default one (always cpu here).
        Device device = self.Device;
        if (!device.IsCpu)
            suffixes.Add("device='" + device + "'");

        DType dtype = self.Dtype;
        DType defaultDtype = Torch.DefaultDtype;
        bool hasDefaultDtype = dtype == defaultDtype || dtype == DType.Int64 || dtype == DType.Bool
            || dtype == (defaultDtype == DType.Float64 ? DType.Complex128 : DType.Complex64);

        if (self.NumEl == 0)
        {
            // Explicitly print the shape if it is not (0,), to match NumPy behavior.
            long[] shape = self.Shape;
            if (shape.Length != 1)
                suffixes.Add("size=" + PythonTuple(shape));

            // In an empty tensor there are no elements to infer whether the dtype should be int64, so it must be
            // shown explicitly.
            if (dtype != defaultDtype)
                suffixes.Add("dtype=" + dtype.PythonName());
            tensorStr = "[]";
        }
        else
        {
            // 2.x shows no element at all with zero edge items, so it tells the shape instead.
            if (ZeroEdgeItemsShowNothing(options))
                suffixes.Add("size=" + PythonTuple(self.Shape));

            if (!hasDefaultDtype)
                suffixes.Add("dtype=" + dtype.PythonName());
            tensorStr = TensorStr(self, indent, options);
        }

        // inp's own grad_fn, not the primal view's.
        if (inp.GradFn is { } gradFn)
            suffixes.Add("grad_fn=<" + gradFn.Name + ">");
        else if (inp.RequiresGrad)
            suffixes.Add("requires_grad=True");

        if (tangent is not null)
            suffixes.Add("tangent=" + StrIntern(tangent, options));

        return AddSuffixes(prefix + tensorStr, suffixes, indent, forceNewline: false, options);
    }

    private static string TensorStr(Tensor self, int indent, PrintSettings options)
    {
        if (self.NumEl == 0)
            return "[]";

        bool summarize = self.NumEl > options.Threshold;

        // Python turns float16 and bfloat16 into float32, and complex32 into complex64, here; TensorElements widens
        // every float to double, which gives the same numbers.
        var layout = SummaryLayout.For(self.Shape, summarize, options.EdgeItems);
        TensorElements elements;
        using (Tensor? summary = summarize ? GetSummarizedData(self, layout, options) : null)
            elements = TensorElements.CopyFrom(summary ?? self);
        var view = new ElementView(elements, layout);

        if (elements.IsComplex)
        {
            var realFormatter = new ElementFormatter(elements.Real(), options);
            var imagFormatter = new ElementFormatter(elements.Imag(), options);
            return TensorStrWithFormatter(view, indent, summarize, realFormatter, imagFormatter, options);
        }
        else
        {
            var formatter = new ElementFormatter(elements, options);
            return TensorStrWithFormatter(view, indent, summarize, formatter, null, options);
        }
    }

    // formatter2 is only used for complex tensors: formatter1 and formatter2 format the real and imaginary parts.
    private static string TensorStrWithFormatter(ElementView self, int indent, bool summarize, ElementFormatter formatter1,
        ElementFormatter? formatter2, PrintSettings options)
    {
        int dim = self.Dim;

        if (dim == 0)
            return ScalarStr(self, formatter1, formatter2);

        if (dim == 1)
            return VectorStr(self, indent, summarize, formatter1, formatter2, options);

        var slices = new List<string>();
        if (summarize && self.Size0 > 2L * options.EdgeItems)
        {
            for (long i = 0; i < options.EdgeItems; i++)
                slices.Add(TensorStrWithFormatter(self[i], indent + 1, summarize, formatter1, formatter2, options));
            slices.Add("...");
            for (long i = self.Size0 - options.EdgeItems; i < self.Size0; i++)
                slices.Add(TensorStrWithFormatter(self[i], indent + 1, summarize, formatter1, formatter2, options));
        }
        else
        {
            for (long i = 0; i < self.Size0; i++)
                slices.Add(TensorStrWithFormatter(self[i], indent + 1, summarize, formatter1, formatter2, options));
        }

        string tensorStr = string.Join("," + new string('\n', dim - 1) + new string(' ', indent + 1), slices);
        return "[" + tensorStr + "]";
    }

    private static string ScalarStr(ElementView self, ElementFormatter formatter1, ElementFormatter? formatter2) =>
        ValFormatter(self.Item(), formatter1, formatter2);

    private static string VectorStr(ElementView self, int indent, bool summarize, ElementFormatter formatter1,
        ElementFormatter? formatter2, PrintSettings options)
    {
        // Length includes spaces and comma between elements.
        long elementLength = formatter1.Width() + 2L;
        if (formatter2 is not null)
        {
            // Width for the imaginary part, plus the "j".
            elementLength += formatter2.Width() + 1;
        }

        long elementsPerLine = Math.Max(1L, (long)Math.Floor((double)((long)options.LineWidth - indent) / elementLength));

        var data = new List<string>();
        if (summarize && ZeroEdgeItemsShowNothing(options))
        {
            // 1.13 printed " ..." and then the whole vector (Python's self[-0:] is all of it).
            data.Add("...");
        }
        else if (summarize && self.Size0 > 2L * options.EdgeItems)
        {
            foreach (Element val in self.ToList(stop: options.EdgeItems)) data.Add(ValFormatter(val, formatter1, formatter2));
            data.Add(" ...");
            foreach (Element val in self.ToList(start: -(long)options.EdgeItems)) data.Add(ValFormatter(val, formatter1, formatter2));
        }
        else
        {
            foreach (Element val in self.ToList()) data.Add(ValFormatter(val, formatter1, formatter2));
        }

        var lines = new List<string>();
        for (long i = 0; i < data.Count; i += elementsPerLine)
            lines.Add(string.Join(", ", data.GetRange((int)i, (int)Math.Min(elementsPerLine, data.Count - i))));
        return "[" + string.Join(",\n" + new string(' ', indent + 1), lines) + "]";
    }

    /// <summary>Python's <c>_val_formatter</c> (the same logic as <c>_scalar_str</c>).</summary>
    private static string ValFormatter(Element val, ElementFormatter formatter1, ElementFormatter? formatter2)
    {
        if (formatter2 is null)
            return formatter1.Format(val.Value);

        string realStr = formatter1.Format(val.Value);
        string imagStr = (formatter2.Format(Scalar.FromDouble(val.Imag)) + "j").TrimStart();
        // Handles negative numbers, +0.0, -0.0.
        return imagStr[0] is '+' or '-' ? realStr + imagStr : realStr + "+" + imagStr;
    }

    private static string AddSuffixes(string tensorStr, List<string> suffixes, int indent, bool forceNewline,
        PrintSettings options)
    {
        var tensorStrs = new StringBuilder(tensorStr);
        long lastLineLen = tensorStr.Length - tensorStr.LastIndexOf('\n') + 1;
        foreach (string suffix in suffixes)
        {
            int suffixLen = suffix.Length;
            if (forceNewline || lastLineLen + suffixLen + 2 > options.LineWidth)
            {
                tensorStrs.Append(",\n").Append(' ', indent).Append(suffix);
                lastLineLen = indent + suffixLen;
                forceNewline = false;
            }
            else
            {
                tensorStrs.Append(", ").Append(suffix);
                lastLineLen += suffixLen + 2;
            }
        }
        tensorStrs.Append(')');
        return tensorStrs.ToString();
    }

    /// <summary>
    /// Python's <c>get_summarized_data</c>: the first and last edge items of every dimension longer than twice the
    /// edge items, or null when that is the whole tensor. Python stacks rows recursively; cutting one dimension at
    /// a time gives the same tensor in a handful of native calls.
    /// </summary>
    private static Tensor? GetSummarizedData(Tensor self, SummaryLayout layout, PrintSettings options)
    {
        if (layout.Rank >= 2 && options.EdgeItems == 0)
        {
            // 2.x summarizes to no element (self.new_empty): the matrix prints as [...]. 1.13's recursion calls
            // torch.stack([]) here, which fails.
            if (ZeroEdgeItemsShowNothing(options))
                return self.Slice(0, 0, 0);
            throw new TorchException("stack expects a non-empty TensorList");
        }

        Tensor? result = null;
        for (int d = 0; d < layout.Rank; d++)
        {
            if (!layout.IsCut(d)) continue;
            Tensor source = result ?? self;
            using Tensor head = source.Slice(d, 0, layout.HeadEnd[d]);
            using Tensor tail = source.Slice(d, layout.TailStart[d], layout.Sizes[d]);
            Tensor cut = Torch.Cat([head, tail], d);
            result?.Dispose();
            result = cut;
        }
        return result;
    }

    /// <summary>
    /// PyTorch 2.x's <c>not PRINT_OPTS.edgeitems</c> cases: a summarized tensor shows <c>[...]</c> and every
    /// tensor with elements gets a <c>size=</c> suffix. PyTorch 1.13 has none of them.
    /// </summary>
    private static bool ZeroEdgeItemsShowNothing(PrintSettings options) => options.EdgeItems == 0 && LibTorch.IsAtLeast(2);

    /// <summary>Python's <c>str(tuple(shape))</c>: <c>(2, 0)</c>, <c>(0,)</c>.</summary>
    private static string PythonTuple(long[] shape) =>
        "(" + string.Join(", ", shape.Select(s => s.ToString(CultureInfo.InvariantCulture))) + (shape.Length == 1 ? ",)" : ")");
}
