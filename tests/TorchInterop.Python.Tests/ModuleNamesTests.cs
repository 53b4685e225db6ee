using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch's module-level names tutorials use: torch.cuda on a CPU machine, backends flags, constants, seeds.</summary>
[TestFixture, NonParallelizable]
public class ModuleNamesTests
{
    [Test]
    public void DeviceSelectionAndFlagsPortUnchanged() => Dialect.Verify(
        """
        print(torch.cuda.is_available(), torch.cuda.device_count())
        torch.cuda.manual_seed(0)
        torch.cuda.manual_seed_all(0)
        torch.backends.cudnn.deterministic = True
        torch.backends.cudnn.benchmark = False
        print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark, torch.backends.cudnn.enabled)
        print(torch.backends.mps.is_available(), torch.backends.cudnn.is_available())
        device = "cuda" if torch.cuda.is_available() else "cpu"
        print(device, torch.ones(2, device=device))
        """,
        () =>
        {
            print(torch.cuda.is_available(), torch.cuda.device_count());
            torch.cuda.manual_seed(0);
            torch.cuda.manual_seed_all(0);
            torch.backends.cudnn.deterministic = true;
            torch.backends.cudnn.benchmark = false;
            print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark, torch.backends.cudnn.enabled);
            print(torch.backends.mps.is_available(), torch.backends.cudnn.is_available());
            var device = torch.cuda.is_available() ? "cuda" : "cpu";
            print(device, torch.ones(2, device: device));
        });

    [Test]
    public void BuildFlagsAndDeterminismFollowTheContext() => Dialect.Verify(
        """
        print(torch.has_openmp, torch.has_mkl, torch.has_lapack, torch.has_spectral)
        print(torch.are_deterministic_algorithms_enabled(), torch.get_deterministic_debug_mode(), torch.is_warn_always_enabled())
        torch.use_deterministic_algorithms(True, warn_only=True)
        print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(), torch.get_deterministic_debug_mode())
        torch.set_deterministic_debug_mode("error")
        print(torch.get_deterministic_debug_mode())
        torch.use_deterministic_algorithms(False)
        torch.set_warn_always(True)
        print(torch.is_warn_always_enabled(), torch.typename(torch.ones(1)), torch.typename(torch.ones(1, dtype=torch.int64)))
        torch.set_warn_always(False)
        print(torch.set_flush_denormal(False))
        """,
        () =>
        {
            print(torch.has_openmp, torch.has_mkl, torch.has_lapack, torch.has_spectral);
            print(torch.are_deterministic_algorithms_enabled(), torch.get_deterministic_debug_mode(), torch.is_warn_always_enabled());
            torch.use_deterministic_algorithms(true, warn_only: true);
            print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(), torch.get_deterministic_debug_mode());
            torch.set_deterministic_debug_mode("error");
            print(torch.get_deterministic_debug_mode());
            torch.use_deterministic_algorithms(false);
            torch.set_warn_always(true);
            print(torch.is_warn_always_enabled(), torch.typename(torch.ones(1)), torch.typename(torch.ones(1, dtype: torch.int64)));
            torch.set_warn_always(false);
            print(torch.set_flush_denormal(false));
        });

    [Test]
    public void ConstantsThreadsSeedsAndTypeTests() => Dialect.Verify(
        """
        print(torch.pi, torch.e, torch.inf, -torch.inf, torch.nan, torch.get_default_dtype())
        print(torch.is_tensor(torch.ones(1)), torch.is_tensor(3), torch.is_storage(torch.ones(1)), torch.numel(torch.ones(2, 3)))
        torch.manual_seed(5)
        print(torch.initial_seed())
        n = torch.get_num_threads()
        torch.set_num_threads(1)
        print(torch.get_num_threads())
        torch.set_num_threads(n)
        """,
        () =>
        {
            print(torch.pi, torch.e, torch.inf, -torch.inf, torch.nan, torch.get_default_dtype());
            print(torch.is_tensor(torch.ones(1)), torch.is_tensor(3), torch.is_storage(torch.ones(1)), torch.numel(torch.ones(2, 3)));
            torch.manual_seed(5);
            print(torch.initial_seed());
            var n = torch.get_num_threads();
            torch.set_num_threads(1);
            print(torch.get_num_threads());
            torch.set_num_threads((int)n);
        });
}
