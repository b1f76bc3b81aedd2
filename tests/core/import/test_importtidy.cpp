// Issue 12 point 7: the import's row check cleans each value as it reads it, and the repository
// does not clean those people a second time (AttendeeRepository::Tidied). This holds only while
// the two cleanings agree: dirty cells of every kind (spaces of all sorts, tabs and line breaks,
// decomposed accents, separators in phones, stray commas) give, row by row and field by field,
// the values and derived columns that AttendeeRepository::prepare() would store.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/attendeepreview.h"
#include "session/session.h"
#include "storage/attendeerepository.h"

#include <QRandomGenerator>

using namespace dd;
using namespace dd::import;
using testsupport::sampleSession;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// A cell put together from pieces that need cleaning, and from pieces that do not.
QString dirtyCell(QRandomGenerator &g, const QStringList &words)
{
    static const QStringList kGlue
        = { QStringLiteral(" "),      QStringLiteral("  "),     QStringLiteral("\t"),
            QStringLiteral("\n"),     QStringLiteral("\u00a0"), QStringLiteral("\u2003"),
            QStringLiteral("\u3000"), QStringLiteral(", "),     QStringLiteral(" - "),
            QStringLiteral(".") };
    QString out;
    const int parts = 1 + g.bounded(4);
    for (int i = 0; i < parts; ++i) {
        if (g.bounded(3) == 0)
            out += kGlue.at(g.bounded(int(kGlue.size())));
        const QString w = words.at(g.bounded(int(words.size())));
        out += g.bounded(2) ? nfd(w) : w;
        out += kGlue.at(g.bounded(int(kGlue.size())));
    }
    return out;
}

void checkAsRepository(const ImportPreview &p)
{
    int checked = 0;
    for (const ImportRow &r : p.rows) {
        if (r.blocked())
            continue;
        ++checked;
        const Attendee &a = r.attendee;
        INFO("row " << r.fileRow << ": " << r.cells.join(QLatin1Char('|')).toStdString());
        const AttendeeRepository::Prepared ready = AttendeeRepository::prepare(a);
        CHECK(ready.a.familyName == a.familyName);
        CHECK(ready.a.middleName == a.middleName);
        CHECK(ready.a.givenName == a.givenName);
        CHECK(ready.a.position == a.position);
        CHECK(ready.a.workplace == a.workplace);
        CHECK(ready.a.phone == a.phone);
        CHECK(ready.a.email == a.email);
        CHECK(ready.a.note == a.note);
        CHECK(ready.a.checkedInDesk == a.checkedInDesk);
        CHECK(ready.foldedName == r.foldedName);
        CHECK(ready.sortKey == r.sortKey);
        CHECK(ready.search == r.searchText);
    }
    CHECK(checked > 100); // most rows hold a person
}

} // namespace

TEST_CASE("The import cleans every value as the repository would, so it is not cleaned twice",
          "[import][tidy]")
{
    auto s = sampleSession();
    const ImportContext ctx = loadImportContext(*s);
    ImportOptions o;
    o.defaultUnitId = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;
    o.headerRow = 0;
    const QStringList names
        = { QStringLiteral("Nguyễn"), QStringLiteral("Thị"),  QStringLiteral("Ánh"),
            QStringLiteral("HỒNG"),   QStringLiteral("đặng"), QStringLiteral("Văn"),
            QStringLiteral("Ngọc"),   QStringLiteral("Ưng") };
    const QStringList texts = { QStringLiteral("Bí thư"),
                                QStringLiteral("Chi đoàn"),
                                QStringLiteral("Công ty"),
                                QStringLiteral("Ủy viên"),
                                QStringLiteral("Thị đoàn Hòa Thành"),
                                QStringLiteral("Ấp"),
                                QStringLiteral("Bàu Vuông"),
                                QStringLiteral("ghi chú") };
    const QStringList phones
        = { QStringLiteral("0912"), QStringLiteral("345"),   QStringLiteral("678"),
            QStringLiteral("+84"),  QStringLiteral("(028)"), QStringLiteral("x") };
    const QStringList mails = { QStringLiteral("an@example.vn"), QStringLiteral("Hà@example.vn"),
                                QStringLiteral("an@localhost"), QStringLiteral("b@c.d") };
    QRandomGenerator g(20261207);

    SECTION("Separate columns for the position, the workplace and the note")
    {
        io::Sheet sheet;
        sheet.rows << QStringList { QStringLiteral("STT"),        QStringLiteral("Họ và tên"),
                                    QStringLiteral("Chức vụ"),    QStringLiteral("Đơn vị công tác"),
                                    QStringLiteral("Điện thoại"), QStringLiteral("Email"),
                                    QStringLiteral("Ghi chú") };
        for (int i = 1; i <= 400; ++i)
            sheet.rows << QStringList { QString::number(i),   dirtyCell(g, names),
                                        dirtyCell(g, texts),  dirtyCell(g, texts),
                                        dirtyCell(g, phones), dirtyCell(g, mails),
                                        dirtyCell(g, texts) };
        checkAsRepository(buildImportPreview(sheet, ctx, o));
    }
    SECTION("The family and middle name apart, the position and unit in one column")
    {
        io::Sheet sheet;
        sheet.rows << QStringList { QStringLiteral("STT"), QStringLiteral("Họ"),
                                    QStringLiteral("Tên"), QStringLiteral("Chức vụ, đơn vị"),
                                    QStringLiteral("SĐT") };
        for (int i = 1; i <= 400; ++i)
            sheet.rows << QStringList { QString::number(i), dirtyCell(g, names),
                                        dirtyCell(g, names), dirtyCell(g, texts),
                                        dirtyCell(g, phones) };
        checkAsRepository(buildImportPreview(sheet, ctx, o));
    }
}
