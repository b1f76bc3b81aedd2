#pragma once

// The window's import dialog on a fixture of tests/fixtures/lists/, the import clicked, and the
// people it added compared, field by field, with a table written by hand (handwrittenlists.h).
#include "support/guisupport.h"
#include "support/handwrittenlists.h"
#include "support/importwindow.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "domain/attendee.h"
#include "session/session.h"

#include <QPushButton>
#include <QTest>

namespace testsupport::lists {

using namespace dd;
using handwritten::Person;

struct Window : testsupport::ImportWindow
{
    QList<qint64> before; // the sample event's people
    Window()
    {
        for (const Attendee &a : people())
            before << a.id;
    }
    QList<Attendee> people()
    {
        return window.session()->attendees().list(window.session()->eventId());
    }
    ImportDialog *open(const QString &file) { return openFixture(QStringLiteral("lists/") + file); }
    static void importNow(ImportDialog *dialog, int expected)
    {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        REQUIRE(button->isEnabled());
        CHECK(button->text().contains(QString::number(expected)));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

    // The people added since the window opened are exactly `expected`, field by field.
    template<std::size_t N>
    void check(const Person (&expected)[N])
    {
        QList<Attendee> added;
        for (const Attendee &a : people())
            if (!before.contains(a.id))
                added << a;
        CHECK(added.size() == qsizetype(N));
        Session *s = window.session();
        for (const Person &p : expected) {
            INFO(p.family << ' ' << p.middle << ' ' << p.given);
            int found = 0;
            for (const Attendee &a : std::as_const(added)) {
                if (a.givenName != QString::fromUtf8(p.given)
                    || a.familyName != QString::fromUtf8(p.family))
                    continue;
                ++found;
                CHECK(a.middleName == QString::fromUtf8(p.middle));
                CHECK(genderKey(a.gender) == QString::fromUtf8(p.gender));
                CHECK((a.birthYear ? QString::number(a.birthYear) : QString())
                      == QString::fromUtf8(p.year));
                CHECK(a.position == QString::fromUtf8(p.position));
                const auto unit = s->units().findByName(QString::fromUtf8(p.unit));
                REQUIRE(unit);
                CHECK(a.unitId == unit->id);
                CHECK(a.workplace == QString::fromUtf8(p.workplace));
                CHECK(a.phone == QString::fromUtf8(p.phone));
                CHECK(a.email == QString::fromUtf8(p.email));
                CHECK(a.role == AttendeeRole::Delegate);
                CHECK(a.note == QString::fromUtf8(p.note));
                CHECK(a.reserve == p.reserve);
            }
            CHECK(found == 1);
        }
    }
};

} // namespace testsupport::lists
