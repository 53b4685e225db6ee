// Tensor facts Python reads as attributes: contiguity, the data address, the layout.
#include "common.h"
#include "ti_tensor_info.h"

using ti::Borrowed;
using ti::guard;

extern "C" {

TI_API int32_t ti_is_contiguous(ti_tensor t, int32_t memory_format) {
  return guard(int32_t{TI_ERROR}, [&] {
    static const c10::MemoryFormat formats[] = {c10::MemoryFormat::Contiguous, c10::MemoryFormat::ChannelsLast,
                                                c10::MemoryFormat::ChannelsLast3d};
    TORCH_CHECK(memory_format >= 0 && memory_format < 3, "unknown memory format ", memory_format);
    return int32_t{Borrowed(t)->is_contiguous(formats[memory_format])};
  });
}

TI_API int32_t ti_data_ptr(ti_tensor t, uint64_t* address) {
  return guard(int32_t{TI_ERROR}, [&] {
    *address = reinterpret_cast<uint64_t>(Borrowed(t)->data_ptr());
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_layout(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->layout()); });
}
}
