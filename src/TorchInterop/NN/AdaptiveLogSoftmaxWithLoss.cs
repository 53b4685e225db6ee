using System.Globalization;

namespace TorchInterop.NN;

/// <summary>What <see cref="AdaptiveLogSoftmaxWithLoss"/>'s forward returns: Python's namedtuple <c>_ASMoutput(output, loss)</c>.</summary>
/// <param name="Output">The log-probability of each example's target.</param>
/// <param name="Loss">The negative mean of <paramref name="Output"/>.</param>
public sealed record ASMOutput(Tensor Output, Tensor Loss)
{
    /// <summary>Python's repr: <c>_ASMoutput(output=tensor(...), loss=tensor(...))</c>.</summary>
    public override string ToString() => $"_ASMoutput(output={Output}, loss={Loss})";
}

/// <summary>
/// Python's <c>torch.nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes, cutoffs, div_value=4.0,
/// head_bias=False)</c>: Grave et al.'s adaptive softmax, a head over the shortlist and the clusters, and one
/// two-layer projection per cluster in <c>tail</c>.
/// </summary>
public sealed class AdaptiveLogSoftmaxWithLoss : Module
{
    private readonly long[] _cutoffs;

    /// <summary>An adaptive softmax over <paramref name="nClasses"/> classes split at <paramref name="cutoffs"/>.</summary>
    public AdaptiveLogSoftmaxWithLoss(long inFeatures, long nClasses, IReadOnlyList<long> cutoffs, double divValue = 4.0, bool headBias = false,
        DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        if (cutoffs.Count == 0)
        {
            if (LibTorch.IsAtLeast(2)) throw new TorchException("cutoffs should be a sequence of length larger than 0", TorchErrorKind.ValueError);
            // 1.13 reaches min() of an empty list.
            throw new TorchException("min() arg is an empty sequence", TorchErrorKind.ValueError);
        }
        if (!cutoffs.SequenceEqual(cutoffs.Order()) || cutoffs.Min() <= 0 || cutoffs.Max() > nClasses - 1 || cutoffs.Distinct().Count() != cutoffs.Count)
            throw new TorchException("cutoffs should be a sequence of unique, positive integers sorted in an increasing order, " +
                "where each value is between 1 and n_classes-1", TorchErrorKind.ValueError);
        InFeatures = inFeatures;
        NClasses = nClasses;
        _cutoffs = [.. cutoffs, nClasses];
        DivValue = divValue;
        HeadBias = headBias;
        Head = RegisterModule("head", new Linear(inFeatures, HeadSize, headBias, dtype))!;
        Tail = RegisterModule("tail", new ModuleList<Sequential>())!;
        for (int i = 0; i < NClusters; i++)
        {
            long hidden = (long)Math.Floor(inFeatures / Math.Pow(divValue, i + 1));
            long outputs = _cutoffs[i + 1] - _cutoffs[i];
            Tail.Append(new Sequential(new Linear(inFeatures, hidden, false, dtype), new Linear(hidden, outputs, false, dtype)));
        }
    }

    /// <summary>Features of the input.</summary>
    public long InFeatures { get; }

    /// <summary>Number of classes.</summary>
    public long NClasses { get; }

    /// <summary>The cutoffs with <see cref="NClasses"/> appended, as PyTorch stores them.</summary>
    public IReadOnlyList<long> Cutoffs => _cutoffs;

    /// <summary>The exponent base of the clusters' hidden sizes.</summary>
    public double DivValue { get; }

    /// <summary>Whether the head has a bias.</summary>
    public bool HeadBias { get; }

    /// <summary>Classes predicted by the head directly.</summary>
    public long ShortlistSize => _cutoffs[0];

    /// <summary>Number of tail clusters.</summary>
    public int NClusters => _cutoffs.Length - 1;

    /// <summary>The head's outputs: the shortlist and one per cluster.</summary>
    public long HeadSize => ShortlistSize + NClusters;

    /// <summary>The head.</summary>
    public Linear Head { get; }

    /// <summary>The clusters' projections.</summary>
    public ModuleList<Sequential> Tail { get; }

    /// <summary>PyTorch's <c>reset_parameters</c>: the head's, then each projection's.</summary>
    public void ResetParameters()
    {
        Head.ResetParameters();
        foreach (var projection in Tail)
            foreach (var layer in projection.Children().Cast<Linear>()) layer.ResetParameters();
    }

