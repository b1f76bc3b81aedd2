#pragma once

#include "session/session.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

// The clerk's words in the results report after the day (đánh giá, đề xuất): one undo step
// for the report editor in the window and for `report set`.
namespace dd::reportedits {

// Sets the assessment and/or the proposals (nullopt leaves that part as it is); line breaks
// separate paragraphs. nullptr when the event is gone or nothing would change.
QUndoCommand *setText(Session *s, const std::optional<QString> &assessment,
                      const std::optional<QString> &proposals);

} // namespace dd::reportedits
