// Arrays of handles that the shim allocates for list results (see torchinterop_ops.h).
#include <cstdlib>

#include "torchinterop_ops.h"

extern "C" TI_API void ti_free_handle_array(ti_tensor* handles) { std::free(handles); }
