using TorchInterop.NN;

namespace TorchInterop.Vision.Models;

/// <summary>torchvision's <c>conv3x3</c> and <c>conv1x1</c> helpers: bias-free convolutions.</summary>
internal static class Convolutions
{
    public static Conv2d Conv3x3(long inPlanes, long outPlanes, long stride = 1, long groups = 1, long dilation = 1) =>
        new(inPlanes, outPlanes, kernelSize: 3, stride: stride, padding: dilation, groups: groups, bias: false, dilation: dilation);

    public static Conv2d Conv1x1(long inPlanes, long outPlanes, long stride = 1) =>
        new(inPlanes, outPlanes, kernelSize: 1, stride: stride, bias: false);
}
