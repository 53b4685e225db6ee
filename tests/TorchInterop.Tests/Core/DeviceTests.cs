using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

/// <summary>Device strings as <c>torch.device</c> parses them, and moving tensors between devices.</summary>
public class DeviceTests
{
    private static readonly string[] Strings = ["cpu", "cpu:0", "cuda", "cuda:1", "cuda:12", "gpu", "cuda:x", "cuda:-1", "cuda:01", "cpu:", ""];

    [Test]
    public void ParsesAsPyTorch() => new ParityCase("device strings",
        """
        for s in [
        """ + string.Join(", ", Strings.Select(s => $"'{s}'")) + """
        ]:
            try:
                print(torch.device(s))
            except RuntimeError as e:
                print(e)
        """,
        o =>
        {
            foreach (string s in Strings)
            {
                try
                {
                    o.Print(Device.Parse(s).ToString());
                }
                catch (TorchException e)
                {
                    o.Print(e.Message);
                }
            }
        }).Verify();

    [Test]
    public void MovesTensorsAsPyTorch() => new ParityCase("to(device)",
        """
        x = torch.arange(3.0, requires_grad=True)
        y = x.to('cpu', torch.float64)
        print(y, y.device, x.cpu().grad_fn, x.to('cpu').grad_fn)
        """,
        o =>
        {
            var x = Torch.Arange(3.0, requiresGrad: true);
            var y = x.To("cpu", DType.Float64);
            o.Print(y, y.Device, x.Cpu().GradFn, x.To("cpu").GradFn);
        }).Verify();

    [Test]
    public void RejectsUnsupportedDevices()
    {
        Assert.That(() => Device.Parse("meta"), Throws.TypeOf<NotSupportedException>().With.Message.Contains("meta"));
        Assert.That(() => Device.Parse(null!), Throws.ArgumentNullException);
        Assert.That(() => Torch.Ones([2]).To(Device.CUDA()), Throws.TypeOf<TorchException>());
    }
}
