namespace TorchInterop.Testing;

/// <summary>
/// Assertions on tensors with the semantics and messages of <c>torch.testing.assert_close</c> of the PyTorch whose
/// LibTorch this process runs on (<see cref="LibTorch.Version"/>): 1.13 or 2.x.
/// </summary>
/// <remarks>
/// <para>Two tensors are close when they have the same shape, device (if <c>checkDevice</c>) and dtype (if
/// <c>checkDtype</c>), and every pair of elements satisfies <c>torch.isclose</c>:
/// <c>actual == expected</c>, or both are NaN and <c>equalNan</c> is set, or the difference is finite and
/// <c>|actual - expected| &lt;= atol + rtol * |expected|</c>. Without <c>checkDtype</c>, tensors of different dtypes
/// are first converted to their common dtype (<c>torch.promote_types</c>). PyTorch 1.13 then compares
/// floating-point values in float64 and integers and bools in int64; 2.x compares in the common dtype itself, and
/// its message for 0-dim tensors also names both values (<c>Expected 1.5 but got 1.0.</c>).</para>
/// <para>A failure throws <see cref="TensorAssertionException"/> whose message is PyTorch's AssertionError text.
/// <c>message</c> replaces that text and <c>transformMessage</c> rewrites it (Python's string or callable
/// <c>msg</c>); as in PyTorch, neither applies to the structural failures of sequences and mappings (length or
/// key mismatch).</para>
/// <para>Complex tensors are not supported (<see cref="NotSupportedException"/>).</para>
/// </remarks>
public static class TensorAssert
{
    /// <summary>Asserts that two tensors are close (<c>torch.testing.assert_close(actual, expected, ...)</c>).</summary>
    /// <param name="actual">The tensor under test.</param>
    /// <param name="expected">The reference tensor.</param>
    /// <param name="rtol">Relative tolerance; give it together with <paramref name="atol"/>, or omit both for the
    /// defaults of the dtypes (see <see cref="DefaultTolerances"/>).</param>
    /// <param name="atol">Absolute tolerance; give it together with <paramref name="rtol"/>.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether the tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether the tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when the comparison fails.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when the comparison fails.</param>
    /// <exception cref="TensorAssertionException">The tensors are not close.</exception>
    /// <exception cref="ArgumentException">Only one of <paramref name="rtol"/> and <paramref name="atol"/> is given,
    /// or both <paramref name="message"/> and <paramref name="transformMessage"/> are.</exception>
    /// <exception cref="ArgumentNullException">A tensor is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Close(Tensor actual, Tensor expected, double? rtol = null, double? atol = null,
        bool equalNan = false, bool checkDevice = true, bool checkDtype = true, bool checkStride = false,
        string? message = null, Func<string, string>? transformMessage = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var options = CloseOptions.Create(rtol, atol, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);
        CompareAll(PairOrigination.FromTensors(actual, expected, options), options);
    }

    /// <summary>
    /// Asserts that two sequences have the same length and that their tensors are close item by item
    /// (<c>assert_close</c> on lists). A failure names the item: <c>The failure occurred for item [1]</c>.
    /// </summary>
    /// <param name="actual">The tensors under test.</param>
    /// <param name="expected">The reference tensors.</param>
    /// <param name="rtol">Relative tolerance; give it together with <paramref name="atol"/>, or omit both for the
    /// defaults of each pair's dtypes (see <see cref="DefaultTolerances"/>).</param>
    /// <param name="atol">Absolute tolerance; give it together with <paramref name="rtol"/>.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether paired tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether paired tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when a pair is not close.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when a pair is not close.</param>
    /// <exception cref="TensorAssertionException">The lengths differ, or a pair is not close.</exception>
    /// <exception cref="ArgumentException">Only one of <paramref name="rtol"/> and <paramref name="atol"/> is given,
    /// or both <paramref name="message"/> and <paramref name="transformMessage"/> are.</exception>
    /// <exception cref="ArgumentNullException">A sequence or a tensor in it is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Close(IReadOnlyList<Tensor> actual, IReadOnlyList<Tensor> expected, double? rtol = null,
        double? atol = null, bool equalNan = false, bool checkDevice = true, bool checkDtype = true,
        bool checkStride = false, string? message = null, Func<string, string>? transformMessage = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var options = CloseOptions.Create(rtol, atol, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);
        CompareAll(PairOrigination.FromSequences(actual, expected, options), options);
    }

    /// <summary>
    /// Asserts that two mappings have the same keys and that their tensors are close key by key, in sorted key
    /// order (<c>assert_close</c> on dicts). A failure names the key: <c>The failure occurred for item ['b']</c>.
    /// </summary>
    /// <param name="actual">The tensors under test, by name.</param>
    /// <param name="expected">The reference tensors, by name.</param>
    /// <param name="rtol">Relative tolerance; give it together with <paramref name="atol"/>, or omit both for the
    /// defaults of each pair's dtypes (see <see cref="DefaultTolerances"/>).</param>
    /// <param name="atol">Absolute tolerance; give it together with <paramref name="rtol"/>.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether paired tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether paired tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when a pair is not close.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when a pair is not close.</param>
    /// <exception cref="TensorAssertionException">The keys differ, or a pair is not close.</exception>
    /// <exception cref="ArgumentException">Only one of <paramref name="rtol"/> and <paramref name="atol"/> is given,
    /// or both <paramref name="message"/> and <paramref name="transformMessage"/> are.</exception>
    /// <exception cref="ArgumentNullException">A mapping or a tensor in it is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Close(IReadOnlyDictionary<string, Tensor> actual, IReadOnlyDictionary<string, Tensor> expected,
        double? rtol = null, double? atol = null, bool equalNan = false, bool checkDevice = true,
        bool checkDtype = true, bool checkStride = false, string? message = null,
        Func<string, string>? transformMessage = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var options = CloseOptions.Create(rtol, atol, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);
        CompareAll(PairOrigination.FromMappings(actual, expected, options), options);
    }

    /// <summary>
    /// Asserts that two tensors are equal: <see cref="Close(Tensor, Tensor, double?, double?, bool, bool, bool, bool, string?, Func{string, string}?)"/>
    /// with <c>rtol = atol = 0</c>, whose failures say "are not equal!".
    /// </summary>
    /// <param name="actual">The tensor under test.</param>
    /// <param name="expected">The reference tensor.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether the tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether the tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when the comparison fails.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when the comparison fails.</param>
    /// <exception cref="TensorAssertionException">The tensors are not equal.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="message"/> and <paramref name="transformMessage"/> are given.</exception>
    /// <exception cref="ArgumentNullException">A tensor is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Equal(Tensor actual, Tensor expected, bool equalNan = false, bool checkDevice = true,
        bool checkDtype = true, bool checkStride = false, string? message = null,
        Func<string, string>? transformMessage = null) =>
        Close(actual, expected, 0, 0, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);

    /// <summary>Asserts that two sequences of tensors are equal item by item (<c>rtol = atol = 0</c>).</summary>
    /// <param name="actual">The tensors under test.</param>
    /// <param name="expected">The reference tensors.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether paired tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether paired tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when a pair is not equal.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when a pair is not equal.</param>
    /// <exception cref="TensorAssertionException">The lengths differ, or a pair is not equal.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="message"/> and <paramref name="transformMessage"/> are given.</exception>
    /// <exception cref="ArgumentNullException">A sequence or a tensor in it is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Equal(IReadOnlyList<Tensor> actual, IReadOnlyList<Tensor> expected, bool equalNan = false,
        bool checkDevice = true, bool checkDtype = true, bool checkStride = false, string? message = null,
        Func<string, string>? transformMessage = null) =>
        Close(actual, expected, 0, 0, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);

    /// <summary>Asserts that two mappings of tensors are equal key by key (<c>rtol = atol = 0</c>).</summary>
    /// <param name="actual">The tensors under test, by name.</param>
    /// <param name="expected">The reference tensors, by name.</param>
    /// <param name="equalNan">Whether two NaNs count as equal.</param>
    /// <param name="checkDevice">Whether paired tensors must be on the same device.</param>
    /// <param name="checkDtype">Whether paired tensors must have the same dtype.</param>
    /// <param name="checkStride">Also require equal strides (<see cref="Tensor.Stride"/>).</param>
    /// <param name="message">Replaces PyTorch's message when a pair is not equal.</param>
    /// <param name="transformMessage">Rewrites PyTorch's message when a pair is not equal.</param>
    /// <exception cref="TensorAssertionException">The keys differ, or a pair is not equal.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="message"/> and <paramref name="transformMessage"/> are given.</exception>
    /// <exception cref="ArgumentNullException">A mapping or a tensor in it is null.</exception>
    /// <exception cref="NotSupportedException">A tensor is complex.</exception>
    public static void Equal(IReadOnlyDictionary<string, Tensor> actual, IReadOnlyDictionary<string, Tensor> expected,
        bool equalNan = false, bool checkDevice = true, bool checkDtype = true, bool checkStride = false,
        string? message = null, Func<string, string>? transformMessage = null) =>
        Close(actual, expected, 0, 0, equalNan, checkDevice, checkDtype, checkStride, message, transformMessage);

    /// <summary>
    /// The default tolerances for tensors of <paramref name="dtypes"/>: the loosest rtol and the loosest atol of
    /// PyTorch's table (float16 1e-3/1e-5, bfloat16 1.6e-2/1e-5, float32 1.3e-6/1e-5, float64 1e-7/1e-7, complex
    /// as their parts; 0/0 for integers and bool), as <c>torch.testing._comparison.default_tolerances</c>.
    /// </summary>
    /// <param name="dtypes">One or more dtypes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dtypes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dtypes"/> is empty.</exception>
    public static (double Rtol, double Atol) DefaultTolerances(params DType[] dtypes)
    {
        ArgumentNullException.ThrowIfNull(dtypes);
        return Tolerances.Default(dtypes);
    }

    // PyTorch compares every pair before raising the first failure; stopping at that failure reports the same one.
    private static void CompareAll(List<TensorPair> pairs, CloseOptions options)
    {
        foreach (TensorPair pair in pairs)
        {
            if (pair.Compare() is { } failure)
                throw new TensorAssertionException(options.FailureText(failure));
        }
    }
}
