namespace TorchInterop.Distributed;

/// <summary>
/// One point-to-point operation of a batch (Python's <c>torch.distributed.P2POp</c>): send <see cref="Tensor"/> to,
/// or receive it from, global rank <see cref="Peer"/>. See <see cref="Distributed.BatchIsendIrecv"/>.
/// </summary>
/// <param name="IsSend">True for a send (Python's <c>dist.isend</c>), false for a receive (<c>dist.irecv</c>).</param>
/// <param name="Tensor">The tensor to send, or to receive into.</param>
/// <param name="Peer">The other rank (global).</param>
/// <param name="Group">The group (null: the default one).</param>
/// <param name="Tag">Matches a send with its receive.</param>
public sealed record P2POp(bool IsSend, Tensor Tensor, int Peer, ProcessGroup? Group = null, int Tag = 0);
