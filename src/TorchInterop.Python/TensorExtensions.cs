using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

/// <summary>
/// Python's tensor members (<c>x.requires_grad</c>, <c>x.grad_fn</c>, <c>x.backward()</c>, ...) as C# 14 extension
/// members. Each forwards to the idiomatic <see cref="Tensor"/> member.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class TensorExtensions
{
    extension(Tensor t)
    {
        // ---- autograd -------------------------------------------------------------------------------------------
        /// <summary><c>x.requires_grad</c></summary>
        public bool requires_grad
        {
            get => t.RequiresGrad;
            set => t.RequiresGrad = value;
        }

        /// <summary><c>x.requires_grad_(True)</c>: sets the flag in place and returns the same tensor.</summary>
        public Tensor requires_grad_(bool requires_grad = true) => t.RequiresGrad_(requires_grad);

        /// <summary><c>x.grad</c></summary>
        public Tensor? grad
        {
            get => t.Grad;
            set => t.Grad = value;
        }

        /// <summary><c>x.grad_fn</c> (null is Python's None).</summary>
        public GradFn? grad_fn => t.GradFn;

        /// <summary><c>x.is_leaf</c></summary>
        public bool is_leaf => t.IsLeaf;

        /// <summary><c>x.retains_grad</c></summary>
        public bool retains_grad => t.RetainsGrad;

        /// <summary><c>x.is_inference()</c></summary>
        public bool is_inference() => t.IsInference;

        /// <summary><c>x.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)</c></summary>
        public void backward(Tensor? gradient = null, bool? retain_graph = null, bool create_graph = false,
            IReadOnlyList<Tensor>? inputs = null) =>
            Autograd.Backward([t], gradient is null ? null : [gradient], retain_graph, create_graph, inputs);

        /// <summary><c>x.detach()</c></summary>
        public Tensor detach() => t.Detach();

        /// <summary><c>x.detach_()</c></summary>
        public Tensor detach_() => t.Detach_();

        /// <summary><c>x.data</c>: the tensor's data without its history (a detached alias).</summary>
        public Tensor data => t.Detach();

        /// <summary><c>x.retain_grad()</c></summary>
        public void retain_grad() => t.RetainGrad();

        // ---- data -----------------------------------------------------------------------------------------------
        /// <summary><c>x.item()</c>: a Python number (float, int or bool by dtype).</summary>
        public Scalar item() => t.Item();

        /// <summary><c>x.shape</c></summary>
        public Size shape => new(t.Shape);

        /// <summary><c>x.size()</c></summary>
        public Size size() => new(t.Shape);

        /// <summary><c>x.size(dim)</c></summary>
        public long size(int dim) => t.Size(dim);

        /// <summary><c>x.numel()</c></summary>
        public long numel() => t.NumEl;

        /// <summary><c>x.dim()</c></summary>
        public long dim() => t.Dim;

        /// <summary><c>x.ndim</c></summary>
        public long ndim => t.Dim;

        /// <summary><c>x.dtype</c></summary>
        public DType dtype => t.Dtype;

        /// <summary><c>x.is_floating_point()</c></summary>
        public bool is_floating_point() => t.Dtype.IsFloatingPoint();

        // ---- shape ----------------------------------------------------------------------------------------------
        /// <summary><c>x.view(*shape)</c></summary>
        public Tensor view(params long[] shape) => t.View(shape);

        /// <summary><c>x.reshape(*shape)</c></summary>
        public Tensor reshape(params long[] shape) => t.Reshape(shape);

        /// <summary><c>x.t()</c></summary>
        public Tensor t() => Torch.T(t);

        /// <summary><c>x.transpose(dim0, dim1)</c></summary>
        public Tensor transpose(long dim0, long dim1) => t.Transpose(dim0, dim1);

        /// <summary><c>x.unsqueeze(dim)</c></summary>
        public Tensor unsqueeze(long dim) => t.Unsqueeze(dim);

        /// <summary><c>x.contiguous()</c></summary>
        public Tensor contiguous() => t.Contiguous();

        /// <summary><c>x.clone()</c></summary>
        public Tensor clone() => t.Clone();

        // ---- conversion -----------------------------------------------------------------------------------------
        /// <summary><c>x.to(dtype)</c></summary>
        public Tensor to(DType dtype) => t.To(dtype);

        /// <summary><c>tensor.to(device, dtype=None)</c>; the device may be a string: <c>x.to("cpu")</c>.</summary>
        public Tensor to(Device device, DType? dtype = null) => t.To(device, dtype);

        /// <summary><c>tensor.cpu()</c></summary>
        public Tensor cpu() => t.Cpu();

        /// <summary><c>tensor.device</c></summary>
        public Device device => t.Device;

        /// <summary><c>x.double()</c></summary>
        public Tensor @double() => t.Double();

        /// <summary><c>x.float()</c></summary>
        public Tensor @float() => t.Float();

        /// <summary><c>x.long()</c></summary>
        public Tensor @long() => t.Long();

        // ---- math -----------------------------------------------------------------------------------------------
        /// <summary><c>x.sum()</c></summary>
        public Tensor sum() => t.Sum();

        /// <summary><c>x.sum(dim, keepdim)</c></summary>
        public Tensor sum(long dim, bool keepdim = false) => t.Sum(dim, keepdim);

        /// <summary><c>x.sum((0, 1), keepdim)</c></summary>
        public Tensor sum(long[] dim, bool keepdim = false) => t.Sum(dim, keepdim);

        /// <summary><c>x.mean()</c></summary>
        public Tensor mean() => t.Mean();

        /// <summary><c>x.mean(dim, keepdim)</c></summary>
        public Tensor mean(long dim, bool keepdim = false) => t.Mean(dim, keepdim);

        /// <summary><c>x.mean((0, 1), keepdim)</c></summary>
        public Tensor mean(long[] dim, bool keepdim = false) => t.Mean(dim, keepdim);

        /// <summary><c>x.norm()</c></summary>
        public Tensor norm() => t.Norm();

        /// <summary><c>x.norm(p)</c></summary>
        public Tensor norm(Scalar p) => t.Norm(p);

        /// <summary><c>x.pow(2)</c>, Python's <c>x ** 2</c>.</summary>
        public Tensor pow(Scalar exponent) => t.Pow(exponent);

        /// <summary><c>x.pow(y)</c>, Python's <c>x ** y</c>.</summary>
        public Tensor pow(Tensor exponent) => t.Pow(exponent);

        /// <summary><c>x.dot(y)</c></summary>
        public Tensor dot(Tensor other) => t.Dot(other);

        /// <summary><c>x.mm(y)</c></summary>
        public Tensor mm(Tensor mat2) => t.Mm(mat2);

        /// <summary><c>x.matmul(y)</c>, Python's <c>x @ y</c>.</summary>
        public Tensor matmul(Tensor other) => t.Matmul(other);

        /// <summary><c>x.add(y)</c></summary>
        public Tensor add(Tensor other) => t.Add(other);
        /// <summary><c>x.add(2)</c></summary>
        public Tensor add(Scalar other) => t.Add(other);
        /// <summary><c>x.sub(y)</c></summary>
        public Tensor sub(Tensor other) => t.Sub(other);
        /// <summary><c>x.sub(2)</c></summary>
        public Tensor sub(Scalar other) => t.Sub(other);
        /// <summary><c>x.mul(y)</c></summary>
        public Tensor mul(Tensor other) => t.Mul(other);
        /// <summary><c>x.mul(2)</c></summary>
        public Tensor mul(Scalar other) => t.Mul(other);
        /// <summary><c>x.div(y)</c></summary>
        public Tensor div(Tensor other) => t.Div(other);
        /// <summary><c>x.div(2)</c></summary>
        public Tensor div(Scalar other) => t.Div(other);
        /// <summary><c>x.add_(y)</c></summary>
        public Tensor add_(Tensor other) => t.Add_(other);
        /// <summary><c>x.add_(2)</c></summary>
        public Tensor add_(Scalar other) => t.Add_(other);
        /// <summary><c>x.sub_(y)</c></summary>
        public Tensor sub_(Tensor other) => t.Sub_(other);
        /// <summary><c>x.sub_(2)</c></summary>
        public Tensor sub_(Scalar other) => t.Sub_(other);
        /// <summary><c>x.mul_(y)</c></summary>
        public Tensor mul_(Tensor other) => t.Mul_(other);
        /// <summary><c>x.mul_(2)</c></summary>
        public Tensor mul_(Scalar other) => t.Mul_(other);
        /// <summary><c>x.div_(y)</c></summary>
        public Tensor div_(Tensor other) => t.Div_(other);
        /// <summary><c>x.div_(2)</c></summary>
        public Tensor div_(Scalar other) => t.Div_(other);

        /// <summary><c>x.neg()</c></summary>
        public Tensor neg() => t.Neg();
        /// <summary><c>x.sin()</c></summary>
        public Tensor sin() => t.Sin();
        /// <summary><c>x.cos()</c></summary>
        public Tensor cos() => t.Cos();
        /// <summary><c>x.exp()</c></summary>
        public Tensor exp() => t.Exp();
        /// <summary><c>x.log()</c></summary>
        public Tensor log() => t.Log();
        /// <summary><c>x.sqrt()</c></summary>
        public Tensor sqrt() => t.Sqrt();
        /// <summary><c>x.abs()</c></summary>
        public Tensor abs() => t.Abs();
        /// <summary><c>x.tanh()</c></summary>
        public Tensor tanh() => t.Tanh();
        /// <summary><c>x.sigmoid()</c></summary>
        public Tensor sigmoid() => t.Sigmoid();
        /// <summary><c>x.relu()</c></summary>
        public Tensor relu() => t.Relu();

        // ---- in place -------------------------------------------------------------------------------------------
        /// <summary><c>x.zero_()</c></summary>
        public Tensor zero_() => t.Zero_();

        /// <summary><c>x.fill_(value)</c></summary>
        public Tensor fill_(Scalar value) => t.Fill_(value);

        /// <summary><c>x.copy_(src)</c></summary>
        public Tensor copy_(Tensor src) => t.Copy_(src);
    }
}
