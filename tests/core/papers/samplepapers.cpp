#include "samplepapers.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace dd;

namespace samplepapers {

namespace {

struct Person
{
    const char16_t *name;
    const char16_t *unit;
    AttendeeRole role;
    Gender gender;
    const char16_t *position;
    InvitationStatus status;
};

// The lists Dương Minh Châu and Hòa Thành sent, the co-chair Thành phố named, the delegate of
// Trảng Bàng, a guest, a journalist, and the signer among the chairs.
const Person kPeople[] = {
    { u"Hoàng Thị Thanh Thúy", u"Tỉnh đoàn Tây Ninh", AttendeeRole::Chair, Gender::Female,
      u"Bí thư Tỉnh đoàn", InvitationStatus::Confirmed },
    { u"Lê Minh Tuấn", u"Thành đoàn thành phố Tây Ninh", AttendeeRole::CoChair, Gender::Male,
      u"Bí thư Thành đoàn", InvitationStatus::Invited },
    { u"Nguyễn Văn An", u"Huyện đoàn Dương Minh Châu", AttendeeRole::Delegate, Gender::Male,
      u"Bí thư Chi đoàn Công ty TNHH Cao su Dương Minh Châu", InvitationStatus::NotInvited },
    { u"Trần Văn Bình", u"Huyện đoàn Dương Minh Châu", AttendeeRole::Delegate, Gender::Male,
      u"Chi hội trưởng Chi hội thanh niên công nhân ấp Phước Hội", InvitationStatus::NotInvited },
    { u"Đặng Ngọc Lan", u"Huyện đoàn Dương Minh Châu", AttendeeRole::Delegate, Gender::Unknown,
      u"Ủy viên Ban Chấp hành Chi đoàn Công ty CP Mía đường", InvitationStatus::NotInvited },
    { u"Phạm Thị Hoa", u"Thị đoàn Hòa Thành", AttendeeRole::Delegate, Gender::Female,
      u"Phó Bí thư Chi đoàn Công ty TNHH Giày da Hòa Thành", InvitationStatus::NotInvited },
    { u"Võ Thị Kim", u"Thị đoàn Hòa Thành", AttendeeRole::Delegate, Gender::Female,
      u"Chi hội phó Chi hội thanh niên công nhân ấp Long Bình", InvitationStatus::Declined },
    { u"Phạm Thị Thu", u"Thị đoàn Trảng Bàng", AttendeeRole::Delegate, Gender::Female,
      u"Phó Bí thư Thị đoàn", InvitationStatus::NotInvited },
    { u"Trần Quốc Bảo", u"Sở Nội vụ", AttendeeRole::Guest, Gender::Male, u"Phó Giám đốc",
      InvitationStatus::NotInvited },
    { u"Võ Thanh Tâm", u"Báo Tây Ninh", AttendeeRole::Press, Gender::Unknown, u"Phóng viên",
      InvitationStatus::NotInvited },
};

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QString pdfLayout(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

qint64 unitId(Session &s, const QString &name)
{
    const auto u = s.units().findByName(name);
    REQUIRE(u);
    return u->id;
}

std::unique_ptr<Session> sampleWithPeople()
{
    auto s = testsupport::sampleSession();
    QList<Attendee> rows;
    for (const Person &p : kPeople) {
        Attendee a;
        a.eventId = s->eventId();
        const text::NameParts n = text::splitFullName(QString::fromUtf16(p.name));
        a.familyName = n.family;
        a.middleName = n.middle;
        a.givenName = n.given;
        a.unitId = unitId(*s, QString::fromUtf16(p.unit));
        a.role = p.role;
        a.gender = p.gender;
        a.position = QString::fromUtf16(p.position);
        a.status = p.status;
        rows << a;
    }
    REQUIRE(s->push(commands::addAttendees(s.get(), rows)));
    return s;
}

QString pdfFlat(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).simplified();
}

QStringList pdfPagesFlat(const QString &pdf)
{
    QStringList pages
        = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p = p.simplified();
    return pages;
}

QString OdtText::all() const
{
    return (paragraphs + cells).join(QLatin1Char(' '));
}

OdtText odtText(const QString &odt)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    unzip.waitForFinished(60000);
    const QByteArray xml = unzip.readAllStandardOutput();
    REQUIRE(unzip.exitCode() == 0);
    OdtText out;
    QXmlStreamReader r(xml);
    int cellDepth = 0;
    int paragraphDepth = 0;
    QString text;
    QString shown; // the paragraph as a word processor shows it
    static const QRegularExpression collapse(QStringLiteral("\\s+"));
    while (!r.atEnd()) {
        r.readNext();
        const QStringView name = r.qualifiedName();
        if (r.isStartElement()) {
            if (name == u"table:table-cell")
                ++cellDepth;
            else if (name == u"text:p" || name == u"text:h") {
                ++paragraphDepth;
                text.clear();
                shown.clear();
            } else if (name == u"text:s") {
                // ODF: c spaces, one when c is absent.
                const int c = r.attributes().value(QStringLiteral("text:c")).toInt();
                text += QString(std::max(c, 1), QLatin1Char(' '));
                shown += QString(std::max(c, 1), QLatin1Char(' '));
            } else if (name == u"text:tab" || name == u"text:line-break") {
                text += QLatin1Char(' ');
                shown += QLatin1Char(' ');
            }
        } else if (r.isCharacters() && paragraphDepth > 0) {
            text += r.text();
            // ODF: in characters, a run of spaces is shown as one.
            shown += r.text().toString().replace(collapse, QStringLiteral(" "));
        } else if (r.isEndElement()) {
            if (name == u"table:table-cell")
                --cellDepth;
            else if (name == u"text:p" || name == u"text:h") {
                --paragraphDepth;
                const QString t = text.simplified();
                if (!t.isEmpty()) {
                    (cellDepth > 0 ? out.cells : out.paragraphs) << t;
                    out.spaced << shown.trimmed();
                }
            }
        }
    }
    REQUIRE_FALSE(r.hasError());
    return out;
}

QString write(Session &s, const QTemporaryDir &dir, PaperKind kind, const QString &name,
              const documents::PaperOptions &opt, const paperservice::PaperDates &dates)
{
    const QString path = dir.filePath(name);
    const auto written = paperservice::writePaper(s, kind, opt, path, false, dates);
    INFO(name.toStdString() << ": " << written.error().toStdString());
    REQUIRE(written.ok());
    return path;
}

Seed readSeed()
{
    // The seed beside the project (/work/shared/seed for /work/main), else the copy.
    QString path;
    for (const QString &candidate :
         { QStringLiteral(DD_SOURCE_DIR "/../shared/seed/000_465a7a6d5e1f7bd1.txt"),
           QStringLiteral(DD_SOURCE_DIR "/../../shared/seed/000_465a7a6d5e1f7bd1.txt"),
           testsupport::fixture(QStringLiteral("seed/000_465a7a6d5e1f7bd1.txt")) })
        if (QFile::exists(candidate)) {
            path = candidate;
            break;
        }
    const QString text = QString::fromUtf8(testsupport::readFile(path));
    REQUIRE_FALSE(text.isEmpty());
    // A line of the seed may hold a heading and, in bold, the first sub-heading after it
    // ("I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**"): each is a paragraph of its own.
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n')))
        for (const QString &part : line.split(QStringLiteral("**")))
            if (!part.trimmed().isEmpty())
                paragraphs << part.trimmed();
    static const QRegularExpression link(QStringLiteral("<(https?://[^>]+)>"));
    for (QString &p : paragraphs) {
        p.replace(link, QStringLiteral("\\1"));
        if (p.startsWith(QStringLiteral("- + ")))
            p = p.mid(2);
    }
    Seed seed;
    REQUIRE(paragraphs.size() > 3);
    seed.title = paragraphs.takeFirst();
    seed.subtitle = paragraphs.takeFirst();
    const qsizetype sign = paragraphs.indexOf(QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
    const qsizetype to = paragraphs.indexOf(QStringLiteral("Nơi nhận:"));
    REQUIRE(sign > 0);
    REQUIRE(to > sign);
    seed.body = paragraphs.mid(0, sign);
    seed.signature = paragraphs.mid(sign, to - sign);
    seed.recipients = paragraphs.mid(to);
    return seed;
}

} // namespace samplepapers
