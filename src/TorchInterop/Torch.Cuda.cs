using TorchInterop.Native;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.cuda</c>: what the loaded LibTorch knows of CUDA. Debian's LibTorch is built for the CPU, so
    /// <see cref="IsAvailable"/> is false and <c>device = "cuda" if torch.cuda.is_available() else "cpu"</c> picks the
    /// CPU, as Python does on such a machine; with an official CUDA LibTorch (<c>Torch_DIR</c>) it reports the GPUs.
    /// </summary>
    public static class Cuda
    {
        /// <summary><c>torch.cuda.is_available()</c></summary>
        public static bool IsAvailable() => DeviceCount() > 0;

        /// <summary><c>torch.cuda.device_count()</c></summary>
        public static long DeviceCount()
        {
            long count = NativeMethods.ti_cuda_device_count();
            if (count < 0) throw Check.LastError();
            return count;
        }

        /// <summary><c>torch.cuda.manual_seed(seed)</c>: without CUDA, nothing to seed (Python queues the call and never runs it).</summary>
        /// <exception cref="NotSupportedException">With CUDA devices: their generators are not bound yet.</exception>
        public static void ManualSeed(long seed)
        {
            _ = seed;
            if (IsAvailable()) throw new NotSupportedException("torch.cuda.manual_seed: CUDA generators are not bound yet; Torch.ManualSeed seeds the CPU");
        }

        /// <summary><c>torch.cuda.manual_seed_all(seed)</c></summary>
        public static void ManualSeedAll(long seed) => ManualSeed(seed);
    }
}
