#pragma once

#include "session/session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUndoCommand>

#include <optional>

// The triage and live-mode edits of the questions tab, each ONE undo step however many rows
// it touches (an EditRowsCommand over all of them). They return nullptr when there is nothing
// to change.
namespace dd::questionactions {

// Sets the topic; received questions become classified.
QUndoCommand *classify(Session *s, const QList<qint64> &ids, qint64 topicId);

// Assigns the agency. With `record`, the questions become forwarded on `date`; without, they
// stay classified with the agency noted (forwarded later, e.g. on export).
QUndoCommand *forward(Session *s, const QList<qint64> &ids, qint64 agencyId, const QDate &date,
                      bool record = true);

// Merges `ids` into `keepId`: each gets status merged and duplicateOfId = keepId. Both texts
// and both units stay; the kept question lists the others' units ("also from").
QUndoCommand *merge(Session *s, const QList<qint64> &ids, qint64 keepId);

QUndoCommand *withdraw(Session *s, const QList<qint64> &ids);

// Writes runningOrder 1..n in the order given (questions not listed keep theirs).
QUndoCommand *reorder(Session *s, const QList<qint64> &orderedIds);

// The questions an export sends to their agency (QuestionExport::toRecord) become forwarded
// on `date`.
QUndoCommand *recordForwarding(Session *s, const QList<Question> &sent, const QDate &date);

// The answer as given: status answered (or back to the previous path when cleared).
QUndoCommand *answer(Session *s, qint64 id, const QString &answer, const QString &answeredBy,
                     const QDateTime &when);

// The secretariat's note on a question, as given (an empty text removes it); no command when
// the note is already that.
QUndoCommand *setNote(Session *s, qint64 id, const QString &note);

// A question saved with an agency typed in that is not in the directory yet: the agency joins
// it (a guest agency of the event) and the question is forwarded to it, as one step. The
// question is added when its id is 0, else edited: from `read`, the question as the dialog
// showed it, when given (see commands::editQuestionsFrom).
QUndoCommand *saveWithNewAgency(Session *s, const Question &q, const QString &agencyName,
                                const std::optional<Question> &read = std::nullopt);
// The units a kept question also comes from (those of the questions merged into it).
QList<qint64> alsoFromUnits(const QList<Question> &all, qint64 keptId);

} // namespace dd::questionactions
