/* TorchInterop native shim: torch.autograd.profiler over LibTorch's own profiler (profiler_kineto.h's
 * enableProfiler/disableProfiler, the path Python's torch.autograd.profiler.profile takes in 1.13 and 2.x alike; without
 * libkineto, as in Debian's 1.13 build, the same API records CPU operator events by itself), and record_function through
 * the profiler:: operators Python's record_function calls. Conventions as in torchinterop.h.
 *
 * ti_profiler_result is an owned, immutable snapshot of one profiling session's events; release it with
 * ti_profiler_result_free. Strings and shape arrays that an event points to live as long as its result.
 * ti_record_function is an open user-scope range; ti_record_function_exit closes and releases it.
 */
#ifndef TI_PROFILER_H
#define TI_PROFILER_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void* ti_profiler_result;
typedef void* ti_record_function;

/* One event as Python's _parse_kineto_results reads a KinetoEvent. start_us/end_us are relative to the trace start,
 * computed as the Python of this LibTorch computes them (1.x: whole microseconds; 2.x: nanoseconds / 1000); raw_start
 * and raw_end are the absolute clock values in the version's own unit (1.x us, 2.x ns), for memory records.
 * shapes: shape_count shapes laid out as [rank, dims..., rank, dims...]. */
typedef struct ti_profiler_event {
  const char* name;
  const char* overload_name;
  const int64_t* shapes;
  double start_us;
  double end_us;
  int64_t raw_start;
  int64_t raw_end;
  int64_t start_thread;
  int64_t end_thread;
  int64_t fwd_thread;
  int64_t sequence_nr;
  int64_t correlation_id;
  int64_t linked_correlation_id;
  int64_t flops;
  int64_t nbytes;
  int32_t shape_count;
  int32_t scope;
  int32_t device_type;
  int32_t device_index;
  int32_t is_async;
  int32_t is_user_annotation;
  int32_t is_hidden;
  int32_t is_python_function;
} ti_profiler_event;

/* Python's profile.__enter__: _prepare_profiler then _enable_profiler with ProfilerState.KINETO and the CPU
 * activity, on the calling thread. LibTorch's error when a profiler is already enabled here. */
TI_API int32_t ti_profiler_enable(int32_t record_shapes, int32_t profile_memory, int32_t with_flops, int32_t with_modules);
/* 1 when LibTorch's profiler is enabled on the calling thread, 0 when not. */
TI_API int32_t ti_profiler_is_enabled(void);
/* Python's _disable_profiler: stops the thread's profiler and hands over what it recorded (NULL on error). */
TI_API ti_profiler_result ti_profiler_disable(void);
TI_API void ti_profiler_result_free(ti_profiler_result result);
/* The number of events, -1 on error. */
TI_API int64_t ti_profiler_result_count(ti_profiler_result result);
/* Event `index` (0 <= index < count) into *event. */
TI_API int32_t ti_profiler_result_event(ti_profiler_result result, int64_t index, ti_profiler_event* event);

/* torch.autograd.profiler.record_function(name, args).__enter__: a USER_SCOPE at::RecordFunction opened by the
 * profiler::_record_function_enter operator (1.x) or _record_function_enter_new (2.x), as Python calls them.
 * args may be NULL (Python's None). NULL on error. */
TI_API ti_record_function ti_record_function_enter(const char* name, const char* args);
/* __exit__: profiler::_record_function_exit on the range, which is released either way. */
TI_API int32_t ti_record_function_exit(ti_record_function range);
/* Releases a range that was never exited (its RecordFunction ends as it is destroyed). */
TI_API void ti_record_function_free(ti_record_function range);

#ifdef __cplusplus
}
#endif
#endif
