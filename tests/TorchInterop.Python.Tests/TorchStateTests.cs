using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch's module-level switches and type facts: default dtype, finfo/iinfo, anomaly and autocast state.</summary>
[TestFixture, NonParallelizable]
public class TorchStateTests
{
    [Test]
    public void DefaultDtypeFollowsPyTorch() => Dialect.Verify(
        """
        print(torch.get_default_dtype())
        torch.set_default_dtype(torch.float64)
        print(torch.get_default_dtype(), torch.tensor([1.0]).dtype, torch.ones(1).dtype, (torch.tensor(1) * 2.5).dtype, torch.arange(3.0).dtype)
        print(torch.tensor([1.5, 2.5]), torch.zeros(2, dtype=torch.float32))
        for d in [torch.int32, torch.complex64]:
            try:
                torch.set_default_dtype(d)
            except TypeError as e:
                print(e)
        torch.set_default_dtype(torch.float32)
        torch.set_default_tensor_type('torch.DoubleTensor')
        print(torch.get_default_dtype())
        torch.set_default_tensor_type('torch.FloatTensor')
        print(torch.get_default_dtype())
        for name in ['torch.IntTensor']:
            try:
                torch.set_default_tensor_type(name)
            except TypeError as e:
                print(e)
        x = torch.ones(2)
        print(x.type('torch.DoubleTensor'), x.type('torch.LongTensor').dtype)
        try:
            x.type('FloatTensor')
        except ValueError as e:
            print(e)
        """,
        () =>
        {
            try
            {
                print(torch.get_default_dtype());
                torch.set_default_dtype(torch.float64);
                print(torch.get_default_dtype(), torch.tensor([1.0]).dtype, torch.ones(1).dtype, (torch.tensor(1) * 2.5).dtype, torch.arange(3.0).dtype);
                print(torch.tensor([1.5, 2.5]), torch.zeros(2, dtype: torch.float32));
                foreach (var d in new[] { torch.int32, torch.complex64 })
                {
                    try { torch.set_default_dtype(d); }
                    catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError) { print(e.Message); }
                }
                torch.set_default_dtype(torch.float32);
                torch.set_default_tensor_type("torch.DoubleTensor");
                print(torch.get_default_dtype());
                torch.set_default_tensor_type("torch.FloatTensor");
                print(torch.get_default_dtype());
                try { torch.set_default_tensor_type("torch.IntTensor"); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError) { print(e.Message); }
                var x = torch.ones(2);
                print(x.type("torch.DoubleTensor"), x.type("torch.LongTensor").dtype);
                try { x.type("FloatTensor"); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError) { print(e.Message); }
            }
            finally
            {
                Torch.SetDefaultDtype(DType.Float32);
            }
        });

    [Test]
    public void TypeInfoPrintsAsPyTorch() => Dialect.Verify(
        """
        for d in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64]:
            f = torch.finfo(d)
            print(f)
            print(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
        print(torch.finfo())
        for d in [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]:
            i = torch.iinfo(d)
            print(i, i.bits, i.min, i.max, i.dtype)
        for bad in [lambda: torch.finfo(torch.int32), lambda: torch.iinfo(torch.float32), lambda: torch.iinfo(torch.bool)]:
            try:
                bad()
            except TypeError as e:
                print(e)
        print(torch.float32.is_floating_point, torch.float32.is_complex, torch.float32.is_signed, torch.uint8.is_signed,
              torch.complex64.is_complex, torch.bool.is_signed, torch.cfloat, torch.cdouble, torch.chalf)
        """,
        () =>
        {
            foreach (var d in new[] { torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64 })
            {
                var f = torch.finfo(d);
                print(f);
                print(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype);
            }
            print(torch.finfo());
            foreach (var d in new[] { torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64 })
            {
                var i = torch.iinfo(d);
                print(i, i.bits, i.min, i.max, i.dtype);
            }
            foreach (var bad in new Action[] { () => torch.finfo(torch.int32), () => torch.iinfo(torch.float32), () => torch.iinfo(torch.@bool) })
            {
                try { bad(); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError) { print(e.Message); }
            }
            print(torch.float32.is_floating_point, torch.float32.is_complex, torch.float32.is_signed, torch.uint8.is_signed,
                  torch.complex64.is_complex, torch.@bool.is_signed, torch.cfloat, torch.cdouble, torch.chalf);
        });

    [Test]
    public void AnomalyAutocastAndPrecisionSwitches() => Dialect.Verify(
        """
        print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
        torch.set_anomaly_enabled(True)
        print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
        torch.set_anomaly_enabled(True, False)
        print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
        torch.set_anomaly_enabled(False)
        print(torch.is_anomaly_enabled())
        print(torch.is_autocast_cpu_enabled(), torch.get_autocast_cpu_dtype(), torch.get_autocast_gpu_dtype(), torch.is_autocast_cache_enabled())
        torch.set_autocast_cpu_enabled(True)
        torch.set_autocast_cpu_dtype(torch.bfloat16)
        print(torch.is_autocast_cpu_enabled(), torch.get_autocast_cpu_dtype())
        torch.set_autocast_cpu_enabled(False)
        torch.set_autocast_gpu_dtype(torch.bfloat16)
        print(torch.get_autocast_gpu_dtype())
        torch.set_autocast_gpu_dtype(torch.float16)
        torch.set_autocast_enabled(True)
        print(torch.is_autocast_enabled())
        torch.set_autocast_enabled(False)
        print(torch.is_autocast_enabled())
        print(torch.autocast_increment_nesting(), torch.autocast_increment_nesting(), torch.autocast_decrement_nesting(), torch.autocast_decrement_nesting())
        torch.set_autocast_cache_enabled(False)
        print(torch.is_autocast_cache_enabled())
        torch.set_autocast_cache_enabled(True)
        torch.clear_autocast_cache()
        print(torch.get_float32_matmul_precision())
        torch.set_float32_matmul_precision("medium")
        print(torch.get_float32_matmul_precision())
        torch.set_float32_matmul_precision("low")
        print(torch.get_float32_matmul_precision())
        torch.set_float32_matmul_precision("highest")
        torch.init_num_threads()
        s = torch.seed()
        print(s == torch.initial_seed(), torch.default_generator.initial_seed() == s, torch.get_device(torch.ones(1)))
        torch.default_generator.manual_seed(3)
        a = torch.rand(2)
        torch.manual_seed(3)
        print(torch.equal(a, torch.rand(2)))
        """,
        () =>
        {
            print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled());
            torch.set_anomaly_enabled(true);
            print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled());
            torch.set_anomaly_enabled(true, false);
            print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled());
            torch.set_anomaly_enabled(false);
            print(torch.is_anomaly_enabled());
            print(torch.is_autocast_cpu_enabled(), torch.get_autocast_cpu_dtype(), torch.get_autocast_gpu_dtype(), torch.is_autocast_cache_enabled());
            torch.set_autocast_cpu_enabled(true);
            torch.set_autocast_cpu_dtype(torch.bfloat16);
            print(torch.is_autocast_cpu_enabled(), torch.get_autocast_cpu_dtype());
            torch.set_autocast_cpu_enabled(false);
            torch.set_autocast_gpu_dtype(torch.bfloat16);
            print(torch.get_autocast_gpu_dtype());
            torch.set_autocast_gpu_dtype(torch.float16);
            torch.set_autocast_enabled(true);
            print(torch.is_autocast_enabled());
            torch.set_autocast_enabled(false);
            print(torch.is_autocast_enabled());
            print(torch.autocast_increment_nesting(), torch.autocast_increment_nesting(), torch.autocast_decrement_nesting(), torch.autocast_decrement_nesting());
            torch.set_autocast_cache_enabled(false);
            print(torch.is_autocast_cache_enabled());
            torch.set_autocast_cache_enabled(true);
            torch.clear_autocast_cache();
            print(torch.get_float32_matmul_precision());
            torch.set_float32_matmul_precision("medium");
            print(torch.get_float32_matmul_precision());
            torch.set_float32_matmul_precision("low");
            print(torch.get_float32_matmul_precision());
            torch.set_float32_matmul_precision("highest");
            torch.init_num_threads();
            var s = torch.seed();
            print(s == torch.initial_seed(), torch.default_generator.initial_seed() == s, torch.get_device(torch.ones(1)));
            torch.default_generator.manual_seed(3);
            var a = torch.rand(2);
            torch.manual_seed(3);
            print(torch.equal(a, torch.rand(2)));
        });

    [Test]
    public void LinAlgErrorIsCatchableByItsPythonName() => Dialect.Verify(
        """
        A = torch.zeros(2, 2)
        try:
            torch.linalg.cholesky(A)
        except torch.linalg.LinAlgError as e:
            print(e)
        try:
            torch.linalg.inv(A)
        except RuntimeError as e:
            print(isinstance(e, torch.linalg.LinAlgError), e)
        """,
        () =>
        {
            var A = torch.zeros(2, 2);
            try { torch.linalg.cholesky(A); }
            catch (torch.linalg.LinAlgError e) { print(e.Message); }
            try { torch.linalg.inv(A); }
            catch (TorchException e) { print(e is torch.linalg.LinAlgError, e.Message); }
        });

    [Test]
    public void BufferAndArrayConversions() => Dialect.Verify(
        """
        b = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00')
        print(torch.frombuffer(b, dtype=torch.int32, count=2), torch.frombuffer(b, dtype=torch.uint8, offset=8),
              torch.frombuffer(b, dtype=torch.int16, count=3, offset=2))
        for f in [lambda: torch.frombuffer(b, dtype=torch.int32), lambda: torch.frombuffer(bytearray(), dtype=torch.int32),
                  lambda: torch.frombuffer(b, dtype=torch.int32, offset=10), lambda: torch.frombuffer(b, dtype=torch.int32, count=3),
                  lambda: torch.frombuffer(b, dtype=torch.int32, offset=-1), lambda: torch.frombuffer(b, dtype=torch.int32, count=0)]:
            try:
                f()
            except ValueError as e:
                print(e)
        x = torch.ones(2)
        print(torch.asarray(x) is x, torch.asarray(x, dtype=torch.float64), torch.asarray([1, 2]), torch.asarray([1.5]),
              torch.asarray(x, copy=True) is x, torch.asarray(3.5))
        try:
            torch.asarray(x, dtype=torch.float64, copy=False)
        except ValueError as e:
            print(e)
        y = torch.asarray(x, requires_grad=True)
        print(y is x, x.requires_grad)
        """,
        () =>
        {
            byte[] b = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0];
            print(torch.frombuffer(b, dtype: torch.int32, count: 2), torch.frombuffer(b, dtype: torch.uint8, offset: 8),
                  torch.frombuffer(b, dtype: torch.int16, count: 3, offset: 2));
            foreach (var f in new Action[] { () => torch.frombuffer(b, dtype: torch.int32), () => torch.frombuffer([], dtype: torch.int32),
                         () => torch.frombuffer(b, dtype: torch.int32, offset: 10), () => torch.frombuffer(b, dtype: torch.int32, count: 3),
                         () => torch.frombuffer(b, dtype: torch.int32, offset: -1), () => torch.frombuffer(b, dtype: torch.int32, count: 0) })
            {
                try { f(); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError) { print(e.Message); }
            }
            var x = torch.ones(2);
            print(ReferenceEquals(torch.asarray(x), x), torch.asarray(x, dtype: torch.float64), torch.asarray([1, 2]), torch.asarray([1.5]),
                  ReferenceEquals(torch.asarray(x, copy: true), x), torch.asarray(3.5));
            try { torch.asarray(x, dtype: torch.float64, copy: false); }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError) { print(e.Message); }
            var y = torch.asarray(x, requires_grad: true);
            print(ReferenceEquals(y, x), x.requires_grad);
        });

    [Test]
    public void BroadcastShapesFollowsEachVersion() => Dialect.Verify(
        """
        print(torch.broadcast_shapes((2, 1), (3,)), torch.broadcast_shapes((1, 2), (3, 1), (3, 2)), torch.broadcast_shapes((2,)))
        for shapes in [((2,), (3,)), ((2, 3), (4, 1, 3), (5,))]:
            try:
                torch.broadcast_shapes(*shapes)
            except RuntimeError as e:
                print(e)
        """,
        () =>
        {
            print(torch.broadcast_shapes([2, 1], [3]), torch.broadcast_shapes([1, 2], [3, 1], [3, 2]), torch.broadcast_shapes([2]));
            foreach (var shapes in new long[][][] { [[2], [3]], [[2, 3], [4, 1, 3], [5]] })
            {
                try { torch.broadcast_shapes(shapes); }
                catch (TorchException e) { print(e.Message); }
            }
        });
}
