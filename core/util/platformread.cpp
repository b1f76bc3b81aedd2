// The part of platform::readRegularFile() that is the same on every system (platform.h).
#include "util/platform.h"

#include <algorithm>

namespace dd::platform {

void readToLimit(FileRead &r, qint64 maxBytes, const ReadSome &readSome)
{
    // The size said, plus one byte to notice a file that grew since.
    r.data.resize(qsizetype(r.size) + 1);
    qint64 got = 0;
    for (;;) {
        if (got == r.data.size()) {
            if (got > maxBytes) {
                r.status = FileRead::Status::TooLarge;
                r.size = got;
                r.data.clear();
                return;
            }
            r.data.resize(qsizetype(std::min<qint64>(got * 2 + 4096, maxBytes + 1)));
        }
        const qint64 n = readSome(r.data.data() + got, r.data.size() - got, &r.systemError);
        if (n < 0) {
            r.status = FileRead::Status::Unreadable;
            r.data.clear();
            return;
        }
        if (n == 0)
            break;
        got += n;
    }
    r.data.truncate(qsizetype(got));
    r.size = got;
}

} // namespace dd::platform
