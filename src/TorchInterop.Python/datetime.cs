namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's <c>datetime</c> module, for the timeouts torch.distributed takes: <c>datetime.timedelta(seconds: 5)</c>.</summary>
public static class datetime
{
    /// <summary><c>timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)</c> as a .NET TimeSpan.</summary>
    public static TimeSpan timedelta(double days = 0, double seconds = 0, double microseconds = 0, double milliseconds = 0,
                                     double minutes = 0, double hours = 0, double weeks = 0) =>
        TimeSpan.FromDays(days + 7 * weeks) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) +
        TimeSpan.FromSeconds(seconds) + TimeSpan.FromMilliseconds(milliseconds) + TimeSpan.FromTicks((long)(microseconds * 10));
}
