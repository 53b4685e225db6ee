namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.normal</c> with Python's four signatures and no others: ATen's <c>normal.out(Tensor self, float mean,
/// float std, *, out)</c>, which Python does not bind, would take <c>torch.normal(0.3, std)</c> as
/// <c>(input=0.3, out=std)</c> in C#; here a number mean with a tensor std is <c>normal.float_Tensor</c>, as in Python.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.normal(mean, std, *, out=None)</c> with a tensor of means and a tensor of standard deviations.</summary>
    public static Tensor normal(Tensor mean, Tensor std, Tensor? @out = null) =>
        @out is null ? Torch.Normal(mean, std) : Torch.Normal(mean, std, @out);

    /// <summary><c>torch.normal(mean, std=1.0, *, out=None)</c> with a tensor of means.</summary>
    public static Tensor normal(Tensor mean, double std = 1.0, Tensor? @out = null) =>
        @out is null ? Torch.Normal(mean, std) : Torch.Normal(mean, @out, std);

    /// <summary><c>torch.normal(mean, std, *, out=None)</c> with one mean and a tensor of standard deviations.</summary>
    /// <example><code>torch.manual_seed(0); var n = torch.normal(0.3, std);</code></example>
    public static Tensor normal(double mean, Tensor std, Tensor? @out = null) =>
        @out is null ? Torch.Normal(mean, std) : Torch.Normal(mean, std, @out);

    /// <summary><c>torch.normal(mean, std, size, *, out=None, dtype=None, layout=torch.strided, device=None, pin_memory=False, requires_grad=False)</c></summary>
    public static Tensor normal(double mean, double std, long[] size, Tensor? @out = null, DType? dtype = null, Layout? layout = null,
        Device? device = null, bool? pin_memory = null, bool requires_grad = false)
    {
        if (@out is null) return Torch.Normal(mean, std, size, dtype, layout, device, pin_memory, requires_grad);
        var result = Torch.Normal(mean, std, size, @out);
        if (requires_grad) result.RequiresGrad = true;
        return result;
    }
}
#pragma warning restore CS8981, IDE1006
