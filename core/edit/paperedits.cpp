#include "edit/paperedits.h"

#include "edit/eventcommands.h"
#include "edit/groupcommand.h"
#include "edit/ownwrite.h"
#include "edit/questionactions.h"

#include <QCoreApplication>

#include <typeinfo>

namespace dd::paperedits {

QUndoCommand *rememberDates(Session *s, PaperKind kind, std::optional<QDate> signedOn,
                            std::optional<QDate> answerBy)
{
    DocumentSettings before = s->events().documentSettings(s->eventId());
    // A kind never numbered gets its row (and keeps its usual symbol): undo writes it back
    // without the dates.
    before.numbering[kind];
    DocumentSettings after = before;
    PaperNumbering &n = after.numbering[kind];
    if (signedOn)
        n.signedOn = *signedOn;
    if (answerBy)
        n.answerBy = *answerBy;
    const PaperNumbering &old = before.numbering[kind];
    if (old.signedOn == n.signedOn && old.answerBy == n.answerBy)
        return nullptr;
    auto *cmd = new EditDocumentSettingsCommand(s, before, after);
    cmd->setText(
        QCoreApplication::translate("Commands", "date the paper “%1”").arg(paperKindLabel(kind)));
    return cmd;
}

QUndoCommand *printed(Session *s, PaperKind kind, std::optional<QDate> signedOn,
                      std::optional<QDate> answerBy, qint64 agencyId,
                      const QList<qint64> &forwardedIds, QDate day)
{
    QUndoCommand *dates = rememberDates(s, kind, signedOn, answerBy);
    QUndoCommand *forward = nullptr;
    if (kind == PaperKind::ForwardLetter && agencyId != 0 && !forwardedIds.isEmpty())
        forward = questionactions::forward(s, forwardedIds, agencyId, day, true);
    if (!dates || !forward)
        return dates ? dates : forward;
    auto *group = new GroupCommand(
        s, QCoreApplication::translate("Commands", "print the covering letter to the agency"));
    group->add(dates);
    group->add(forward);
    return group;
}

namespace {

// A write of the numbering of `kind` from version `read` to `written`: this desk's own (see
// commands::noteOwnWrite).
void noteOwnNumbering(Session *s, PaperKind kind, qint64 read, qint64 written)
{
    commands::noteOwnWrite(s, typeid(PaperNumbering), numberingId(s->eventId(), kind), read,
                           written);
}

} // namespace

Result<int> takeNumber(Session *s, PaperKind kind)
{
    std::pair<qint64, qint64> versions;
    const Result<int> number = s->events().takeNextNumber(s->eventId(), kind, &versions);
    if (number)
        noteOwnNumbering(s, kind, versions.first, versions.second);
    return number;
}

void giveBackNumber(Session *s, PaperKind kind, int number)
{
    if (number <= 0)
        return;
    DocumentSettings settings = s->events().documentSettings(s->eventId());
    const DocumentSettings read = settings;
    auto it = settings.numbering.find(kind);
    if (it == settings.numbering.end() || it->nextNumber != number + 1)
        return;
    it->nextNumber = number;
    // Over the version just read: a number another desk took meanwhile is not given back.
    if (s->events().saveDocumentSettings(settings, read))
        noteOwnNumbering(s, kind, read.numbering.value(kind).rowVersion,
                         settings.numbering.value(kind).rowVersion);
}

} // namespace dd::paperedits
