// libFuzzer's entry for programs with their own main(): runs the fuzzer with
// the command line given and calls `callback` once per input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
