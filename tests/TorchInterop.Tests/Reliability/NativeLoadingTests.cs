using TorchInterop.Native;

namespace TorchInterop.Tests.Reliability;

/// <summary>A missing or wrong native library is an exception that says what was searched, where, and how to fix it.</summary>
public class NativeLoadingTests
{
    [Test]
    public void MissingLibraryNamesEveryPlaceSearched()
    {
        using var dir = new TemporaryDirectory();
        string candidate = dir.File(NativeLibraryLoader.FileName);
        var error = Assert.Throws<DllNotFoundException>(() => NativeLibraryLoader.Load([candidate], () => IntPtr.Zero))!;
        Assert.That(error.Message, Does.Contain($"could not load its native library {NativeLibraryLoader.FileName}"));
        Assert.That(error.Message, Does.Contain($"{candidate}: not found"));
        Assert.That(error.Message, Does.Contain("on the system library path: not found"));
        Assert.That(error.Message, Does.Contain("./build.sh").And.Contain("apt-get install libtorch-dev"));
    }

    [Test]
    public void CorruptLibraryIsReportedWithTheLoadersReason()
    {
        using var dir = new TemporaryDirectory();
        string candidate = dir.File(NativeLibraryLoader.FileName);
        File.WriteAllText(candidate, "not a shared object");
        var error = Assert.Throws<DllNotFoundException>(() => NativeLibraryLoader.Load([candidate], () => IntPtr.Zero))!;
        Assert.That(error.Message, Does.Contain(candidate + ":").And.Not.Contain($"{candidate}: not found"));
    }

    [Test]
    public void ForeignLibraryIsRefusedAsIncompatible()
    {
        string zlib = new[] { "/usr/lib/x86_64-linux-gnu/libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1" }.First(File.Exists);
        using var dir = new TemporaryDirectory();
        string candidate = dir.File(NativeLibraryLoader.FileName);
        File.Copy(zlib, candidate);
        var error = Assert.Throws<DllNotFoundException>(() => NativeLibraryLoader.Load([candidate], () => IntPtr.Zero))!;
        Assert.That(error.Message, Does.Contain($"{candidate}: not TorchInterop's native library"));
    }

    [Test]
    public void TheBuiltLibraryLoads()
    {
        var candidates = NativeLibraryLoader.Candidates(typeof(Tensor).Assembly);
        Assert.That(NativeLibraryLoader.Load(candidates, () => IntPtr.Zero), Is.Not.EqualTo(IntPtr.Zero));
    }
}
