using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Tensor attributes, dtype conversions, tolist and iteration, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class TensorAttributeTests
{
    [Test]
    public void AttributesAndConversionsMatchPyTorch() => Dialect.Verify(
        """
        x = torch.arange(6.0).view(2, 3)
        print(x.is_contiguous(), x.t().is_contiguous(), x.element_size(), x.get_device(), x.is_cpu, x.is_sparse, x.layout)
        print(x.ndimension(), x.nelement(), x[:, 1:].storage_offset(), x.type(), x.long().type(), x.type(torch.float64).dtype)
        print(x.bool(), x.byte().dtype, x.char().dtype, x.short().dtype, x.int().dtype, x.half(), x.bfloat16().dtype)
        print(x.cfloat().dtype, x.cdouble().dtype, x.real, x.new_tensor([1, 2]), x.new_tensor([0.5]).dtype)
        print(x.tolist(), torch.tensor(3.5).tolist(), torch.tensor([True, False]).tolist(), torch.tensor([[1, 2]]).tolist())
        for row in x:
            print(row)
        print(list(torch.tensor([1.5, 2.5])), len(x))
        try:
            x.imag
        except RuntimeError as e:
            print(e)
        try:
            for v in torch.tensor(1.0):
                pass
        except TypeError as e:
            print(e)
        print(x.data_ptr() == x.data_ptr(), x.data_ptr() != x.clone().data_ptr())
        """,
        () =>
        {
            var x = torch.arange(6.0).view(2, 3);
            print(x.is_contiguous(), x.t().is_contiguous(), x.element_size(), x.get_device(), x.is_cpu, x.is_sparse, x.layout);
            print(x.ndimension(), x.nelement(), x[.., 1..].storage_offset(), x.type(), x.@long().type(), x.type(torch.float64).dtype);
            print(x.@bool(), x.@byte().dtype, x.@char().dtype, x.@short().dtype, x.@int().dtype, x.half(), x.bfloat16().dtype);
            print(x.cfloat().dtype, x.cdouble().dtype, x.real, x.new_tensor(new long[] { 1, 2 }), x.new_tensor(new[] { 0.5 }).dtype);
            print(x.tolist(), torch.tensor(3.5).tolist(), torch.tensor(new[] { true, false }).tolist(), torch.tensor(new long[,] { { 1, 2 } }).tolist());
            foreach (var row in x)
                print(row);
            print(list(torch.tensor(new[] { 1.5, 2.5 })), len(x));
            try
            {
                _ = x.imag;
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
            try
            {
                foreach (var v in torch.tensor(1.0)) { }
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
            print(x.data_ptr() == x.data_ptr(), x.data_ptr() != x.clone().data_ptr());
        });
}
