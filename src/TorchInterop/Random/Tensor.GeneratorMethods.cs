using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>Fills the tensor in place with integers over its dtype's range, drawn from <paramref name="generator"/> (Python's <c>random_(generator=g)</c>).</summary>
    public Tensor Random_(Generator? generator)
    {
        Generator.Use(generator, g => Check.Status(NativeMethods.ti_random_generator_(this, g)));
        return this;
    }
}
