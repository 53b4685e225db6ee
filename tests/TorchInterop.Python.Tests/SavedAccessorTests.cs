using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>grad_fn!._saved_&lt;name&gt;: LibTorch's saved values by Python's names, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class SavedAccessorTests
{
    [Test]
    public void TensorsAndNumbersOfElementwiseNodes() => Dialect.Verify(
        """
        x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
        y = x.pow(2)
        print(y.grad_fn._saved_self, y.grad_fn._saved_exponent, y.grad_fn._saved_self is x)
        print(x.pow(2.5).grad_fn._saved_exponent)
        e = torch.tensor([0.5, 2.0], requires_grad=True)
        print(x.pow(e[0]).grad_fn, x.pow(e[0]).grad_fn._saved_exponent)
        print((x * 2).grad_fn._saved_other, (x * 2).grad_fn._saved_self)
        print((x * x).grad_fn._saved_other is x, (x / 4).grad_fn._saved_other, (x / x.detach()).grad_fn._saved_other)
        r = x.exp()
        print(r.grad_fn._saved_result is r, r.grad_fn._saved_result.equal(r), r.grad_fn._saved_result.grad_fn is r.grad_fn)
        print(x.clamp(min=0).grad_fn._saved_max, x.clamp(min=0).grad_fn._saved_min)
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } }, requires_grad: true);
            var y = x.pow(2);
            print(y.grad_fn!._saved_self, y.grad_fn!._saved_exponent, ReferenceEquals(y.grad_fn!._saved_self, x));
            print(x.pow(2.5).grad_fn!._saved_exponent);
            var e = torch.tensor(new[] { 0.5, 2.0 }, requires_grad: true);
            print(x.pow(e[0]).grad_fn, x.pow(e[0]).grad_fn!._saved_exponent);
            print((x * 2).grad_fn!._saved_other, (x * 2).grad_fn!._saved_self);
            print(ReferenceEquals((x * x).grad_fn!._saved_other, x), (x / 4).grad_fn!._saved_other, (x / x.detach()).grad_fn!._saved_other);
            var r = x.exp();
            var result = (Tensor)r.grad_fn!._saved_result!;
            print(ReferenceEquals(result, r), result.equal(r), Equals(result.grad_fn, r.grad_fn));
            print(x.clamp(min: 0).grad_fn!._saved_max, x.clamp(min: 0).grad_fn!._saved_min);
        });

    [Test]
    public void IntsBoolsAndTuplesOfReductionsAndLayers() => Dialect.Verify(
        """
        x = torch.ones(2, 3, requires_grad=True)
        s = x.sum(1)
        print(s.grad_fn, s.grad_fn._saved_dim, s.grad_fn._saved_keepdim, s.grad_fn._saved_self_sym_sizes)
        m = x.mean(-1, True)
        print(m.grad_fn, m.grad_fn._saved_dim, m.grad_fn._saved_keepdim)
        print(torch.cat([x, x], 1).grad_fn._saved_dim, x.select(0, -1).grad_fn._saved_index)
        i = x[torch.tensor([1, 0])]
        print(i.grad_fn, i.grad_fn._saved_indices)
        img = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_()
        p = torch.max_pool2d(img, [2, 2])
        print(p.grad_fn, p.grad_fn._saved_kernel_size, p.grad_fn._saved_stride, p.grad_fn._saved_padding,
              p.grad_fn._saved_dilation, p.grad_fn._saved_ceil_mode, p.grad_fn._saved_result1)
        w = torch.ones(2, 1, 3, 3, requires_grad=True)
        c = torch.conv2d(img, w, stride=[1], padding=[1])
        print(c.grad_fn, c.grad_fn._saved_stride, c.grad_fn._saved_padding, c.grad_fn._saved_dilation,
              c.grad_fn._saved_transposed, c.grad_fn._saved_output_padding, c.grad_fn._saved_groups,
              c.grad_fn._saved_bias_sym_sizes_opt, c.grad_fn._saved_weight is w)
        print(torch.conv2d(img, w, torch.zeros(2)).grad_fn._saved_bias_sym_sizes_opt)
        """,
        () =>
        {
            var x = torch.ones(2, 3, requires_grad: true);
            var s = x.sum(1);
            print(s.grad_fn, s.grad_fn!._saved_dim, s.grad_fn!._saved_keepdim, s.grad_fn!._saved_self_sym_sizes);
            var m = x.mean(-1, true);
            print(m.grad_fn, m.grad_fn!._saved_dim, m.grad_fn!._saved_keepdim);
            print(torch.cat([x, x], 1).grad_fn!._saved_dim, x.select(0, -1).grad_fn!._saved_index);
            var i = x[torch.tensor(new long[] { 1, 0 })];
            print(i.grad_fn, i.grad_fn!._saved_indices);
            var img = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_();
            var p = torch.max_pool2d(img, [2, 2]);
            print(p.grad_fn, p.grad_fn!._saved_kernel_size, p.grad_fn!._saved_stride, p.grad_fn!._saved_padding,
                  p.grad_fn!._saved_dilation, p.grad_fn!._saved_ceil_mode, p.grad_fn!._saved_result1);
            var w = torch.ones(2, 1, 3, 3, requires_grad: true);
            var c = torch.conv2d(img, w, stride: [1], padding: [1]);
            print(c.grad_fn, c.grad_fn!._saved_stride, c.grad_fn!._saved_padding, c.grad_fn!._saved_dilation,
                  c.grad_fn!._saved_transposed, c.grad_fn!._saved_output_padding, c.grad_fn!._saved_groups,
                  c.grad_fn!._saved_bias_sym_sizes_opt, ReferenceEquals(c.grad_fn!._saved_weight, w));
            print(torch.conv2d(img, w, torch.zeros(2)).grad_fn!._saved_bias_sym_sizes_opt);
        });

    [Test]
    public void FreedValuesAndMissingNamesRaisePythonsErrors() => Dialect.Verify(
        """
        x = torch.ones(3, requires_grad=True)
        y = x.pow(2)
        y.sum().backward()
        print(y.grad_fn._saved_exponent)
        try:
            y.grad_fn._saved_self
        except RuntimeError as e:
            print(e)
        i = x[torch.tensor([0])]
        i.sum().backward()
        try:
            i.grad_fn._saved_indices
        except RuntimeError as e:
            print(e)
        try:
            (x * x).grad_fn._saved_exponent
        except AttributeError as e:
            print(e)
        try:
            x.sum().grad_fn.next_functions[0][0]._saved_self
        except AttributeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.ones(3, requires_grad: true);
            var y = x.pow(2);
            y.sum().backward();
            print(y.grad_fn!._saved_exponent);
            PrintError(() => y.grad_fn!._saved_self);
            var i = x[torch.tensor(new long[] { 0 })];
            i.sum().backward();
            PrintError(() => i.grad_fn!._saved_indices);
            PrintError(() => (x * x).grad_fn!._saved_exponent);
            PrintError(() => x.sum().grad_fn!.next_functions[0].Item1!._saved_self);
        });

    private static void PrintError(Func<object?> read)
    {
        try
        {
            read();
        }
        catch (TorchException e)
        {
            print(e.Message);
        }
    }
}
