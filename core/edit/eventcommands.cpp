#include "edit/eventcommands.h"

#include <QCoreApplication>

#include <functional>
#include <typeinfo>

namespace dd {

namespace {

// A refused write: a conflict (with what "Overwrite" would push) or another error.
void report(Session *session, const Status &s, std::function<QUndoCommand *()> overwrite = {})
{
    if (const RowConflict *c = s.conflict()) {
        RowConflict withOverwrite = *c;
        withOverwrite.overwrite = std::move(overwrite);
        session->reportConflict(s.error(), withOverwrite);
    } else {
        session->reportError(s.error());
    }
}

QString overwriteText(const QString &label)
{
    return QCoreApplication::translate("RowConflict", "Overwrite: %1").arg(label);
}

// A unit's part in an event in the session's record of its own writes.
qint64 partId(const EventUnit &eu)
{
    return (eu.eventId << 32) ^ eu.unitId;
}

bool sameNumbering(const PaperNumbering &a, const PaperNumbering &b)
{
    return a.symbol == b.symbol && a.nextNumber == b.nextNumber && a.signedOn == b.signedOn
        && a.answerBy == b.answerBy;
}

// The text fields of the settings row, for writing the user's changes over another desk's.
constexpr QString DocumentSettings::*kSettingsTexts[] = {
    &DocumentSettings::issuingBodyLine1, &DocumentSettings::issuingBodyLine2,
    &DocumentSettings::partyLine,        &DocumentSettings::placeName,
    &DocumentSettings::signerCapacity,   &DocumentSettings::signerTitle,
    &DocumentSettings::signerName,       &DocumentSettings::contactLine,
    &DocumentSettings::whatToBring,
};

} // namespace

qint64 numberingId(qint64 eventId, PaperKind kind)
{
    return eventId * 64 + int(kind);
}

SwitchPlanCommand::SwitchPlanCommand(Session *session, PlanKind to, QString reason, QDateTime when)
    : m_session(session)
    , m_eventId(session->eventId())
{
    m_switch.eventId = m_eventId;
    m_switch.from = session->activePlan();
    m_switch.to = to;
    m_switch.reason = std::move(reason);
    m_switch.switchedAt = when.isValid() ? when : QDateTime::currentDateTime();
    if (const auto event = session->events().get(m_eventId))
        m_eventVersion = event->rowVersion;
    setText(to == PlanKind::Online
                ? QCoreApplication::translate("Commands", "switch to the online plan")
                : QCoreApplication::translate("Commands", "switch to the in-person plan"));
}

bool SwitchPlanCommand::refused(const Status &s)
{
    if (s)
        return false;
    report(m_session, s);
    return true;
}

void SwitchPlanCommand::redo()
{
    if (std::exchange(m_undoRefused, false))
        return; // Session::undo() puts the stack back after a refused undo: nothing to do
    qint64 version = m_session->writtenVersion(typeid(Event), m_eventId, m_eventVersion);
    if (m_switch.id == 0) {
        version = m_eventVersion; // the first write goes over the version the desk read
        auto id = m_session->events().switchPlan(m_eventId, m_switch.to, m_switch.reason,
                                                 m_switch.switchedAt, &version);
        if (!id) {
            setObsolete(true);
            if (id.conflict())
                m_session->reportConflict(id.error(), *id.conflict());
            else
                m_session->reportError(id.error());
            return;
        }
        m_switch.id = *id;
    } else if (refused(m_session->events().insertSwitch(m_switch, &version))) {
        return;
    }
    m_session->noteWritten(typeid(Event), m_eventId, version);
}

void SwitchPlanCommand::undo()
{
    qint64 version = m_session->writtenVersion(typeid(Event), m_eventId, m_eventVersion);
    const Status s = m_session->events().undoSwitch(m_switch, &version);
    if (refused(s)) {
        m_undoRefused = bool(s.conflict());
        return;
    }
    m_session->noteWritten(typeid(Event), m_eventId, version);
}

SetEventUnitCommand::SetEventUnitCommand(Session *session, std::optional<EventUnit> before,
                                         std::optional<EventUnit> after, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

bool SetEventUnitCommand::apply(const std::optional<EventUnit> &value,
                                const std::optional<EventUnit> &other)
{
    if (!value && !other)
        return true;
    const qint64 id = partId(value ? *value : *other);
    // The version the part has as this desk knows it: the one the edit read, then the one this
    // desk last gave it (0: no part).
    qint64 known = other ? other->rowVersion : 0;
    if (m_written)
        known = m_session->writtenVersion(typeid(EventUnit), id, known);
    Status s;
    qint64 written = 0;
    if (value) {
        EventUnit w = *value;
        EventUnit read;
        if (other && known > 0) {
            read = *other;
            read.rowVersion = known;
        } else {
            read.eventId = w.eventId;
            read.unitId = w.unitId;
            read.rowVersion = 0; // no part: it is added
        }
        // A part added again gets a version after any it had (no version is given twice).
        w.rowVersion = qMax(known, m_session->writtenVersion(typeid(EventUnit), id, 0)) + 1;
        s = m_session->units().saveEventUnit(w, read);
        written = w.rowVersion;
    } else {
        EventUnit read = *other;
        read.rowVersion = known;
        s = m_session->units().removeEventUnit(read);
        written = known + 1;
    }
    if (!s) {
        std::function<QUndoCommand *()> overwrite;
        if (const RowConflict *c = s.conflict()) {
            const EventUnit *theirs = std::any_cast<EventUnit>(&c->theirRow);
            const EventUnit *merged = std::any_cast<EventUnit>(&c->mergedRow);
            std::optional<EventUnit> their = theirs ? std::optional(*theirs) : std::nullopt;
            std::optional<EventUnit> mine = value;
            if (value && merged)
                mine = *merged; // the user's fields over theirs
            overwrite = [session = m_session, their, mine, label = text()] {
                return new SetEventUnitCommand(session, their, mine, overwriteText(label));
            };
        }
        report(m_session, s, overwrite);
        return false;
    }
    m_session->noteWritten(typeid(EventUnit), id, written);
    return true;
}

void SetEventUnitCommand::redo()
{
    if (std::exchange(m_undoRefused, false))
        return; // Session::undo() puts the stack back after a refused undo: nothing to do
    if (!apply(m_after, m_before))
        setObsolete(true);
    m_written = true;
}

void SetEventUnitCommand::undo()
{
    if (!apply(m_before, m_after))
        m_undoRefused = m_session->lastConflict() != nullptr;
}

EditDocumentSettingsCommand::EditDocumentSettingsCommand(Session *session, DocumentSettings before,
                                                         DocumentSettings after)
    : QUndoCommand(QCoreApplication::translate("Commands", "edit the paper settings"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    // Only the papers whose numbering the user changed are written: a number another desk
    // takes for another paper meanwhile is no conflict.
    for (PaperKind kind : kAllPaperKinds) {
        const bool inBefore = m_before.numbering.contains(kind);
        const bool inAfter = m_after.numbering.contains(kind);
        if (!inAfter
            || (inBefore
                && sameNumbering(m_before.numbering.value(kind), m_after.numbering.value(kind)))) {
            m_before.numbering.remove(kind);
            m_after.numbering.remove(kind);
        }
    }
}

// Numbers already issued are never handed out again: undoing a settings edit keeps each
// counter at least where it is now.
static DocumentSettings keepIssuedNumbers(Session *session, DocumentSettings target)
{
    const DocumentSettings current = session->events().documentSettings(target.eventId);
    for (auto it = target.numbering.begin(); it != target.numbering.end(); ++it) {
        const auto now = current.numbering.constFind(it.key());
        if (now != current.numbering.cend())
            it->nextNumber = std::max(it->nextNumber, now->nextNumber);
    }
    return target;
}

bool EditDocumentSettingsCommand::write(DocumentSettings target, const DocumentSettings &stored,
                                        DocumentSettings *written)
{
    const qint64 eventId = target.eventId;
    DocumentSettings read = stored;
    if (m_written) {
        read.rowVersion
            = m_session->writtenVersion(typeid(DocumentSettings), eventId, read.rowVersion);
        for (auto it = target.numbering.cbegin(); it != target.numbering.cend(); ++it) {
            const qint64 id = numberingId(eventId, it.key());
            PaperNumbering was = read.numbering.value(it.key());
            was.rowVersion = m_session->writtenVersion(typeid(PaperNumbering), id, was.rowVersion);
            read.numbering.insert(it.key(), was);
        }
    }
    if (Status s = m_session->events().saveDocumentSettings(target, read); !s) {
        std::function<QUndoCommand *()> overwrite;
        if (s.conflict() && !s.conflict()->removed) {
            // Their settings as they are now, with the fields the user changed written over.
            const DocumentSettings theirs = m_session->events().documentSettings(eventId);
            DocumentSettings mine = theirs;
            for (auto field : kSettingsTexts)
                if (target.*field != read.*field)
                    mine.*field = target.*field;
            if (target.recipients != read.recipients)
                mine.recipients = target.recipients;
            for (auto it = target.numbering.cbegin(); it != target.numbering.cend(); ++it) {
                PaperNumbering n = *it;
                n.rowVersion = theirs.numbering.value(it.key()).rowVersion;
                mine.numbering.insert(it.key(), n);
            }
            overwrite = [session = m_session, theirs, mine] {
                return new EditDocumentSettingsCommand(session, theirs, mine);
            };
        }
        report(m_session, s, overwrite);
        return false;
    }
    m_session->noteWritten(typeid(DocumentSettings), eventId, target.rowVersion);
    for (auto it = target.numbering.cbegin(); it != target.numbering.cend(); ++it)
        m_session->noteWritten(typeid(PaperNumbering), numberingId(eventId, it.key()),
                               it->rowVersion);
    *written = target;
    return true;
}

void EditDocumentSettingsCommand::redo()
{
    if (std::exchange(m_undoRefused, false))
        return; // Session::undo() puts the stack back after a refused undo: nothing to do
    if (!write(m_after, m_before, &m_after))
        setObsolete(true);
    m_written = true;
}

void EditDocumentSettingsCommand::undo()
{
    if (!write(keepIssuedNumbers(m_session, m_before), m_after, &m_before))
        m_undoRefused = m_session->lastConflict() != nullptr;
}

ReorderAgendaCommand::ReorderAgendaCommand(Session *session, QList<qint64> before,
                                           QList<qint64> after)
    : QUndoCommand(QCoreApplication::translate("Commands", "reorder the programme"))
    , m_session(session)
    , m_eventId(session->eventId())
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ReorderAgendaCommand::redo()
{
    if (Status s = m_session->agenda().reorder(m_eventId, m_after); !s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

void ReorderAgendaCommand::undo()
{
    if (Status s = m_session->agenda().reorder(m_eventId, m_before); !s)
        m_session->reportError(s.error());
}

} // namespace dd
