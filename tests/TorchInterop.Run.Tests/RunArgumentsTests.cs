namespace TorchInterop.Run.Tests;

/// <summary><see cref="RunArguments"/>: torchrun's spellings of the options, and where the program's arguments begin.</summary>
public class RunArgumentsTests
{
    [Test]
    public void OptionsInEitherSpellingThenTheProgramAndItsArguments()
    {
        var parsed = RunArguments.Parse(["--nproc_per_node=4", "--nnodes", "2", "--node-rank=1", "--master_addr", "10.0.0.1",
            "--master-port", "1234", "--max-restarts", "3", "--timeout", "2.5", "--role", "trainer", "--run-id", "r1",
            "train.dll", "--epochs", "3", "--", "-x"]);
        var o = parsed.Options;
        Assert.That((o.NprocPerNode, o.Nnodes, o.NodeRank, o.MasterAddr, o.MasterPort, o.MaxRestarts, o.Timeout, o.Role, o.RunId),
            Is.EqualTo((4, 2, 1, "10.0.0.1", 1234, 3, (TimeSpan?)TimeSpan.FromSeconds(2.5), "trainer", "r1")));
        Assert.That(parsed.Program, Is.EqualTo("train.dll"));
        Assert.That(parsed.ProgramArguments, Is.EqualTo(new[] { "--epochs", "3", "--", "-x" }));
    }

    [Test]
    public void DoubleDashEndsTheLaunchersOptions()
    {
        var parsed = RunArguments.Parse(["--standalone", "--", "--weird-program-name", "a"]);
        Assert.That((parsed.Options.MasterPort, parsed.Program, parsed.ProgramArguments.Single()), Is.EqualTo((0, "--weird-program-name", "a")));
        Assert.That(RunArguments.Parse(["app"]).Options, Is.EqualTo(new TorchInterop.Distributed.LaunchOptions()));
    }

    [Test]
    public void ProjectOptions()
    {
        var parsed = RunArguments.Parse(["-c", "Debug", "--no-build", "examples/DistributedTraining"]);
        Assert.That((parsed.Configuration, parsed.Build, parsed.Program), Is.EqualTo(("Debug", false, "examples/DistributedTraining")));
    }

    [Test]
    public void MalformedCommandLines()
    {
        Assert.That(() => RunArguments.Parse(["--timeout", "soon", "x"]), Throws.ArgumentException.With.Message.EqualTo("--timeout needs a number of seconds, got 'soon'"));
        Assert.That(() => RunArguments.Parse(["--master-port"]), Throws.ArgumentException.With.Message.EqualTo("--master-port needs a value"));
        Assert.That(() => RunArguments.Parse(["--nnodes", "2", "--node-rank", "5", "x"]), Throws.ArgumentException.With.Message.StartsWith("--node-rank must be in [0, 1]"));
    }
}
