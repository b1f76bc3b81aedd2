#pragma once

#include <QtGlobal>

#include <functional>

namespace dd {

// Runs work(begin, end) over the index range [0, count) cut into chunks of `chunk`, on every
// core: the calling thread works too, and between two of its chunks it calls between(done)
// with the number of indexes finished so far; between() returning false stops handing out
// chunks (the ones started are finished). work() must only touch what belongs to its own
// indexes. Returns false when stopped. The calling thread is the only one that calls
// between(), so a progress dialog or a cancel flag can live there.
bool parallelChunks(qsizetype count, qsizetype chunk,
                    const std::function<void(qsizetype begin, qsizetype end)> &work,
                    const std::function<bool(qsizetype done)> &between = {});

} // namespace dd
