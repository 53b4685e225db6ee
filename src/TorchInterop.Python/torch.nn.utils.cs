namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Python's <c>torch.nn.utils</c>: gradient clipping and parameters as one vector.</summary>
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
        }
    }
}
#pragma warning restore CS8981, IDE1006
