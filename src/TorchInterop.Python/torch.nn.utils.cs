using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Python's <c>torch.nn.utils</c>: gradient clipping, parameters as one vector, weight and spectral
        /// normalization, conv/linear–batch-norm fusion, weight memory formats and <c>skip_init</c>.
        /// </summary>
        public static partial class utils
        {
            /// <summary><c>torch.nn.utils.clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False)</c></summary>
            public static Tensor clip_grad_norm_(IEnumerable<Tensor> parameters, double max_norm, double norm_type = 2.0,
                                                 bool error_if_nonfinite = false, bool? @foreach = null) =>
                NN.Utils.ClipGradNorm_(parameters, max_norm, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>clip_grad_norm_</c> of one tensor.</summary>
            public static Tensor clip_grad_norm_(Tensor parameters, double max_norm, double norm_type = 2.0,
                                                 bool error_if_nonfinite = false, bool? @foreach = null) =>
                NN.Utils.ClipGradNorm_(parameters, max_norm, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>torch.nn.utils.clip_grad_norm(...)</c>: the deprecated spelling; warns as PyTorch does.</summary>
            public static Tensor clip_grad_norm(IEnumerable<Tensor> parameters, double max_norm, double norm_type = 2.0,
                                                bool error_if_nonfinite = false, bool? @foreach = null) =>
                NN.Utils.ClipGradNorm(parameters, max_norm, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>clip_grad_norm</c> of one tensor.</summary>
            public static Tensor clip_grad_norm(Tensor parameters, double max_norm, double norm_type = 2.0,
                                                bool error_if_nonfinite = false, bool? @foreach = null) =>
                NN.Utils.ClipGradNorm([parameters], max_norm, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>torch.nn.utils.get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None)</c></summary>
            public static Tensor get_total_norm(IEnumerable<Tensor> tensors, double norm_type = 2.0, bool error_if_nonfinite = false,
                                                bool? @foreach = null) =>
                NN.Utils.GetTotalNorm(tensors, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>get_total_norm</c> of one tensor.</summary>
            public static Tensor get_total_norm(Tensor tensors, double norm_type = 2.0, bool error_if_nonfinite = false, bool? @foreach = null) =>
                NN.Utils.GetTotalNorm(tensors, norm_type, error_if_nonfinite, @foreach);

            /// <summary><c>torch.nn.utils.clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None)</c></summary>
            public static void clip_grads_with_norm_(IEnumerable<Tensor> parameters, double max_norm, Tensor total_norm, bool? @foreach = null) =>
                NN.Utils.ClipGradsWithNorm_(parameters, max_norm, total_norm, @foreach);

            /// <summary><c>clip_grads_with_norm_</c> of one tensor.</summary>
            public static void clip_grads_with_norm_(Tensor parameters, double max_norm, Tensor total_norm, bool? @foreach = null) =>
                NN.Utils.ClipGradsWithNorm_(parameters, max_norm, total_norm, @foreach);

            /// <summary><c>torch.nn.utils.clip_grad_value_(parameters, clip_value)</c></summary>
            public static void clip_grad_value_(IEnumerable<Tensor> parameters, double clip_value, bool? @foreach = null) =>
                NN.Utils.ClipGradValue_(parameters, clip_value, @foreach);

            /// <summary><c>clip_grad_value_</c> of one tensor.</summary>
            public static void clip_grad_value_(Tensor parameters, double clip_value, bool? @foreach = null) =>
                NN.Utils.ClipGradValue_(parameters, clip_value, @foreach);

            /// <summary><c>torch.nn.utils.parameters_to_vector(parameters)</c></summary>
            public static Tensor parameters_to_vector(IEnumerable<Tensor> parameters) => NN.Utils.ParametersToVector(parameters);

            /// <summary><c>torch.nn.utils.vector_to_parameters(vec, parameters)</c></summary>
            public static void vector_to_parameters(Tensor vec, IEnumerable<Tensor> parameters) => NN.Utils.VectorToParameters(vec, parameters);

            /// <summary><c>torch.nn.utils.weight_norm(module, name='weight', dim=0)</c>; <c>dim=None</c> is null.</summary>
            public static T weight_norm<T>(T module, string name = "weight", long? dim = 0) where T : NN.Module =>
                NN.Utils.WeightNorm(module, name, dim);

            /// <summary><c>torch.nn.utils.remove_weight_norm(module, name='weight')</c></summary>
            public static T remove_weight_norm<T>(T module, string name = "weight") where T : NN.Module => NN.Utils.RemoveWeightNorm(module, name);

            /// <summary><c>torch.nn.utils.spectral_norm(module, name='weight', n_power_iterations=1, eps=1e-12, dim=None)</c></summary>
            public static T spectral_norm<T>(T module, string name = "weight", long n_power_iterations = 1, double eps = 1e-12, long? dim = null)
                where T : NN.Module => NN.Utils.SpectralNorm(module, name, n_power_iterations, eps, dim);

            /// <summary><c>torch.nn.utils.remove_spectral_norm(module, name='weight')</c></summary>
            public static T remove_spectral_norm<T>(T module, string name = "weight") where T : NN.Module => NN.Utils.RemoveSpectralNorm(module, name);

            /// <summary><c>torch.nn.utils.fuse_conv_bn_eval(conv, bn, transpose=False)</c></summary>
            public static T fuse_conv_bn_eval<T>(T conv, BatchNorm bn, bool transpose = false) where T : ConvNd =>
                NN.Utils.FuseConvBnEval(conv, bn, transpose);

            /// <summary><c>w, b = torch.nn.utils.fuse_conv_bn_weights(conv_w, conv_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b, transpose=False)</c></summary>
            public static (Tensor Weight, Tensor Bias) fuse_conv_bn_weights(Tensor conv_w, Tensor? conv_b, Tensor bn_rm, Tensor bn_rv, double bn_eps,
                Tensor? bn_w, Tensor? bn_b, bool transpose = false) =>
                NN.Utils.FuseConvBnWeights(conv_w, conv_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b, transpose);

            /// <summary><c>torch.nn.utils.fuse_linear_bn_eval(linear, bn)</c></summary>
            public static T fuse_linear_bn_eval<T>(T linear, BatchNorm bn) where T : Linear => NN.Utils.FuseLinearBnEval(linear, bn);

            /// <summary><c>w, b = torch.nn.utils.fuse_linear_bn_weights(linear_w, linear_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b)</c></summary>
            public static (Tensor Weight, Tensor Bias) fuse_linear_bn_weights(Tensor linear_w, Tensor? linear_b, Tensor bn_rm, Tensor bn_rv,
                double bn_eps, Tensor bn_w, Tensor bn_b) =>
                NN.Utils.FuseLinearBnWeights(linear_w, linear_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b);

            /// <summary><c>torch.nn.utils.convert_conv2d_weight_memory_format(module, memory_format)</c></summary>
            public static T convert_conv2d_weight_memory_format<T>(T module, MemoryFormat memory_format) where T : NN.Module =>
                NN.Utils.ConvertConv2dWeightMemoryFormat(module, memory_format);

            /// <summary><c>torch.nn.utils.convert_conv3d_weight_memory_format(module, memory_format)</c></summary>
            public static T convert_conv3d_weight_memory_format<T>(T module, MemoryFormat memory_format) where T : NN.Module =>
                NN.Utils.ConvertConv3dWeightMemoryFormat(module, memory_format);

            /// <summary>
            /// <c>torch.nn.utils.skip_init(torch.nn.Linear, 5, 1, device='cpu')</c>, written
            /// <c>skip_init(() => nn.Linear(5, 1), device: "cpu")</c>: C# passes the constructor call, not the class and its
            /// arguments. The module comes back with uninitialized parameters and buffers, and no random numbers drawn.
            /// </summary>
            public static T skip_init<T>(Func<T> module_cls, Device? device = null) where T : NN.Module => NN.Utils.SkipInit(module_cls, device);
        }
    }
}
#pragma warning restore CS8981, IDE1006
