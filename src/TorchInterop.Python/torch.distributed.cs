using TorchInterop.Distributed;
using D = TorchInterop.Distributed.Distributed;
using ReduceOpKind = TorchInterop.Distributed.ReduceOp;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>
    /// Python's <c>torch.distributed</c> over LibTorch's c10d with Gloo: <c>dist.all_reduce(t)</c> is
    /// <c>torch.distributed.all_reduce(t)</c> (or <c>using dist = TorchInterop.Python.torch.distributed;</c>).
    /// Collectives take global ranks; <c>async_op: true</c> returns the <see cref="Work"/>, otherwise they wait and
    /// return null (Python's None).
    /// </summary>
    public static partial class distributed
    {
        /// <summary><c>init_process_group(backend, init_method=None, timeout=timedelta(minutes=30), world_size=-1, rank=-1, store=None, group_name='')</c></summary>
        public static void init_process_group(string backend = "gloo", string? init_method = null, TimeSpan? timeout = null,
                                              int world_size = -1, int rank = -1, Store? store = null, string group_name = "") =>
            D.InitProcessGroup(backend, init_method, timeout, world_size, rank, store, group_name);

        /// <summary><c>destroy_process_group(group=None)</c></summary>
        public static void destroy_process_group(ProcessGroup? group = null) => D.DestroyProcessGroup(group);

        /// <summary><c>is_initialized()</c></summary>
        public static bool is_initialized() => D.IsInitialized;

        /// <summary><c>is_available()</c></summary>
        public static bool is_available() => D.IsAvailable;

        /// <summary><c>is_gloo_available()</c></summary>
        public static bool is_gloo_available() => D.IsGlooAvailable;

        /// <summary><c>is_nccl_available()</c>: false, this LibTorch is CPU-only.</summary>
        public static bool is_nccl_available() => false;

        /// <summary><c>is_mpi_available()</c>: false in Debian's build.</summary>
        public static bool is_mpi_available() => false;

        /// <summary><c>is_ucc_available()</c>: false in Debian's build.</summary>
        public static bool is_ucc_available() => false;

        /// <summary><c>is_torchelastic_launched()</c>: whether TORCHELASTIC_RUN_ID is set, as Python checks.</summary>
        public static bool is_torchelastic_launched() => Environment.GetEnvironmentVariable("TORCHELASTIC_RUN_ID") is not null;

        /// <summary><c>get_rank(group=None)</c></summary>
        public static int get_rank(ProcessGroup? group = null) => D.GetRank(group);

        /// <summary><c>get_world_size(group=None)</c></summary>
        public static int get_world_size(ProcessGroup? group = null) => D.GetWorldSize(group);

        /// <summary><c>get_backend(group=None)</c>: "gloo".</summary>
        public static string get_backend(ProcessGroup? group = null) => D.GetBackend(group);

        /// <summary><c>get_group_rank(group, global_rank)</c></summary>
        public static int get_group_rank(ProcessGroup group, int global_rank) => D.GetGroupRank(group, global_rank);

        /// <summary><c>get_global_rank(group, group_rank)</c></summary>
        public static int get_global_rank(ProcessGroup group, int group_rank) => D.GetGlobalRank(group, group_rank);

        /// <summary><c>default_pg_timeout</c>: 30 minutes.</summary>
        public static readonly TimeSpan default_pg_timeout = D.DefaultTimeout;

        /// <summary><c>get_process_group_ranks(group)</c>: the global ranks of the group's members.</summary>
        public static List<int> get_process_group_ranks(ProcessGroup group) =>
            [.. (group ?? throw new ArgumentNullException(nameof(group))).GlobalRanks];

        /// <summary><c>supports_complex(reduceOp)</c>: whether all_reduce accepts complex tensors with this op.</summary>
        public static bool supports_complex(ReduceOpKind reduceOp) =>
            reduceOp is not (ReduceOpKind.Max or ReduceOpKind.Min or ReduceOpKind.Product or ReduceOpKind.BitwiseAnd
                or ReduceOpKind.BitwiseOr or ReduceOpKind.BitwiseXor);

        /// <summary><c>new_group(ranks=None, timeout=None, backend=None)</c>; every rank calls it, members or not.</summary>
        public static ProcessGroup new_group(IReadOnlyList<int>? ranks = null, TimeSpan? timeout = null, string? backend = null) =>
            D.NewGroup(ranks, timeout, backend);

        /// <summary><c>all_reduce(tensor, op=ReduceOp.SUM, group=None, async_op=False)</c></summary>
        public static Work? all_reduce(Tensor tensor, ReduceOpKind op = ReduceOpKind.Sum, ProcessGroup? group = null, bool async_op = false) =>
            D.AllReduce(tensor, op, group, async_op);

        /// <summary><c>broadcast(tensor, src, group=None, async_op=False)</c></summary>
        public static Work? broadcast(Tensor tensor, int src, ProcessGroup? group = null, bool async_op = false) =>
            D.Broadcast(tensor, src, group, async_op);

        /// <summary><c>reduce(tensor, dst, op=ReduceOp.SUM, group=None, async_op=False)</c></summary>
        public static Work? reduce(Tensor tensor, int dst, ReduceOpKind op = ReduceOpKind.Sum, ProcessGroup? group = null, bool async_op = false) =>
            D.Reduce(tensor, dst, op, group, async_op);

        /// <summary><c>all_gather(tensor_list, tensor, group=None, async_op=False)</c></summary>
        public static Work? all_gather(IReadOnlyList<Tensor> tensor_list, Tensor tensor, ProcessGroup? group = null, bool async_op = false) =>
            D.AllGather(tensor_list, tensor, group, async_op);

        /// <summary><c>all_gather_into_tensor(output_tensor, input_tensor, group=None, async_op=False)</c></summary>
        public static Work? all_gather_into_tensor(Tensor output_tensor, Tensor input_tensor, ProcessGroup? group = null, bool async_op = false) =>
            D.AllGatherIntoTensor(output_tensor, input_tensor, group, async_op);

        /// <summary><c>gather(tensor, gather_list=None, dst=0, group=None, async_op=False)</c></summary>
        public static Work? gather(Tensor tensor, IReadOnlyList<Tensor>? gather_list = null, int dst = 0, ProcessGroup? group = null,
                                   bool async_op = false) => D.Gather(tensor, gather_list, dst, group, async_op);

        /// <summary><c>scatter(tensor, scatter_list=None, src=0, group=None, async_op=False)</c></summary>
        public static Work? scatter(Tensor tensor, IReadOnlyList<Tensor>? scatter_list = null, int src = 0, ProcessGroup? group = null,
                                    bool async_op = false) => D.Scatter(tensor, scatter_list, src, group, async_op);

        /// <summary><c>reduce_scatter(output, input_list, op=ReduceOp.SUM, group=None, async_op=False)</c></summary>
        public static Work? reduce_scatter(Tensor output, IReadOnlyList<Tensor> input_list, ReduceOpKind op = ReduceOpKind.Sum,
                                           ProcessGroup? group = null, bool async_op = false) =>
            D.ReduceScatter(output, input_list, op, group, async_op);

        /// <summary><c>all_to_all_single(output, input, output_split_sizes=None, input_split_sizes=None, group=None, async_op=False)</c></summary>
        public static Work? all_to_all_single(Tensor output, Tensor input, IReadOnlyList<long>? output_split_sizes = null,
                                              IReadOnlyList<long>? input_split_sizes = null, ProcessGroup? group = null, bool async_op = false) =>
            D.AllToAllSingle(output, input, output_split_sizes, input_split_sizes, group, async_op);

        /// <summary><c>all_to_all(output_tensor_list, input_tensor_list, group=None, async_op=False)</c></summary>
        public static Work? all_to_all(IReadOnlyList<Tensor> output_tensor_list, IReadOnlyList<Tensor> input_tensor_list,
                                       ProcessGroup? group = null, bool async_op = false) =>
            D.AllToAll(output_tensor_list, input_tensor_list, group, async_op);

        /// <summary><c>barrier(group=None, async_op=False)</c></summary>
        public static Work? barrier(ProcessGroup? group = null, bool async_op = false) => D.Barrier(group, async_op);

        /// <summary><c>monitored_barrier(group=None, timeout=None, wait_all_ranks=False)</c></summary>
        public static void monitored_barrier(ProcessGroup? group = null, TimeSpan? timeout = null, bool wait_all_ranks = false) =>
            D.MonitoredBarrier(group, timeout, wait_all_ranks);

        /// <summary><c>send(tensor, dst, group=None, tag=0)</c></summary>
        public static void send(Tensor tensor, int dst, ProcessGroup? group = null, int tag = 0) => D.Send(tensor, dst, group, tag);

        /// <summary><c>recv(tensor, src=None, group=None, tag=0)</c>: the sender's rank.</summary>
        public static int recv(Tensor tensor, int? src = null, ProcessGroup? group = null, int tag = 0) => D.Recv(tensor, src, group, tag);

        /// <summary><c>isend(tensor, dst, group=None, tag=0)</c></summary>
        public static Work? isend(Tensor tensor, int dst, ProcessGroup? group = null, int tag = 0) => D.Isend(tensor, dst, group, tag);

        /// <summary><c>irecv(tensor, src=None, group=None, tag=0)</c></summary>
        public static Work? irecv(Tensor tensor, int? src = null, ProcessGroup? group = null, int tag = 0) => D.Irecv(tensor, src, group, tag);

        /// <summary><c>batch_isend_irecv(p2p_op_list)</c>: the Works of the operations, started in order.</summary>
        public static List<Work> batch_isend_irecv(IReadOnlyList<P2POp> p2p_op_list) =>
            D.BatchIsendIrecv([.. (p2p_op_list ?? throw new ArgumentNullException(nameof(p2p_op_list))).Select(o => o.Operation)]);

        /// <summary><c>P2POp(op, tensor, peer, group=None, tag=0)</c> with <c>op</c> <c>dist.isend</c> or <c>dist.irecv</c>.</summary>
        public sealed class P2POp
        {
            /// <summary><c>P2POp(dist.isend, tensor, peer)</c> or <c>P2POp(dist.irecv, tensor, peer)</c>.</summary>
            public P2POp(Delegate op, Tensor tensor, int peer, ProcessGroup? group = null, int tag = 0)
            {
                ArgumentNullException.ThrowIfNull(op);
                bool isSend = op.Method.Name == nameof(isend) && op.Method.DeclaringType == typeof(distributed);
                bool isReceive = op.Method.Name == nameof(irecv) && op.Method.DeclaringType == typeof(distributed);
                if (!isSend && !isReceive)
                    throw new TorchException("Invalid ``op``. Expected ``op`` to be of type ``torch.distributed.isend`` or ``torch.distributed.irecv``.");
                Operation = new Distributed.P2POp(isSend, tensor ?? throw new ArgumentNullException(nameof(tensor)), peer, group, tag);
            }

            internal Distributed.P2POp Operation { get; }

            /// <summary><c>op.tensor</c></summary>
            public Tensor tensor => Operation.Tensor;

            /// <summary><c>op.peer</c></summary>
            public int peer => Operation.Peer;

            /// <summary><c>op.tag</c></summary>
            public int tag => Operation.Tag;
        }

        /// <summary><c>torch.distributed.GroupMember.WORLD</c>: the default group (null before init, as in Python).</summary>
        public static class GroupMember
        {
            /// <summary><c>GroupMember.WORLD</c></summary>
            public static ProcessGroup? WORLD => D.IsInitialized ? D.DefaultGroup : null;
        }

        /// <summary><c>torch.distributed.group.WORLD</c></summary>
        public static class group
        {
            /// <summary><c>group.WORLD</c></summary>
            public static ProcessGroup? WORLD => GroupMember.WORLD;
        }

        /// <summary>Python's <c>ReduceOp</c> members: <c>torch.distributed.ReduceOp.MAX</c>.</summary>
        public static class ReduceOp
        {
            /// <summary><c>ReduceOp.SUM</c></summary>
            public const ReduceOpKind SUM = ReduceOpKind.Sum;
            /// <summary><c>ReduceOp.AVG</c></summary>
            public const ReduceOpKind AVG = ReduceOpKind.Average;
            /// <summary><c>ReduceOp.PRODUCT</c></summary>
            public const ReduceOpKind PRODUCT = ReduceOpKind.Product;
            /// <summary><c>ReduceOp.MIN</c></summary>
            public const ReduceOpKind MIN = ReduceOpKind.Min;
            /// <summary><c>ReduceOp.MAX</c></summary>
            public const ReduceOpKind MAX = ReduceOpKind.Max;
            /// <summary><c>ReduceOp.BAND</c></summary>
            public const ReduceOpKind BAND = ReduceOpKind.BitwiseAnd;
            /// <summary><c>ReduceOp.BOR</c></summary>
            public const ReduceOpKind BOR = ReduceOpKind.BitwiseOr;
            /// <summary><c>ReduceOp.BXOR</c></summary>
            public const ReduceOpKind BXOR = ReduceOpKind.BitwiseXor;
        }

        /// <summary>Python's <c>Backend</c> names: <c>torch.distributed.Backend.GLOO</c>.</summary>
        public static class Backend
        {
            /// <summary><c>Backend.GLOO</c></summary>
            public const string GLOO = "gloo";
            /// <summary><c>Backend.NCCL</c></summary>
            public const string NCCL = "nccl";
            /// <summary><c>Backend.MPI</c></summary>
            public const string MPI = "mpi";
            /// <summary><c>Backend.UCC</c></summary>
            public const string UCC = "ucc";
        }
    }
}
