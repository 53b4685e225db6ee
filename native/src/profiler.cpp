// torch.autograd.profiler over LibTorch's profiler: the enable/disable calls Python's profile makes
// (torch/autograd/profiler.py: _prepare_profiler, _enable_profiler, _disable_profiler) and the KinetoEvent fields its
// _parse_kineto_results reads, plus record_function through the same profiler:: operators Python calls.
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/util/Type.h>
#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/autograd/profiler_kineto.h>

#include "common.h"
#include "ti_profiler.h"

using ti::guard;

namespace {

namespace kineto_api = torch::autograd::profiler;
using torch::profiler::impl::ActivityType;
using torch::profiler::impl::ProfilerConfig;
using torch::profiler::impl::ProfilerState;

// One event copied out of its KinetoEvent, owning the text and shapes the C view points to.
struct CopiedEvent {
  std::string name;
  std::string overload_name;
  std::vector<int64_t> shapes;
  ti_profiler_event view{};
};

struct Result {
  std::vector<CopiedEvent> events;
};

// Python's _rewrite_name demangles every name longer than one character (torch._C._demangle).
std::string demangled(const std::string& name) { return name.size() > 1 ? c10::demangle(name.c_str()) : name; }

// kineto's ActivityType numbers of a user annotation (CPU and GPU), which Python's is_user_annotation() tests.
constexpr uint8_t kUserAnnotation = 1;
constexpr uint8_t kGpuUserAnnotation = 2;

CopiedEvent copy_event(const kineto_api::KinetoEvent& e, uint64_t trace_start) {
  CopiedEvent out;
  out.name = demangled(e.name());
  for (const auto& shape : e.shapes()) {
    out.shapes.push_back(static_cast<int64_t>(shape.size()));
    out.shapes.insert(out.shapes.end(), shape.begin(), shape.end());
  }
  auto& v = out.view;
  v.shape_count = static_cast<int32_t>(e.shapes().size());
#if TORCH_VERSION_MAJOR >= 2
  out.overload_name = e.overload_name();
  // Python: rel_start_ns / 1000 and rel_end_ns / 1000, true divisions of whole nanoseconds.
  v.raw_start = static_cast<int64_t>(e.startNs());
  v.raw_end = static_cast<int64_t>(e.endNs());
  v.start_us = static_cast<double>(v.raw_start - static_cast<int64_t>(trace_start)) / 1000.0;
  v.end_us = static_cast<double>(v.raw_end - static_cast<int64_t>(trace_start)) / 1000.0;
  v.is_user_annotation = (e.activityType() == kUserAnnotation || e.activityType() == kGpuUserAnnotation) ? 1 : 0;
  v.is_hidden = e.isHiddenEvent() ? 1 : 0;
#else
  // Python: whole microseconds, rel_start_us = start_us - trace_start_us and rel_end_us = rel_start_us + duration_us.
  v.raw_start = static_cast<int64_t>(e.startUs());
  v.raw_end = v.raw_start + static_cast<int64_t>(e.durationUs());
  int64_t relative_start = v.raw_start - static_cast<int64_t>(trace_start);
  v.start_us = static_cast<double>(relative_start);
  v.end_us = static_cast<double>(relative_start + static_cast<int64_t>(e.durationUs()));
  (void)kUserAnnotation;
  (void)kGpuUserAnnotation;
#endif
  v.start_thread = static_cast<int64_t>(e.startThreadId());
  v.end_thread = static_cast<int64_t>(e.endThreadId());
  v.fwd_thread = static_cast<int64_t>(e.fwdThreadId());
  v.sequence_nr = e.sequenceNr();
  v.correlation_id = static_cast<int64_t>(e.correlationId());
  v.linked_correlation_id = static_cast<int64_t>(e.linkedCorrelationId());
  v.flops = static_cast<int64_t>(e.flops());
  v.nbytes = e.nBytes();
  v.scope = static_cast<int32_t>(e.scope());
  v.device_type = static_cast<int32_t>(e.deviceType());
  v.device_index = static_cast<int32_t>(e.deviceIndex());
  v.is_async = e.isAsync() ? 1 : 0;
  v.is_python_function = e.isPythonFunction() ? 1 : 0;
  return out;
}

// A record_function range: the value the enter operator returned (1.x a Tensor holding the RecordFunction, 2.x a
// _RecordFunction object), which the exit operator takes back.
struct Range {
  c10::IValue handle;
};

c10::IValue call_operator(const char* name, const char* overload, std::vector<c10::IValue> arguments) {
  auto op = c10::Dispatcher::singleton().findSchemaOrThrow(name, overload);
  torch::jit::Stack stack(std::move(arguments));
  op.callBoxed(&stack);
  return stack.empty() ? c10::IValue() : std::move(stack.front());
}

}  // namespace

