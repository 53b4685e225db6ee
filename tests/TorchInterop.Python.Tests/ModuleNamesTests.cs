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
