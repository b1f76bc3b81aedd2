// The CSV reader and the attendee import's checks behind it (tests/fuzz/CMakeLists.txt).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::importSpreadsheet(data, size, "danh-sach.csv");
    return 0;
}
