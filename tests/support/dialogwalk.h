#pragma once

// The dialogs of the window that open on their own (no file or modal loop needed), for the
// tests that walk them all: each is built on the sample event, handed to `visit` with a name
// for the messages, and destroyed.
#include "support/sessionsupport.h"

#include "dialogs/attendeedialog.h"
#include "dialogs/documentsettingsdialog.h"
#include "dialogs/eventdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/paperdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/questiondialog.h"
#include "dialogs/reporttextdialog.h"
#include "dialogs/topicsdialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitsdialog.h"

#include <functional>

namespace testsupport {

inline void walkDialogs(dd::Session *s, QWidget *parent,
                        const std::function<void(QWidget *, const QString &)> &visit)
{
    using namespace dd;
    const Attendee someone = s->attendees().list(s->eventId()).first();
    const Unit unit = s->units().list().first();
    Question q;
    q.eventId = s->eventId();
    {
        AttendeeDialog d(s, someone, parent);
        visit(&d, QStringLiteral("attendee"));
    }
    {
        AttendeeDialog d(s, person(*s, QString()), parent);
        visit(&d, QStringLiteral("new attendee"));
    }
    {
        UnitsDialog d(s, parent);
        visit(&d, QStringLiteral("units"));
    }
    {
        UnitDialog d(s, unit, std::nullopt, parent);
        visit(&d, QStringLiteral("unit"));
    }
    {
        QuestionDialog d(s, q, parent);
        visit(&d, QStringLiteral("question"));
    }
    {
        ImportDialog d(s, parent);
        visit(&d, QStringLiteral("import"));
    }
    for (PaperKind kind : kAllPaperKinds) {
        PaperDialog d(s, kind, {}, parent);
        visit(&d, QStringLiteral("paper ") + paperKindKey(kind));
    }
    {
        ReportTextDialog d(s, parent);
        visit(&d, QStringLiteral("report text"));
    }
    {
        DocumentSettingsDialog d(s, parent);
        visit(&d, QStringLiteral("paper settings"));
    }
    {
        PreferencesDialog d(parent);
        visit(&d, QStringLiteral("preferences"));
    }
    {
        EventDialog d(s, parent);
        visit(&d, QStringLiteral("new event"));
    }
    {
        EventDialog d(s, *s->event(), parent);
        visit(&d, QStringLiteral("event"));
    }
    {
        TopicsDialog d(s, parent);
        visit(&d, QStringLiteral("topics"));
    }
}

} // namespace testsupport
