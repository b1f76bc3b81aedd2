#pragma once

#include <QtGlobal>

#include <functional>

namespace dd {

// Runs work(begin, end) over the index range [0, count) cut into chunks of `chunk`, on every
// core: the calling thread works too, and between two of its chunks it calls between(ready),
// where every index below `ready` has been worked on (the longest finished prefix; it never
// goes down). between() may read and change what belongs to those indexes, since no work()
// touches them any more: a pass that must go in order can follow the parallel one there.
// between() returning false stops handing out chunks (the ones started are finished). work()
// must only touch what belongs to its own indexes. Returns false when stopped. With between(),
// the calling thread takes a chunk only when no new index was ready for it (the pass in order
// goes first; the other threads check meanwhile). The calling
// thread is the only one that calls between(), so a progress dialog or a cancel flag can
// live there.
bool parallelChunks(qsizetype count, qsizetype chunk,
                    const std::function<void(qsizetype begin, qsizetype end)> &work,
                    const std::function<bool(qsizetype ready)> &between = {});

} // namespace dd
