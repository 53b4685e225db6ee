namespace TorchInterop.Data;

/// <summary>A dataset that knows its length (Python's <c>Sized</c>): what samplers need from a data source.</summary>
public interface IDataset
{
    /// <summary>How many samples the dataset holds (Python's <c>len(dataset)</c>).</summary>
    int Count { get; }
}
