#pragma once

#include "session/session.h"

#include <typeinfo>

namespace dd::commands {

// Records this desk's write of a row from version `read` to `written` as its own (issue 18: an
// undo of its earlier edit still applies), but only when the row had the version this desk
// last gave it, or it gave none: after another desk's write in between, the row is not this
// desk's to undo over. Used by writes that are not undo commands of their own (a check-in, a
// paper number taken when printing).
inline void noteOwnWrite(Session *s, const std::type_info &type, qint64 id, qint64 read,
                         qint64 written)
{
    if (s->writtenVersion(type, id, read) == read)
        s->noteWritten(type, id, written);
}

} // namespace dd::commands
