namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.cuda</c>: false and 0 on a CPU-only LibTorch, as Python reports there.</summary>
    public static class cuda
    {
        /// <summary><c>torch.cuda.is_available()</c></summary>
        public static bool is_available() => Torch.Cuda.IsAvailable();

        /// <summary><c>torch.cuda.device_count()</c></summary>
        public static long device_count() => Torch.Cuda.DeviceCount();

        /// <summary><c>torch.cuda.manual_seed(seed)</c></summary>
        public static void manual_seed(long seed) => Torch.Cuda.ManualSeed(seed);

        /// <summary><c>torch.cuda.manual_seed_all(seed)</c></summary>
        public static void manual_seed_all(long seed) => Torch.Cuda.ManualSeedAll(seed);
    }

    /// <summary>Python's <c>torch.backends</c>: the flags tutorials set.</summary>
    public static class backends
    {
        /// <summary>
        /// <c>torch.backends.cudnn</c>: the flags are kept and read back, and have no effect on the CPU (as in Python,
        /// where they only steer cuDNN's GPU kernels).
        /// </summary>
        public static class cudnn
        {
            /// <summary><c>torch.backends.cudnn.deterministic</c> (False by default)</summary>
            public static bool deterministic { get; set; }

            /// <summary><c>torch.backends.cudnn.benchmark</c> (False by default)</summary>
            public static bool benchmark { get; set; }

            /// <summary><c>torch.backends.cudnn.enabled</c> (True by default)</summary>
            public static bool enabled { get; set; } = true;

            /// <summary><c>torch.backends.cudnn.is_available()</c>: false: the shim binds no cuDNN.</summary>
            public static bool is_available() => false;
        }

        /// <summary><c>torch.backends.mps</c>: Apple's GPUs, never on Linux.</summary>
        public static class mps
        {
            /// <summary><c>torch.backends.mps.is_available()</c></summary>
            public static bool is_available() => false;

            /// <summary><c>torch.backends.mps.is_built()</c></summary>
            public static bool is_built() => false;
        }
    }
}
#pragma warning restore CS8981, IDE1006
