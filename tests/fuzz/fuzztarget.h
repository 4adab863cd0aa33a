// One source per fuzz target, two builds: a libFuzzer binary (clang, -fsanitize=fuzzer) and, in every build,
// the fuzz_regression runner that replays the committed corpus as a ctest regression test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>

#ifdef MARKETDESK_LIBFUZZER

#define MD_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)

#else

namespace md::fuzz {
using TargetFunction = int (*)(const uint8_t *, size_t);
void registerTarget(const char *name, TargetFunction function);
struct Registrar
{
    Registrar(const char *name, TargetFunction function) { registerTarget(name, function); }
};
} // namespace md::fuzz

#define MD_FUZZ_TARGET(name)                                                        \
    static int mdFuzz_##name(const uint8_t *data, size_t size);                     \
    static const md::fuzz::Registrar mdFuzzRegistrar_##name(#name, mdFuzz_##name); \
    static int mdFuzz_##name(const uint8_t *data, size_t size)

#endif

// An invariant the code under test must keep, whatever the input: a failure is a finding.
#define MD_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
