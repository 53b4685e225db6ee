// What the generated op wrappers (src/generated/) need beyond common.h: optional values from C's pointers and
// sentinels, and the ways results go back to the caller.
#pragma once

#include <array>
#include <cstdlib>
#include <tuple>

#include "common.h"

namespace ti {

inline c10::optional<at::Tensor> optional_tensor(ti_tensor t) {
  if (!t) return c10::nullopt;
  return *Borrowed(t);
}

inline std::vector<at::Tensor> tensor_vector(const ti_tensor* handles, int32_t n) { return borrow_list(handles, n); }

inline c10::List<c10::optional<at::Tensor>> optional_tensor_list(const ti_tensor* handles, int32_t n) {
  c10::List<c10::optional<at::Tensor>> list;
  for (int32_t i = 0; i < n; ++i) list.push_back(optional_tensor(handles[i]));
  return list;
}

inline c10::optional<c10::Scalar> optional_scalar(const ti_scalar* s) {
  if (!s) return c10::nullopt;
  return to_scalar(*s);
}

template <typename T>
inline c10::optional<T> optional_value(const T* value) {
  if (!value) return c10::nullopt;
  return *value;
}

inline c10::optional<bool> optional_bool(const int32_t* value) {
  if (!value) return c10::nullopt;
  return *value != 0;
}

inline at::OptionalIntArrayRef optional_dims(const int64_t* data, int32_t n) {
  if (!data && n < 0) return c10::nullopt;
  return dims(data, n);
}

inline c10::optional<at::ArrayRef<double>> optional_doubles(const double* data, int32_t n) {
  if (!data && n < 0) return c10::nullopt;
  return at::ArrayRef<double>(data, n > 0 ? n : 0);
}

template <size_t N>
inline std::array<bool, N> bool_array(const int32_t* flags) {
  std::array<bool, N> result{};
  for (size_t i = 0; i < N; ++i) result[i] = flags[i] != 0;
  return result;
}

inline c10::optional<at::ScalarType> optional_scalar_type(int32_t dtype) {
  if (dtype < 0) return c10::nullopt;
  return scalar_type(dtype);
}

inline c10::optional<at::Layout> optional_layout(int32_t layout) {
  if (layout < 0) return c10::nullopt;
  TORCH_CHECK(layout <= static_cast<int32_t>(at::Layout::NumOptions), "unknown layout ", layout);
  return static_cast<at::Layout>(layout);
}

inline c10::optional<at::MemoryFormat> optional_memory_format(int32_t format) {
  if (format < 0) return c10::nullopt;
  TORCH_CHECK(format < static_cast<int32_t>(at::MemoryFormat::NumOptions), "unknown memory format ", format);
  return static_cast<at::MemoryFormat>(format);
}

inline c10::optional<at::Device> optional_device(int32_t type, int32_t index) {
  if (type < 0) return c10::nullopt;
  return at::Device(device_type(type), static_cast<c10::DeviceIndex>(index));
}

inline c10::optional<c10::string_view> optional_string(const char* s) {
  if (!s) return c10::nullopt;
  return c10::string_view(s);
}

// ---- results ----

template <typename F>
int32_t return_nothing(F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    body();
    return int32_t{TI_OK};
  });
}

template <typename F>
int32_t return_tensor(ti_tensor* out, F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    out[0] = give(body());
    return int32_t{TI_OK};
  });
}

template <typename Tuple, size_t... I>
void give_all(ti_tensor* out, Tuple&& values, std::index_sequence<I...>) {
  ((out[I] = give(std::get<I>(values))), ...);
}

template <typename F>
int32_t return_tensors(ti_tensor* out, F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto values = body();
    give_all(out, values, std::make_index_sequence<std::tuple_size<decltype(values)>::value>{});
    return int32_t{TI_OK};
  });
}

// A list result: an array the caller releases with ti_free_handle_array.
template <typename F>
int32_t return_tensor_list(ti_tensor** out, int64_t* count, F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    std::vector<at::Tensor> values = body();
    auto* handles = static_cast<ti_tensor*>(std::malloc(sizeof(ti_tensor) * (values.empty() ? 1 : values.size())));
    TORCH_CHECK(handles, "out of memory for a list of ", values.size(), " tensors");
    for (size_t i = 0; i < values.size(); ++i) handles[i] = give(values[i]);
    *out = handles;
    *count = static_cast<int64_t>(values.size());
    return int32_t{TI_OK};
  });
}

template <typename T, typename F>
int32_t return_value(T* out, F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    *out = static_cast<T>(body());
    return int32_t{TI_OK};
  });
}

template <typename F>
int32_t return_scalar(ti_scalar* out, F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    *out = from_scalar(body());
    return int32_t{TI_OK};
  });
}

}  // namespace ti