    /// <summary>Python's <c>forward(input_, target_)</c>: each target's log-probability and the mean loss.</summary>
    public ASMOutput Forward(Tensor input, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        CheckShapes(input, target);
        bool isBatched = target.Dim > 0;
        var x = isBatched ? input : input.Unsqueeze(0);
        var t = isBatched ? target : target.Unsqueeze(0);
        long usedRows = 0, batchSize = t.Size(0);
        var output = x.NewZeros([batchSize]);
        var gatherIndices = t.NewEmpty([batchSize]);
        long[] bounds = [0, .. _cutoffs];
        for (int i = 0; i < bounds.Length - 1; i++)
        {
            long low = bounds[i], high = bounds[i + 1];
            var targetMask = t.Ge(low).BitwiseAnd(t.Lt(high));
            var rows = targetMask.Nonzero().Squeeze();
            if (rows.NumEl == 0) continue;
            if (i == 0)
            {
                gatherIndices.IndexCopy_(0, rows, t[targetMask]);
            }
            else
            {
                var relativeTarget = t[targetMask] - low;
                var clusterOutput = Tail[i - 1].Call(x.IndexSelect(0, rows));
                gatherIndices.IndexFill_(0, rows, ShortlistSize + i - 1);
                var localLogprob = Functional.LogSoftmax(clusterOutput, dim: 1).Gather(1, relativeTarget.Unsqueeze(1));
                output.IndexCopy_(0, rows, localLogprob.Squeeze(1));
            }
            usedRows += rows.NumEl;
        }
        if (usedRows != batchSize)
            throw new TorchException(string.Create(CultureInfo.InvariantCulture,
                $"Target values should be in [0, {NClasses - 1}], but values in range [{t.Min().Item<long>()}, {t.Max().Item<long>()}] were found. "));
        var headLogprob = Functional.LogSoftmax(Head.Call(x), dim: 1);
        output = output.Add_(headLogprob.Gather(1, gatherIndices.Unsqueeze(1)).Squeeze());
        var loss = (-output).Mean();
        return new ASMOutput(isBatched ? output : output.Squeeze(0), loss);
    }

    /// <summary>Same as <see cref="Forward"/>.</summary>
    public ASMOutput Call(Tensor input, Tensor target) => Forward(input, target);

    /// <summary>Python's <c>log_prob(input)</c>: the log-probabilities of every class, (N, n_classes).</summary>
    public Tensor LogProb(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FullLogProb(input, Head.Call(input));
    }

    /// <summary>Python's <c>predict(input)</c>: the most likely class of each row, computing the full distribution only where needed.</summary>
    public Tensor Predict(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var headOutput = Head.Call(input);
        var output = Torch.Argmax(headOutput, dim: 1);
        var notInShortlist = output.Ge(ShortlistSize);
        if (!notInShortlist.Any().Item<bool>()) return output;
        if (notInShortlist.All().Item<bool>()) return Torch.Argmax(FullLogProb(input, headOutput), dim: 1);
        output[notInShortlist] = Torch.Argmax(FullLogProb(input[notInShortlist], headOutput[notInShortlist]), dim: 1);
        return output;
    }

    // _get_full_log_prob
    private Tensor FullLogProb(Tensor input, Tensor headOutput)
    {
        var result = input.NewEmpty([headOutput.Size(0), NClasses]);
        var headLogprob = Functional.LogSoftmax(headOutput, dim: 1);
        int shortlist = (int)ShortlistSize;
        result[.., ..shortlist] = headLogprob[.., ..shortlist];
        for (int i = 0; i < NClusters; i++)
        {
            var clusterLogprob = Functional.LogSoftmax(Tail[i].Call(input), dim: 1);
            result[.., (int)_cutoffs[i]..(int)_cutoffs[i + 1]] = clusterLogprob + headLogprob[.., shortlist + i].Unsqueeze(1);
        }
        return result;
    }

    private static void CheckShapes(Tensor input, Tensor target)
    {
        bool v2 = LibTorch.IsAtLeast(2);
        string size = "torch.Size([" + string.Join(", ", input.Shape) + "])";
        switch (target.Dim)
        {
            case 1:
                if (input.Size(0) != target.Size(0))
                    throw new TorchException("Input and target should have the same size in the batch dimension.");
                if (input.Dim != 2)
                    throw new TorchException(v2 ? $"1D target tensor expects 2D input tensors, but found inputs with size {size}"
                        : $"('1D target tensor expects 2D input tensors, but found inputs with size', {size})");
                break;
            case 0:
                if (input.Dim != 1)
                    throw new TorchException(v2 ? $"0D target tensor expects 1D input tensors, but found inputs with size {size}"
                        : $"('0D target tensor expects 1D input tensors, but found inputs with size', {size})");
                break;
            default:
                throw new TorchException("0D or 1D target tensor expected, multi-target not supported");
        }
    }
}
