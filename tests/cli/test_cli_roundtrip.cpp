// A list the program exported, imported into another event with the command line: every
// field of every person arrives as the generator made it. The generated table (not the
// program's output) is the expected value. A list whose XLSX unpacks past what an import
// reads safely (io/readlimits.h) is written with a warning, refused on import with what to do,
// and moves through CSV instead.
#include "support/testsupport.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::SampleData;

namespace {

struct Person
{
    QString family, middle, given, gender, birthYear, position, unit, workplace, phone, email, note;
};

const QStringList kFamilies { QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                              QStringLiteral("Lê"),     QStringLiteral("Phạm"),
                              QStringLiteral("Hoàng"),  QStringLiteral("Huỳnh"),
                              QStringLiteral("Võ"),     QStringLiteral("Đặng") };
const QStringList kMiddles { QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Hữu"),
                             QStringLiteral("Ngọc"), QStringLiteral("Minh") };
const QStringList kGivens { QStringLiteral("An"),   QStringLiteral("Bình"), QStringLiteral("Châu"),
                            QStringLiteral("Dũng"), QStringLiteral("Hạnh"), QStringLiteral("Khánh"),
                            QStringLiteral("Lan"),  QStringLiteral("Phúc"), QStringLiteral("Thảo"),
                            QStringLiteral("Yến") };
const QStringList kUnits { QStringLiteral("Huyện đoàn Dương Minh Châu"),
                           QStringLiteral("Thị đoàn Hòa Thành"),
                           QStringLiteral("Chi đoàn Công ty Giày da Mộc Bài") };
const QStringList kWords { QStringLiteral("đội"),     QStringLiteral("ưu tiên"),
                           QStringLiteral("Việt"),    QStringLiteral("tuổi trẻ"),
                           QStringLiteral("nữ"),      QStringLiteral("hộ"),
                           QStringLiteral("lễ hội"),  QStringLiteral("ổn định"),
                           QStringLiteral("đổi mới"), QStringLiteral("Đoàn"),
                           QStringLiteral("ủy ban"),  QStringLiteral("bộ đội") };

// `length` characters of Vietnamese words, different for every `seed`.
QString words(int seed, int length)
{
    QString s = QString::number(seed);
    for (quint32 k = quint32(seed); s.size() < length; k = k * 7 + 3)
        s += QLatin1Char(' ') + kWords.at(k % kWords.size());
    return s.left(length).trimmed();
}

// `count` people, each with a phone of its own (names repeat after 400, as namesakes do);
// `longText` gives each a position, workplace and note near the longest a field may hold.
QList<Person> generate(int count, bool longText)
{
    QList<Person> people;
    for (int i = 0; i < count; ++i) {
        Person p;
        p.family = kFamilies.at(i % kFamilies.size());
        p.middle = kMiddles.at(i / kFamilies.size() % kMiddles.size());
        p.given = kGivens.at(i / (kFamilies.size() * kMiddles.size()) % kGivens.size());
        p.gender = i % 2 ? QStringLiteral("Nữ") : QStringLiteral("Nam");
        p.birthYear = QString::number(1980 + i % 25);
        p.position = longText ? words(i, 1'900) : QStringLiteral("Bí thư Chi đoàn");
        p.unit = kUnits.at(i % kUnits.size());
        p.workplace = longText ? words(i + 1, 1'900) : QStringLiteral("Xã Phước Ninh %1").arg(i);
        p.phone = QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0'));
        p.email = i % 3 ? QStringLiteral("dv%1@example.com").arg(i) : QString();
        p.note = longText ? words(i + 2, 9'500) : (i % 4 ? QString() : words(i, 40));
        people << p;
    }
    return people;
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

void writeCsv(const QString &path, const QList<Person> &people)
{
    QString out = QStringLiteral("STT,Họ,Tên đệm,Tên,Giới tính,Năm sinh,Chức vụ,Đơn vị,Nơi công "
                                 "tác,Điện thoại,Email,Vai trò,Ghi chú\n");
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Person &p = people.at(i);
        out += QStringList { QString::number(i + 1),
                             p.family,
                             p.middle,
                             p.given,
                             p.gender,
                             p.birthYear,
                             quoted(p.position),
                             p.unit,
                             quoted(p.workplace),
                             p.phone,
                             p.email,
                             QStringLiteral("Đại biểu"),
                             quoted(p.note) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(out.toUtf8());
}

// Every generated person is in `to`'s list with every field as generated (and nobody else
// beyond the sample's own people).
void checkEveryone(const SampleData &to, const QStringList &sampleLines,
                   const QList<Person> &people)
{
    const QStringList lines = to.list(QStringLiteral("attendees"));
    REQUIRE(lines.size() == sampleLines.size() + people.size());
    QHash<QString, QStringList> byPhone;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(QLatin1Char('\t'));
        REQUIRE(f.size() == 19);
        byPhone.insert(f.at(10), f);
    }
    int checked = 0;
    for (const Person &p : people) {
        const QStringList f = byPhone.value(p.phone);
        INFO(p.phone.toStdString());
        REQUIRE(f.size() == 19);
        const QStringList expected {
            p.family,
            p.middle,
            p.given,
            p.family + QLatin1Char(' ') + p.middle + QLatin1Char(' ') + p.given,
            p.gender == QStringLiteral("Nữ") ? QStringLiteral("female") : QStringLiteral("male"),
            p.birthYear,
            p.position,
            p.unit,
            p.workplace,
            p.phone,
            p.email,
            QStringLiteral("delegate"),
            QStringLiteral("not_invited"),
            QString(),
            QStringLiteral("no"),
            p.note,
            QString(), // checked_in_desk
            QStringLiteral("no") // reserve
        };
        if (f.mid(1) != expected) {
            CHECK(f.mid(1) == expected);
            return;
        }
        ++checked;
    }
    CHECK(checked == people.size());
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

// The generated people imported from a CSV into one sample event (`from`) and exported from
// it as XLSX (`exported` is that run); `to` is another sample event to import them into.
struct RoundTrip
{
    SampleData from { QStringLiteral("from.sqlite") };
    SampleData to { QStringLiteral("to.sqlite") };
    QStringList sampleLines = to.list(QStringLiteral("attendees"));
    QString xlsx = from.dir.filePath(QStringLiteral("danh-sach.xlsx"));
    ProcessResult exported;
    explicit RoundTrip(const QList<Person> &people)
    {
        const QString csv = from.dir.filePath(QStringLiteral("generated.csv"));
        writeCsv(csv, people);
        const ProcessResult r = from.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                                           csv, QStringLiteral("--create-units") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        exported = from.run({ QStringLiteral("export"), QStringLiteral("attendees"), xlsx });
        REQUIRE(exported.exitCode == 0);
    }
};

} // namespace

TEST_CASE("An exported list imports into another event with every field of every person",
          "[cli][import][export]")
{
    const QList<Person> people = generate(600, false);
    RoundTrip t(people);
    ProcessResult r = t.exported;
    CHECK(r.err.isEmpty()); // no warning: this list imports again
    r = t.to.run({ QStringLiteral("import"), QStringLiteral("attendees"), t.xlsx,
                   QStringLiteral("--create-units") });
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    checkEveryone(t.to, t.sampleLines, people);
}

TEST_CASE("An exported list too large to read safely as XLSX warns, is refused with what to "
          "do, and moves as CSV with every field",
          "[cli][import][export]")
{
    // 3,600 people with fields near their longest: the XLSX unpacks to about 75 MB, past the
    // 64 MB that was once the limit and the 40 MB that keeps its reading under 500 MB.
    const QList<Person> people = generate(3'600, true);
    RoundTrip t(people);
    ProcessResult r = t.exported;
    const QStringList warning = lines(r.err);
    REQUIRE(warning.size() == 1);
    CHECK(warning.first().startsWith(
        QStringLiteral("Warning: The file “danh-sach.xlsx” unpacks to ")));
    CHECK(warning.first().endsWith(QStringLiteral(
        " MB, more than the 40 MB an import reads, so importing it into an event will be "
        "refused. To move this list to another event, export it as CSV (or one unit at a time) "
        "instead.")));

    const QByteArray before = testsupport::readFile(t.to.path);
    r = t.to.run({ QStringLiteral("import"), QStringLiteral("attendees"), t.xlsx,
                   QStringLiteral("--create-units") });
    CHECK(r.exitCode == 1);
    CHECK(lines(r.err)
          == QStringList { QStringLiteral(
              "dialoguedesk: The file “danh-sach.xlsx” unpacks to more than 40 MB, more than can "
              "be read safely; it was not imported. If it is a list you exported, export it as CSV "
              "(or "
              "one unit at a time) and import that; otherwise split it into smaller files, or "
              "save it as CSV in Excel or LibreOffice and import the CSV.") });
    CHECK(testsupport::readFile(t.to.path) == before);

    const QString exported = t.from.dir.filePath(QStringLiteral("danh-sach.csv"));
    r = t.from.run({ QStringLiteral("export"), QStringLiteral("attendees"), exported });
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    r = t.to.run({ QStringLiteral("import"), QStringLiteral("attendees"), exported,
                   QStringLiteral("--create-units") });
    REQUIRE(r.exitCode == 0);
    checkEveryone(t.to, t.sampleLines, people);
}