extern "C" {

TI_API int32_t ti_profiler_enable(int32_t record_shapes, int32_t profile_memory, int32_t with_flops, int32_t with_modules) {
  return guard(int32_t{TI_ERROR}, [&] {
    // Python's profile: ProfilerState.KINETO, the CPU activity, the default _ExperimentalConfig; with_stack would
    // record Python frames, which a .NET program has not.
    ProfilerConfig config(ProfilerState::KINETO, record_shapes != 0, profile_memory != 0, /*with_stack=*/false,
                          with_flops != 0, with_modules != 0);
    std::set<ActivityType> activities{ActivityType::CPU};
    kineto_api::prepareProfiler(config, activities);
    kineto_api::enableProfiler(config, activities);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_profiler_is_enabled(void) {
  return guard(int32_t{TI_ERROR}, [] { return torch::profiler::impl::profilerEnabled() ? int32_t{1} : int32_t{0}; });
}

TI_API ti_profiler_result ti_profiler_disable(void) {
  return guard(static_cast<ti_profiler_result>(nullptr), [] {
    auto recorded = kineto_api::disableProfiler();
    auto result = std::make_unique<Result>();
    if (recorded) {
#if TORCH_VERSION_MAJOR >= 2
      uint64_t trace_start = recorded->trace_start_ns();
#else
      uint64_t trace_start = recorded->trace_start_us();
#endif
      result->events.reserve(recorded->events().size());
      for (const auto& e : recorded->events()) result->events.push_back(copy_event(e, trace_start));
    }
    return static_cast<ti_profiler_result>(result.release());
  });
}

TI_API void ti_profiler_result_free(ti_profiler_result result) { delete static_cast<Result*>(result); }

TI_API int64_t ti_profiler_result_count(ti_profiler_result result) {
  return guard(int64_t{TI_ERROR}, [&] {
    TORCH_CHECK(result != nullptr, "profiler result is null");
    return static_cast<int64_t>(static_cast<Result*>(result)->events.size());
  });
}

TI_API int32_t ti_profiler_result_event(ti_profiler_result result, int64_t index, ti_profiler_event* event) {
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(result != nullptr && event != nullptr, "profiler result or event is null");
    auto& events = static_cast<Result*>(result)->events;
    TORCH_CHECK_INDEX(index >= 0 && index < static_cast<int64_t>(events.size()), "profiler event index ", index,
                      " is out of range for ", events.size(), " events");
    auto& copied = events[static_cast<size_t>(index)];
    *event = copied.view;
    event->name = copied.name.c_str();
    event->overload_name = copied.overload_name.c_str();
    event->shapes = copied.shapes.data();
    return int32_t{TI_OK};
  });
}

TI_API ti_record_function ti_record_function_enter(const char* name, const char* args) {
  return guard(static_cast<ti_record_function>(nullptr), [&] {
    TORCH_CHECK(name != nullptr, "record_function needs a name");
    c10::IValue arg = args ? c10::IValue(std::string(args)) : c10::IValue();
#if TORCH_VERSION_MAJOR >= 2
    const char* enter = "profiler::_record_function_enter_new";
#else
    const char* enter = "profiler::_record_function_enter";
#endif
    auto range = std::make_unique<Range>();
    range->handle = call_operator(enter, "", {c10::IValue(std::string(name)), std::move(arg)});
    return static_cast<ti_record_function>(range.release());
  });
}

TI_API int32_t ti_record_function_exit(ti_record_function range) {
  std::unique_ptr<Range> owned(static_cast<Range*>(range));
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(owned != nullptr, "record_function range is null");
#if TORCH_VERSION_MAJOR >= 2
    call_operator("profiler::_record_function_exit", "_RecordFunction", {owned->handle});
#else
    call_operator("profiler::_record_function_exit", "", {owned->handle});
#endif
    return int32_t{TI_OK};
  });
}

TI_API void ti_record_function_free(ti_record_function range) { delete static_cast<Range*>(range); }

}  // extern "C"
