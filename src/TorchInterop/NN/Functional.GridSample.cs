namespace TorchInterop.NN;

public static partial class Functional
{
    private const string AlignCornersDefaultChanged =
        "Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. " +
        "Please specify align_corners=True if the old behavior is desired. See the documentation of grid_sample for details.";

    /// <summary>
    /// <c>F.grid_sample(input, grid, mode='bilinear', padding_mode='zeros', align_corners=None)</c>: samples
    /// <paramref name="input"/> at the normalized locations of <paramref name="grid"/>; warns, as PyTorch does, when
    /// <paramref name="alignCorners"/> is left unset.
    /// </summary>
    public static Tensor GridSample(Tensor input, Tensor grid, string mode = "bilinear", string paddingMode = "zeros", bool? alignCorners = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(grid);
        long modeEnum = mode switch
        {
            "bilinear" => 0,
            "nearest" => 1,
            "bicubic" => 2,
            _ => throw new TorchException($"nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', but got: '{mode}'",
                TorchErrorKind.ValueError),
        };
        long paddingEnum = paddingMode switch
        {
            "zeros" => 0,
            "border" => 1,
            "reflection" => 2,
            _ => throw new TorchException(
                $"nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or 'reflection', but got: '{paddingMode}'",
                TorchErrorKind.ValueError),
        };
        if (alignCorners is null) Warnings.Raise(AlignCornersDefaultChanged, FunctionalFile);
        return Torch.GridSampler(input, grid, modeEnum, paddingEnum, alignCorners ?? false);
    }

    /// <summary>
    /// <c>F.affine_grid(theta, size, align_corners=None)</c>: the sampling grid of a batch of affine matrices
    /// (N×2×3 for a 4-D <paramref name="size"/>, N×3×4 for a 5-D one), with PyTorch's checks and warnings.
    /// </summary>
    public static Tensor AffineGrid(Tensor theta, IntOrTuple size, bool? alignCorners = null) => AffineGrid(theta, size.Expand(1), size.ToString(), alignCorners);

    // sizeText: the size as Python prints it in the messages (a list, a tuple or a torch.Size).
    internal static Tensor AffineGrid(Tensor theta, long[] size, string sizeText, bool? alignCorners)
    {
        ArgumentNullException.ThrowIfNull(theta);
        if (alignCorners is null) Warnings.Raise(AlignCornersDefaultChanged, FunctionalFile);
        bool corners = alignCorners ?? false;
        if (!theta.IsFloatingPoint())
            throw new TorchException($"Expected theta to have floating point type, but got {theta.Dtype.PythonName()}", TorchErrorKind.ValueError);
        long[] spatial;
        if (size.Length == 4)
        {
            if (theta.Dim != 3 || theta.Size(-2) != 2 || theta.Size(-1) != 3)
                throw new TorchException($"Expected a batch of 2D affine matrices of shape Nx2x3 for size {sizeText}. Got {SizeText(theta.Shape)}.",
                    TorchErrorKind.ValueError);
            spatial = size[^2..];
        }
        else if (size.Length == 5)
        {
            if (theta.Dim != 3 || theta.Size(-2) != 3 || theta.Size(-1) != 4)
                throw new TorchException($"Expected a batch of 3D affine matrices of shape Nx3x4 for size {sizeText}. Got {SizeText(theta.Shape)}.",
                    TorchErrorKind.ValueError);
            spatial = size[^3..];
        }
        else
        {
            throw NotImplemented($"affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, respectively. Got size {sizeText}.");
        }
        if (corners && spatial.Min() == 1)
            Warnings.Raise("Since version 1.3.0, affine_grid behavior has changed for unit-size grids when align_corners=True. " +
                "This is not an intended use case of affine_grid. See the documentation of affine_grid for details.", FunctionalFile);
        else if (size.Min() <= 0)
            throw new TorchException($"Expected non-zero, positive output size. Got {sizeText}", TorchErrorKind.ValueError);
        return Torch.AffineGridGenerator(theta, size, corners);
    }
}
