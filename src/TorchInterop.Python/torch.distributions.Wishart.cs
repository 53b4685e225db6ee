namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary><c>torch.distributions.Wishart(df, covariance_matrix=None, precision_matrix=None, scale_tril=None, validate_args=None)</c></summary>
        public static Distributions.Wishart Wishart(Tensor df, Tensor? covariance_matrix = null, Tensor? precision_matrix = null,
            Tensor? scale_tril = null, bool? validate_args = null) => new(df, covariance_matrix, precision_matrix, scale_tril, validate_args);
    }
}
#pragma warning restore CS8981, IDE1006
