/* TorchInterop native shim: the values LibTorch's own autograd nodes saved for backward, by Python's names
 * (grad_fn._saved_self, _saved_exponent, ...). Conventions as in torchinterop.h. */
#ifndef TI_SAVED_H
#define TI_SAVED_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a saved value holds, as Python's getter returns it. */
enum {
  TI_SAVED_NONE = 0,    /* an empty optional: None */
  TI_SAVED_TENSOR = 1,  /* tensors[0] (NULL for an undefined tensor: None) */
  TI_SAVED_TENSORS = 2, /* a tuple of `count` tensors (NULL entries are None) */
  TI_SAVED_INT = 3,     /* ints[0] */
  TI_SAVED_INTS = 4,    /* a tuple of `count` ints */
  TI_SAVED_FLOAT = 5,   /* floats[0] */
  TI_SAVED_FLOATS = 6,  /* a tuple of `count` floats */
  TI_SAVED_BOOL = 7,    /* ints[0] != 0 */
  TI_SAVED_STRING = 8,  /* text, text_length bytes of UTF-8 */
  TI_SAVED_NUMBER = 9,  /* numbers[0]: an at::Scalar */
  TI_SAVED_NUMBERS = 10 /* a tuple of `count` numbers */
};

/* An at::Scalar: kind 0 float (real), 1 int (i), 2 bool (i != 0), 3 complex (real, imag). */
typedef struct ti_saved_number {
  double real;
  double imag;
  int64_t i;
  int32_t kind;
} ti_saved_number;

/* The arrays and the text belong to the shim (thread-local) and stay valid until the next ti_node_saved call on the
 * same thread; the tensor handles are owned by the caller. */
typedef struct ti_saved_value {
  int32_t kind;
  int32_t count;
  const int64_t* ints;
  const double* floats;
  const ti_saved_number* numbers;
  ti_tensor* tensors;
  const char* text;
  int64_t text_length;
} ti_saved_value;

/* The node's saved value named `name` (Python's name without _saved_, e.g. "self", "exponent"): 1 with `out` filled,
 * 0 when the node has no such value, TI_ERROR when reading it failed (a tensor freed by backward: PyTorch's
 * "Trying to backward through the graph a second time ..."). */
TI_API int32_t ti_node_saved(ti_node node, const char* name, ti_saved_value* out);

/* The names of the node's saved values, separated by spaces and sorted ("" for a node without any); owned by the
 * shim, valid for the life of the process. */
TI_API const char* ti_node_saved_names(ti_node node);

#ifdef __cplusplus
}
#endif

#endif
