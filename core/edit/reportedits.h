#pragma once

#include "domain/event.h"
#include "session/session.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

// The clerk's words in the results report after the day (đánh giá, đề xuất): one undo step
// for the report editor in the window and for `report set`.
namespace dd::reportedits {

// Sets the assessment and/or the proposals (nullopt leaves that part as it is); line breaks
// separate paragraphs. nullptr when the event is gone or nothing would change. `read`: the event
// as the editor showed it (see commands::shownWhileTyping); the edit is then refused when
// another desk changed the event since, instead of writing over their words. Without it the
// event is read now (the command line).
QUndoCommand *setText(Session *s, const std::optional<QString> &assessment,
                      const std::optional<QString> &proposals,
                      const std::optional<Event> &read = std::nullopt);

} // namespace dd::reportedits
