#pragma once

#include "domain/documentsettings.h"
#include "session/session.h"

#include <QDate>
#include <QList>
#include <QUndoCommand>

#include <optional>

// The edits that printing a paper makes, as one undo step each: the signing date the clerk
// chose is remembered for the paper of the event, and a covering letter records the
// forwarding of the questions it lists. The window and the command line push the same.
namespace dd::paperedits {

// Remembers the signing date of the kind of paper (a null date: left blank from now on)
// and, for the covering letter, the day answers are asked for. std::nullopt keeps a date as
// it is. nullptr when nothing changes.
QUndoCommand *rememberDates(Session *s, PaperKind kind, std::optional<QDate> signedOn,
                            std::optional<QDate> answerBy = std::nullopt);

// What printing `kind` writes: the dates above, and for a covering letter to `agencyId` the
// questions `forwardedIds` recorded as forwarded on `day` (the signing date, or today when
// the letter is undated). One undo step; nullptr when nothing changes.
QUndoCommand *printed(Session *s, PaperKind kind, std::optional<QDate> signedOn,
                      std::optional<QDate> answerBy, qint64 agencyId,
                      const QList<qint64> &forwardedIds, QDate day);

// Takes the next number of the kind for a paper going out (not an undo step: a number
// handed out is never taken back). The take counts as this desk's own write of the numbering,
// so an undo of this desk's earlier edit of it still goes through; a number another desk took
// in between does not, and refuses that undo (RowConflict).
Result<int> takeNumber(Session *s, PaperKind kind);
// A paper that was not written keeps no number: the counter goes back to `number` when nobody
// has taken a later one meanwhile. Counted as this desk's own write, like takeNumber.
void giveBackNumber(Session *s, PaperKind kind, int number);

} // namespace dd::paperedits
