namespace TorchInterop.Tests.Parity;

/// <summary>Tests of the parity harness itself (they need a reference PyTorch, or a warm cache).</summary>
[TestFixture]
public class PyTorchTests
{
    [Test]
    public void PrintIsReturned()
    {
        string output = PyTorch.Run("print(torch.ones(2, 2) + 1)");

        Assert.That(output, Is.EqualTo("tensor([[2., 2.],\n        [2., 2.]])\n"));
    }

    [Test]
    public void ExceptionIsRenderedAfterOutputSoFar()
    {
        string output = PyTorch.Run("""
            x = torch.ones(3, requires_grad=True)
            print("before")
            (x * 2).backward()
            print("after")
            """);

        Assert.That(output, Is.EqualTo("before\nRuntimeError: grad can be implicitly created only for scalar outputs\n"));
    }

    [Test]
    public void PythonExceptionTypesKeepTheirNames()
    {
        Assert.That(PyTorch.Run("int('x')"), Is.EqualTo("ValueError: invalid literal for int() with base 10: 'x'\n"));
    }

    [Test]
    public void PrintOptionsDoNotLeakIntoTheNextSnippet()
    {
        string changed = PyTorch.Run("""
            torch.set_printoptions(precision=2)
            print(torch.tensor([1.23456]))
            """);
        string fresh = PyTorch.Run("print(torch.tensor([1.23456]))");

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo("tensor([1.23])\n"));
            Assert.That(fresh, Is.EqualTo("tensor([1.2346])\n"));
        });
    }

    [Test]
    public void GradModeDoesNotLeakIntoTheNextSnippet()
    {
        PyTorch.Run("torch.set_grad_enabled(False)\nprint(torch.is_grad_enabled())");

        Assert.That(PyTorch.Run("print(torch.is_grad_enabled())"), Is.EqualTo("True\n"));
    }

    [Test]
    public void VariablesDoNotLeakIntoTheNextSnippet()
    {
        PyTorch.Run("leaked = 1");

        Assert.That(PyTorch.Run("print(leaked)"), Is.EqualTo("NameError: name 'leaked' is not defined\n"));
    }

    [Test]
    public void MultiLineSnippetsWithIndentationWork()
    {
        string output = PyTorch.Run("""
            def square(t):
                return t * t

            total = 0
            for i in range(3):
                if i % 2 == 0:
                    total += i
                    print("even", i)
            print(square(torch.tensor(3.0)).item(), total, math.sqrt(16.0))
            """);

        Assert.That(output, Is.EqualTo("even 0\neven 2\n9.0 2 4.0\n"));
    }

    [Test]
    public void IndentedSnippetIsDedented()
    {
        Assert.That(PyTorch.Run("    x = 1\n    print(x + 1)\n"), Is.EqualTo("2\n"));
    }

    [Test]
    public void SnippetOutputNeverCorruptsTheProtocol()
    {
        // Stray writes to the real stdout and stdin reads must not disturb the request/reply stream.
        string output = PyTorch.Run("""
            import os, sys
            os.write(1, b"123\nnot a reply\n")
            print("line\nwith 42\nnewlines", end="")
            print(repr(sys.stdin.read()))
            """);

        Assert.That(output, Is.EqualTo("line\nwith 42\nnewlines''\n"));
        Assert.That(PyTorch.Run("print('still in sync')"), Is.EqualTo("still in sync\n"));
    }

    [Test]
    public void UnicodeRoundTrips()
    {
        Assert.That(PyTorch.Run("print('é ∂ 漢字')"), Is.EqualTo("é ∂ 漢字\n"));
    }

    [Test]
    public void SecondCallIsServedFromTheCache()
    {
        const string snippet = "torch.manual_seed(0)\nprint(torch.randn(3))";

        string first = PyTorch.Run(snippet);
        Assert.That(File.Exists(PyTorch.CacheFileFor(snippet)), Is.True, "the result was cached on disk");

        int requests = PyTorch.ServerRequests;
        string second = PyTorch.Run(snippet);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(PyTorch.ServerRequests, Is.EqualTo(requests), "the second call did not reach Python");
            Assert.That(File.ReadAllText(PyTorch.CacheFileFor(snippet)), Is.EqualTo(first));
        });
    }

    [Test]
    public void CacheKeyDependsOnTheSnippet()
    {
        Assert.That(PyTorch.CacheFileFor("print(1)"), Is.Not.EqualTo(PyTorch.CacheFileFor("print(2)")));
        Assert.That(Path.GetDirectoryName(PyTorch.CacheFileFor("print(1)")), Is.EqualTo(PyTorch.CacheDirectory));
    }
}
