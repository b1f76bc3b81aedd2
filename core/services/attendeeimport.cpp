#include "services/attendeeimport.h"

#include "edit/groupcommand.h"

#include "edit/rowcommands.h"
#include "session/session.h"
#include "text/vietnamese.h"
#include "util/fastkey.h"
#include "util/logging.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUndoCommand>

#include <algorithm>
#include <array>
#include <utility>

namespace dd::import {

namespace {

constexpr std::array<std::pair<Field, const char *>, kFieldCount> kFieldKeys { {
    { Field::Ignore, "ignore" },
    { Field::Number, "number" },
    { Field::FullName, "full_name" },
    { Field::FamilyName, "family_name" },
    { Field::MiddleName, "middle_name" },
    { Field::GivenName, "given_name" },
    { Field::FamilyAndMiddle, "family_middle" },
    { Field::Gender, "gender" },
    { Field::BirthYear, "birth_year" },
    { Field::Male, "male" },
    { Field::Female, "female" },
    { Field::Position, "position" },
    { Field::Unit, "unit" },
    { Field::PositionAndUnit, "position_unit" },
    { Field::Phone, "phone" },
    { Field::Email, "email" },
    { Field::Role, "role" },
    { Field::Note, "note" },
} };

// Header texts, folded and with punctuation turned into spaces.
struct HeaderWords
{
    Field field;
    std::initializer_list<const char *> words;
};

const std::array<HeaderWords, 17> &exactHeaders()
{
    static const std::array<HeaderWords, 17> table { {
        { Field::Number, { "stt", "tt", "so tt", "so thu tu", "no", "nr", "number", "#" } },
        { Field::FullName,
          { "ho va ten", "ho ten", "ho va ten dai bieu", "ho ten dai bieu", "ten dai bieu",
            "full name", "fullname", "name", "ho va ten doan vien" } },
        { Field::FamilyName, { "ho", "family name", "last name", "surname", "family" } },
        { Field::MiddleName, { "ten dem", "dem", "middle", "middle name" } },
        { Field::GivenName, { "ten", "given name", "first name", "given" } },
        { Field::FamilyAndMiddle,
          { "ho va ten dem", "ho dem", "ho va dem", "ho va chu lot", "ho chu lot" } },
        { Field::Gender, { "gioi tinh", "gioi", "phai", "gender", "sex" } },
        { Field::BirthYear,
          { "nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam", "birth year",
            "year of birth", "date of birth", "dob", "birthday", "born" } },
        { Field::Male, { "nam", "male", "nam sinh nam", "ngay sinh nam", "men" } },
        { Field::Female, { "nu", "female", "nam sinh nu", "ngay sinh nu", "women" } },
        { Field::Position,
          { "chuc vu", "chuc danh", "chuc vu chuyen mon", "chuc vu doan", "position", "title",
            "job title" } },
        { Field::Unit,
          { "don vi", "don vi cong tac", "noi cong tac", "co quan", "co quan don vi", "chi doan",
            "unit", "organisation", "organization", "agency" } },
        { Field::PositionAndUnit,
          { "chuc vu don vi", "chuc vu va don vi", "chuc vu don vi cong tac", "chuc danh don vi",
            "position unit", "position and unit" } },
        { Field::Phone,
          { "dien thoai", "so dien thoai", "sdt", "dt", "so dt", "dtdd", "dien thoai di dong",
            "dien thoai lien he", "phone", "phone number", "mobile", "tel", "telephone" } },
        { Field::Email, { "email", "e mail", "thu dien tu", "mail", "dia chi email" } },
        { Field::Role, { "vai tro", "thanh phan", "tu cach", "role" } },
        { Field::Note, { "ghi chu", "note", "notes", "remark", "remarks", "comment" } },
    } };
    return table;
}

bool hasWords(const QString &key, const char *words)
{
    const QString padded = QLatin1Char(' ') + key + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + QLatin1String(words) + QLatin1Char(' '));
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// "NGUYỄN VĂN AN" → "Nguyễn Văn An"; names typed in mixed case are left as they are.
QString nameCase(const QString &name)
{
    bool hasLower = false;
    int letters = 0;
    for (const QChar c : name) {
        if (c.isLower())
            hasLower = true;
        if (c.isLetter())
            ++letters;
    }
    if (hasLower || letters < 2)
        return name;
    QString out = name.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace();
    }
    return out;
}

// Fills the cells a merge hides: in the header rows everywhere (a "Năm sinh" spanning
// "Nam" and "Nữ" names both), below them only down the first column of the range (a unit
// written once for several people), never across (a title or total spanning the row).
void fillMerges(QList<QStringList> &rows, const QList<io::CellRange> &merges, int headerFirst,
                int headerLast)
{
    for (const io::CellRange &m : merges) {
        if (m.firstRow < 0 || m.firstRow >= rows.size() || m.firstColumn < 0)
            continue;
        const QStringList &top = rows.at(m.firstRow);
        if (m.firstColumn >= top.size())
            continue;
        const QString value = top.at(m.firstColumn);
        if (value.isEmpty())
            continue;
        for (int r = m.firstRow; r <= m.lastRow && r < rows.size(); ++r) {
            const bool header = r >= headerFirst && r <= headerLast;
            const int lastColumn = header ? m.lastColumn : m.firstColumn;
            QStringList &row = rows[r];
            for (int c = m.firstColumn; c <= lastColumn && c < row.size(); ++c) {
                if ((r != m.firstRow || c != m.firstColumn) && row.at(c).isEmpty())
                    row[c] = value;
            }
        }
    }
}

int headerScore(const QStringList &cells)
{
    QSet<Field> found;
    for (const QString &c : cells) {
        if (c.size() > 60)
            continue; // a title, not a header
        const Field f = fieldForHeader(c);
        if (f != Field::Ignore)
            found.insert(f);
    }
    return int(found.size());
}

QStringList mergedRowsFor(const io::Sheet &sheet, int first, int last, QList<QStringList> *rowsOut)
{
    QList<QStringList> rows;
    for (int r = first; r <= last && r < sheet.rowCount(); ++r)
        rows << sheet.rows.at(r);
    // Shift merges to the copied rows.
    QList<io::CellRange> shifted;
    for (io::CellRange m : sheet.merges) {
        if (m.lastRow < first || m.firstRow > last)
            continue;
        if (m.firstRow < first)
            continue; // its value lies above the copy
        m.firstRow -= first;
        m.lastRow -= first;
        shifted << m;
    }
    fillMerges(rows, shifted, 0, int(rows.size()) - 1);
    if (rowsOut)
        *rowsOut = rows;
    return rows.isEmpty() ? QStringList() : rows.first();
}

bool looksLikeSubHeader(const QStringList &top, const QStringList &sub)
{
    int filled = 0;
    for (int c = 0; c < sub.size(); ++c) {
        const QString cell = sub.at(c).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (isDigits(cell))
            return false;
        const QString above = c < top.size() ? top.at(c).trimmed() : QString();
        if (cell == above)
            continue; // a vertical merge filled down
        if (fieldForHeader(cell) == Field::Ignore
            && fieldForHeader(above + QLatin1Char(' ') + cell) == Field::Ignore)
            return false;
    }
    return filled > 0;
}

HeaderInfo makeHeader(const io::Sheet &sheet, int row)
{
    HeaderInfo info;
    if (row < 0 || row >= sheet.rowCount())
        return info;
    info.row = row;
    QList<QStringList> rows;
    mergedRowsFor(sheet, row, row + 1, &rows);
    const QStringList top = rows.value(0);
    const QStringList sub = rows.value(1);
    const bool twoRows = rows.size() > 1 && looksLikeSubHeader(top, sub);
    info.rowCount = twoRows ? 2 : 1;
    for (int c = 0; c < top.size(); ++c) {
        const QString t = text::clean(top.at(c));
        const QString s = twoRows ? text::clean(sub.value(c)) : QString();
        if (s.isEmpty() || s == t)
            info.headers << t;
        else if (t.isEmpty())
            info.headers << s;
        else
            info.headers << t + QLatin1Char(' ') + s;
    }
    return info;
}

int parseYearText(const QString &s)
{
    // A plain year, as most lists give it, is read without the patterns.
    if (s.size() == 4
        && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return s.toInt();
    static const QRegularExpression year(QStringLiteral("^(\\d{4})(?:[.,]0+)?$"));
    static const QRegularExpression dmy(
        QStringLiteral("^\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*(\\d{4})(?:\\s.*)?$"));
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?:[T\\s].*)?$"));
    static const QRegularExpression my(QStringLiteral("^\\d{1,2}\\s*[/.\\-]\\s*(\\d{4})$"));
    for (const QRegularExpression *re : { &year, &dmy, &ymd, &my }) {
        const auto m = re->match(s);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return 0;
}

Gender genderOfWord(const QString &folded)
{
    // A dozen short words: compared one by one, which is quicker than hashing the cell.
    for (const char *w : { "nam", "male", "m", "trai", "ong", "man" })
        if (folded == QLatin1String(w))
            return Gender::Male;
    for (const char *w : { "nu", "female", "f", "gai", "ba", "woman" })
        if (folded == QLatin1String(w))
            return Gender::Female;
    return Gender::Unknown;
}

std::optional<AttendeeRole> parseRole(const QString &cell)
{
    const QString f = headerKey(cell);
    if (f.isEmpty())
        return std::nullopt;
    if (hasWords(f, "dong chu tri") || hasWords(f, "co chair"))
        return AttendeeRole::CoChair;
    if (hasWords(f, "chu tri") || hasWords(f, "chair"))
        return AttendeeRole::Chair;
    if (hasWords(f, "khach moi") || hasWords(f, "khach") || hasWords(f, "guest"))
        return AttendeeRole::Guest;
    if (hasWords(f, "bao chi") || hasWords(f, "phong vien") || hasWords(f, "press")
        || hasWords(f, "journalist"))
        return AttendeeRole::Press;
    if (hasWords(f, "phuc vu") || hasWords(f, "ban to chuc") || hasWords(f, "staff")
        || hasWords(f, "can bo"))
        return AttendeeRole::Staff;
    if (hasWords(f, "dai bieu") || hasWords(f, "delegate"))
        return AttendeeRole::Delegate;
    return std::nullopt;
}

struct UnitIndex
{
    QHash<FastKey, qint64> byFolded; // looked up for every row
    QHash<qint64, QString> names;
    explicit UnitIndex(const QList<Unit> &units)
    {
        for (const Unit &u : units) {
            names.insert(u.id, u.name);
            byFolded.insert(text::fold(u.name), u.id);
        }
        for (const Unit &u : units) // a full name wins over another unit's short name
            if (!u.shortName.isEmpty() && !byFolded.contains(text::fold(u.shortName)))
                byFolded.insert(text::fold(u.shortName), u.id);
    }
};

// "Bí thư Chi đoàn, Xã Phước Ninh" → position and unit. Without a separator, a known unit
// name at the end of the text is the unit.
void splitPositionAndUnit(const QString &cell, const UnitIndex &units, QString *position,
                          QString *unit)
{
    const QString s = text::clean(cell);
    for (const char *separator : { ",", " - ", " – ", ";" }) {
        const QString sep = QString::fromUtf8(separator);
        const qsizetype at = s.indexOf(sep);
        if (at > 0) {
            *position = s.left(at).trimmed();
            *unit = s.mid(at + sep.size()).trimmed();
            return;
        }
    }
    const QString folded = text::fold(s);
    for (auto it = units.byFolded.cbegin(); it != units.byFolded.cend(); ++it) {
        const QString &name = it.key().text;
        if (name.size() >= 4 && folded.endsWith(QLatin1Char(' ') + name)) {
            *position = text::clean(s.left(s.size() - name.size()));
            *unit = units.names.value(it.value());
            return;
        }
    }
    *position = s;
}

QString unitKey(const ImportRow &row)
{
    return row.attendee.unitId ? QString::number(row.attendee.unitId) : text::fold(row.unitName);
}

bool sameValues(const Attendee &file, const Attendee &existing, bool unitGiven = true)
{
    auto same = [](const QString &a, const QString &b) {
        return a.isEmpty() || a == b;
    };
    return file.familyName == existing.familyName && file.middleName == existing.middleName
        && file.givenName == existing.givenName
        && (file.gender == Gender::Unknown || file.gender == existing.gender)
        && (file.birthYear == 0 || file.birthYear == existing.birthYear)
        && same(file.position, existing.position) && same(file.phone, existing.phone)
        && same(file.email, existing.email)
        && (file.note.isEmpty() || existing.note.contains(file.note))
        && (!unitGiven || file.unitId == 0 || file.unitId == existing.unitId);
}

struct RowRules
{
    const ColumnMapping &m;
    const UnitIndex &units;
    qint64 eventId;
    qint64 defaultUnitId;
    QString defaultUnitName;
    int thisYear;
};

// One row of the sheet normalised on its own, without looking at the other rows: the part of
// the preview that runs on every core. Returns false for a row without a person (blank,
// numbered but empty, a total, a section heading).
bool normaliseRow(const QStringList &cells, int fileRow, const RowRules &rules, ImportRow &row,
                  QString *phoneDigits)
{
    const ColumnMapping &m = rules.m;
    const UnitIndex &units = rules.units;
    const int thisYear = rules.thisYear;
    auto cell = [&](Field f) {
        const int c = m.columnOf(f);
        return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
    };

    // Rows without a person: blank, numbered but empty, totals, section headings.
    int filled = 0;
    bool onlyNumbers = true;
    bool nameFilled = false;
    for (int c = 0; c < cells.size(); ++c) {
        const QStringView v = QStringView(cells.at(c)).trimmed();
        if (v.isEmpty() || m.at(c) == Field::Ignore)
            continue;
        ++filled;
        const Field f = m.at(c);
        if (f == Field::FullName || f == Field::GivenName || f == Field::FamilyName
            || f == Field::FamilyAndMiddle)
            nameFilled = true;
        if (f != Field::Number && !isDigits(v))
            onlyNumbers = false;
    }
    if (filled == 0 || onlyNumbers || isTotalRow(cells) || (filled == 1 && !nameFilled))
        return false;

    row.fileRow = fileRow;
    row.cells = cells;
    Attendee &a = row.attendee;
    a.eventId = rules.eventId;

    // Names.
    text::NameParts parts;
    const QString full = nameCase(text::clean(cell(Field::FullName)));
    if (!full.isEmpty())
        parts = text::splitFullName(full);
    const QString familyMiddle = nameCase(text::clean(cell(Field::FamilyAndMiddle)));
    if (!familyMiddle.isEmpty()) {
        const text::NameParts fm = text::splitFullName(familyMiddle + QStringLiteral(" x"));
        parts.family = fm.family;
        parts.middle = fm.middle;
    }
    const QString family = nameCase(text::clean(cell(Field::FamilyName)));
    const QString middle = nameCase(text::clean(cell(Field::MiddleName)));
    const QString given = nameCase(text::clean(cell(Field::GivenName)));
    if (!family.isEmpty())
        parts.family = family;
    if (!middle.isEmpty())
        parts.middle = middle;
    if (!given.isEmpty())
        parts.given = given;
    if (parts.given.isEmpty() && !parts.middle.isEmpty()) {
        // Only "Họ và tên đệm" filled: its last word is the given name.
        parts = text::splitFullName(text::joinName(parts));
    }
    a.familyName = parts.family;
    a.middleName = parts.middle;
    a.givenName = parts.given;
    if (a.givenName.isEmpty())
        row.problems << Problem { Severity::Error, Field::FullName,
                                  QCoreApplication::translate(
                                      "Import", "The name is missing: the row is not imported.") };

    // Gender and birth year, from their own columns or from "Nam" / "Nữ" columns.
    const QString genderCell = cell(Field::Gender);
    if (!genderCell.isEmpty()) {
        a.gender = parseGender(genderCell);
        if (a.gender == Gender::Unknown)
            row.problems << Problem { Severity::Warning, Field::Gender,
                                      QCoreApplication::translate(
                                          "Import",
                                          "The gender \"%1\" is not understood (Nam or Nữ).")
                                          .arg(genderCell) };
    }
    QString yearText = cell(Field::BirthYear);
    for (int c = 0; c < m.fields.size() && c < cells.size(); ++c) {
        const Field f = m.fields.at(c);
        if (f != Field::Male && f != Field::Female)
            continue;
        const QString v = cells.at(c).trimmed();
        if (v.isEmpty())
            continue;
        a.gender = f == Field::Male ? Gender::Male : Gender::Female;
        if (parseYearText(v) != 0 || (v.size() > 1 && v.at(0).isDigit()))
            yearText = v;
    }
    if (!yearText.isEmpty()) {
        bool understood = false;
        const int y = parseBirthYear(yearText, &understood);
        if (!understood) {
            row.problems << Problem { Severity::Warning, Field::BirthYear,
                                      QCoreApplication::translate(
                                          "Import", "The birth year \"%1\" is not understood.")
                                          .arg(yearText) };
        } else if (y < 1940 || y > thisYear - 14) {
            row.problems << Problem {
                Severity::Warning, Field::BirthYear,
                QCoreApplication::translate("Import", "The birth year %1 is not possible.").arg(y)
            };
        }
        if (y >= 1900 && y <= 2100)
            a.birthYear = y;
    }

    // Position and unit.
    QString unitText = text::clean(cell(Field::Unit));
    a.position = text::clean(cell(Field::Position));
    const QString posUnit = cell(Field::PositionAndUnit);
    if (!posUnit.isEmpty()) {
        QString pos, unit;
        splitPositionAndUnit(posUnit, units, &pos, &unit);
        if (a.position.isEmpty())
            a.position = pos;
        if (unitText.isEmpty())
            unitText = unit;
    }
    if (unitText.isEmpty()) {
        a.unitId = rules.defaultUnitId;
        row.unitName = rules.defaultUnitName;
    } else {
        row.unitName = unitText;
        row.unitGiven = true;
        const QString folded = text::fold(unitText);
        a.unitId = units.byFolded.value(folded);
        if (a.unitId == 0) {
            row.unitUnknown = true;
            row.problems << Problem { Severity::Warning, Field::Unit,
                                      QCoreApplication::translate(
                                          "Import", "The unit \"%1\" is not in the directory.")
                                          .arg(unitText) };
        } else {
            row.unitName = units.names.value(a.unitId);
        }
    }

    // Contact.
    const QString phone = text::clean(cell(Field::Phone));
    QString digits; // compared with the other rows' to find the same person
    if (!phone.isEmpty()) {
        digits = text::normalizePhone(phone);
        if (digits.size() == 10 && digits.startsWith(QLatin1Char('0'))) {
            a.phone = digits;
        } else {
            a.phone = phone;
            row.problems << Problem { Severity::Warning, Field::Phone,
                                      QCoreApplication::translate(
                                          "Import",
                                          "The phone number \"%1\" does not have 10 digits.")
                                          .arg(phone) };
        }
    }
    a.email = cell(Field::Email);
    if (!a.email.isEmpty()
        && (!a.email.contains(QLatin1Char('@')) || a.email.contains(QLatin1Char(' '))))
        row.problems << Problem { Severity::Warning, Field::Email,
                                  QCoreApplication::translate(
                                      "Import", "The e-mail address \"%1\" does not look right.")
                                      .arg(a.email) };
    const QString roleCell = cell(Field::Role);
    if (!roleCell.isEmpty()) {
        if (const auto role = parseRole(roleCell))
            a.role = *role;
        else
            row.problems << Problem {
                Severity::Warning, Field::Role,
                QCoreApplication::translate(
                    "Import", "The role \"%1\" is not understood; the person is a delegate.")
                    .arg(roleCell)
            };
    }
    a.note = text::clean(cell(Field::Note));

    if (!row.blocked()) {
        AttendeeRepository::Prepared ready = AttendeeRepository::prepare(std::move(a));
        a = std::move(ready.a); // as the repository stores it (already clean: the same values)
        row.foldedName = std::move(ready.foldedName);
        row.sortKey = std::move(ready.sortKey);
        row.searchText = std::move(ready.search);
        *phoneDigits = std::move(digits);
    }
    return true;
}

} // namespace

QString headerKey(const QString &header)
{
    QString f = text::fold(header);
    if (f == QLatin1String("#"))
        return f;
    for (QChar &c : f)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return f.simplified();
}

QString fieldKey(Field f)
{
    for (const auto &[field, key] : kFieldKeys)
        if (field == f)
            return QString::fromLatin1(key);
    return QStringLiteral("ignore");
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (const auto &[field, k] : kFieldKeys)
        if (key == QLatin1String(k))
            return field;
    return std::nullopt;
}

QString fieldLabel(Field f)
{
    switch (f) {
    case Field::Ignore:
        return QCoreApplication::translate("Import", "(not imported)");
    case Field::Number:
        return QCoreApplication::translate("Import", "No. (STT)");
    case Field::FullName:
        return QCoreApplication::translate("Import", "Full name");
    case Field::FamilyName:
        return QCoreApplication::translate("Import", "Family name");
    case Field::MiddleName:
        return QCoreApplication::translate("Import", "Middle name");
    case Field::GivenName:
        return QCoreApplication::translate("Import", "Given name");
    case Field::FamilyAndMiddle:
        return QCoreApplication::translate("Import", "Family and middle name");
    case Field::Gender:
        return QCoreApplication::translate("Import", "Gender");
    case Field::BirthYear:
        return QCoreApplication::translate("Import", "Birth year or date");
    case Field::Male:
        return QCoreApplication::translate("Import", "Male (year or X)");
    case Field::Female:
        return QCoreApplication::translate("Import", "Female (year or X)");
    case Field::Position:
        return QCoreApplication::translate("Import", "Position");
    case Field::Unit:
        return QCoreApplication::translate("Import", "Unit");
    case Field::PositionAndUnit:
        return QCoreApplication::translate("Import", "Position, unit");
    case Field::Phone:
        return QCoreApplication::translate("Import", "Phone");
    case Field::Email:
        return QCoreApplication::translate("Import", "E-mail");
    case Field::Role:
        return QCoreApplication::translate("Import", "Role");
    case Field::Note:
        return QCoreApplication::translate("Import", "Note");
    }
    return {};
}

Field fieldForHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return Field::Ignore;
    for (const HeaderWords &h : exactHeaders())
        for (const char *w : h.words)
            if (key == QLatin1String(w))
                return h.field;
    if (key.size() > 60)
        return Field::Ignore;
    // Longer headers ("Số điện thoại liên hệ", "Họ và tên đại biểu dự hội nghị"): by the words
    // they contain, the more specific first.
    if ((hasWords(key, "chuc vu") || hasWords(key, "chuc danh")) && hasWords(key, "don vi"))
        return Field::PositionAndUnit;
    if (key.startsWith(QLatin1String("ho va ten dem")) || key.startsWith(QLatin1String("ho dem")))
        return Field::FamilyAndMiddle;
    if (hasWords(key, "ho va ten") || hasWords(key, "ho ten") || hasWords(key, "full name"))
        return Field::FullName;
    if (hasWords(key, "ten dem") || hasWords(key, "middle name"))
        return Field::MiddleName;
    if (hasWords(key, "dien thoai") || hasWords(key, "sdt") || hasWords(key, "phone")
        || hasWords(key, "mobile"))
        return Field::Phone;
    if (hasWords(key, "email") || hasWords(key, "e mail"))
        return Field::Email;
    if (hasWords(key, "nam sinh") || hasWords(key, "ngay sinh")) {
        if (key.endsWith(QLatin1String(" nu")))
            return Field::Female;
        if (key.endsWith(QLatin1String(" sinh nam")) || key.endsWith(QLatin1String(" nam nam")))
            return Field::Male;
        return Field::BirthYear;
    }
    if (hasWords(key, "birth"))
        return Field::BirthYear;
    if (hasWords(key, "gioi tinh") || hasWords(key, "gender"))
        return Field::Gender;
    if (hasWords(key, "chuc vu") || hasWords(key, "chuc danh") || hasWords(key, "position"))
        return Field::Position;
    if (hasWords(key, "don vi") || hasWords(key, "co quan") || hasWords(key, "unit"))
        return Field::Unit;
    if (hasWords(key, "ghi chu") || hasWords(key, "note"))
        return Field::Note;
    if (hasWords(key, "vai tro") || hasWords(key, "role"))
        return Field::Role;
    return Field::Ignore;
}

bool ColumnMapping::hasName() const
{
    return has(Field::FullName) || has(Field::GivenName);
}

ColumnMapping automaticMapping(const QStringList &headers)
{
    ColumnMapping m;
    for (const QString &h : headers) {
        Field f = fieldForHeader(h);
        // One column per field: a second "Họ và tên" (a signature column, a copy) is not read.
        if (f != Field::Ignore && f != Field::Male && f != Field::Female && m.fields.contains(f))
            f = Field::Ignore;
        m.fields << f;
    }
    return m;
}

HeaderInfo findHeader(const io::Sheet &sheet)
{
    int best = -1;
    int bestScore = 1; // at least two known headers
    const int limit = qMin(sheet.rowCount(), 40);
    for (int r = 0; r < limit; ++r) {
        const int score = headerScore(sheet.rows.at(r));
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
    }
    return makeHeader(sheet, best);
}

HeaderInfo headerAt(const io::Sheet &sheet, int row)
{
    return makeHeader(sheet, row);
}

ImportContext loadImportContext(Session &session)
{
    ImportContext c;
    c.eventId = session.eventId();
    c.units = session.units().list();
    c.attendees = session.attendees().list(c.eventId);
    return c;
}

QString decisionLabel(Decision d)
{
    switch (d) {
    case Decision::Import:
        return QCoreApplication::translate("Import", "Import");
    case Decision::Skip:
        return QCoreApplication::translate("Import", "Skip");
    case Decision::Update:
        return QCoreApplication::translate("Import", "Update existing");
    case Decision::KeepBoth:
        return QCoreApplication::translate("Import", "Keep both");
    }
    return {};
}

bool ImportRow::blocked() const
{
    for (const Problem &p : problems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

bool ImportRow::hasWarning() const
{
    for (const Problem &p : problems)
        if (p.severity == Severity::Warning)
            return true;
    return false;
}

QString ImportRow::problemText() const
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

ImportCounts ImportPreview::counts() const
{
    ImportCounts c;
    c.ignoredRows = ignoredRows;
    for (const ImportRow &r : rows) {
        if (r.blocked()) {
            ++c.errors;
            continue;
        }
        if (r.hasWarning())
            ++c.warnings;
        if (r.duplicate != Duplicate::None)
            ++c.duplicates;
        switch (r.decision) {
        case Decision::Import:
        case Decision::KeepBoth:
            ++c.toAdd;
            break;
        case Decision::Update:
            ++c.toUpdate;
            break;
        case Decision::Skip:
            ++c.skipped;
            break;
        }
    }
    return c;
}

void ImportPreview::setDecision(int index, Decision d)
{
    if (index < 0 || index >= rows.size())
        return;
    ImportRow &r = rows[index];
    if (r.duplicate == Duplicate::None)
        return; // a new person is imported (or, with an error, not)
    if (d == Decision::Import)
        d = Decision::KeepBoth;
    if (d == Decision::Update && r.duplicate != Duplicate::InEvent)
        return;
    r.decision = d;
}

int parseBirthYear(const QString &cell, bool *understood)
{
    const QString s = cell.trimmed();
    const int y = s.isEmpty() ? 0 : parseYearText(s);
    if (understood)
        *understood = s.isEmpty() || y != 0;
    return y;
}

Gender parseGender(const QString &cell)
{
    return genderOfWord(headerKey(cell));
}

bool isTotalRow(const QStringList &cells)
{
    static const QRegularExpression total(
        QStringLiteral("^(tong cong|tong so|total|cong\\s*[:.]|cong\\s+\\d|cong$)"));
    int looked = 0;
    for (const QString &c : cells) {
        const QStringView v = QStringView(c).trimmed();
        if (v.isEmpty())
            continue;
        // Every total row begins with a T or a C ("Tổng cộng", "Cộng:"); the others need no
        // closer look.
        const char16_t first = v.front().toLower().unicode();
        if ((first == u't' || first == u'c') && total.match(text::fold(c)).hasMatch())
            return true;
        if (++looked == 2)
            break;
    }
    return false;
}

ImportPreview buildImportPreview(const io::Sheet &sheet, const ImportContext &context,
                                 const ImportOptions &options, const Progress &progress,
                                 const RowsFinal &rowsFinal)
{
    ImportPreview p;
    p.eventId = context.eventId;
    p.defaultUnitId = options.defaultUnitId;
    p.header = options.headerRow >= 0 ? headerAt(sheet, options.headerRow) : findHeader(sheet);
    p.mapping = options.mapping ? *options.mapping : automaticMapping(p.header.headers);
    const ColumnMapping &m = p.mapping;

    const UnitIndex units(context.units);
    const QString defaultUnitName = units.names.value(options.defaultUnitId);

    QHash<FastKey, QList<const Attendee *>> existingByName;
    for (const Attendee &a : context.attendees)
        existingByName[text::fold(a.fullName())].append(&a);
    // The rows of the file by folded name, in file order: the first and the last of each name
    // (indexes into p.rows), and per row the next one of the same name.
    struct SameName
    {
        int first = -1;
        int last = -1;
    };
    QHash<FastKey, SameName> fileByName;
    std::vector<int> nextSameName;
    QSet<QString> unknownSeen;

    // Merges reaching into the data (a unit written once for several rows) are filled on the
    // fly; a copy of the whole sheet is made only when there are any.
    const int first = p.header.firstDataRow();
    QList<QStringList> filledRows;
    bool anyDataMerge = false;
    for (const io::CellRange &r : sheet.merges)
        if (r.lastRow >= first && r.lastRow > r.firstRow)
            anyDataMerge = true;
    if (anyDataMerge) {
        filledRows = sheet.rows;
        fillMerges(filledRows, sheet.merges, p.header.row, p.header.row + p.header.rowCount - 1);
    }
    const QList<QStringList> &rows = anyDataMerge ? filledRows : sheet.rows;

    const int total = int(rows.size());
    const int count = qMax(0, total - first);
    // Every row on its own first, on all cores; then, in file order, what depends on the rows
    // before: the unknown units in the order the file names them, and the duplicates.
    const RowRules rules { m,
                           units,
                           context.eventId,
                           options.defaultUnitId,
                           defaultUnitName,
                           QDate::currentDate().year() };
    // The rows are normalised in place, in a list as long as the sheet, on all cores; the pass
    // in file order follows them (on the calling thread, between its chunks) and closes the
    // gaps the rows without a person leave.
    p.rows.resize(count);
    ImportRow *const placed = p.rows.data();
    std::vector<char> holdsPerson(size_t(count), 0);
    std::vector<QString> phoneOf(static_cast<size_t>(count)); // phone digits, by p.rows index
    nextSameName.reserve(size_t(count));
    fileByName.reserve(count);
    qsizetype kept = 0;
    qsizetype passed = 0; // rows the pass in file order has seen
    // Returns false when rowsFinal() says stop.
    auto inOrder = [&](qsizetype upTo) {
        const qsizetype keptBefore = kept;
        for (qsizetype i = passed; i < upTo; ++i) {
            if (!holdsPerson[size_t(i)]) {
                ++p.ignoredRows;
                continue;
            }
            ImportRow &row = placed[i];
            const Attendee &a = row.attendee;
            if (row.unitUnknown) {
                const QString folded = text::fold(row.unitName);
                if (!unknownSeen.contains(folded)) {
                    unknownSeen.insert(folded);
                    p.unknownUnits << row.unitName;
                }
            }
            // Duplicates: the same name (accents and case ignored) and the same unit or phone.
            if (!row.blocked()) {
                const QString &name = row.foldedName;
                const QString &phoneDigits = phoneOf[size_t(i)];
                const auto inEvent = existingByName.constFind(name);
                for (const Attendee *e :
                     inEvent == existingByName.cend() ? QList<const Attendee *>() : *inEvent) {
                    const bool sameUnit
                        = row.unitGiven && !row.unitUnknown && e->unitId == a.unitId;
                    const bool samePhone
                        = !phoneDigits.isEmpty() && text::normalizePhone(e->phone) == phoneDigits;
                    if (sameUnit || samePhone) {
                        row.duplicate = Duplicate::InEvent;
                        row.existingId = e->id;
                        row.exactDuplicate = sameValues(a, *e, row.unitGiven);
                        row.decision = row.exactDuplicate ? Decision::Skip : Decision::Update;
                        row.problems << Problem {
                            Severity::Warning, Field::FullName,
                            row.exactDuplicate
                                ? QCoreApplication::translate(
                                      "Import", "%1 is already in the event with the same details.")
                                      .arg(e->fullName())
                                : QCoreApplication::translate(
                                      "Import", "%1 is already in the event (same name and %2).")
                                      .arg(e->fullName(),
                                           sameUnit
                                               ? QCoreApplication::translate("Import", "unit")
                                               : QCoreApplication::translate("Import", "phone"))
                        };
                        break;
                    }
                }
                // One lookup: this name's rows so far, an empty entry when there are none.
                SameName &same = fileByName[name];
                if (row.duplicate == Duplicate::None && same.first >= 0) {
                    const QString uk = unitKey(row);
                    for (int j = same.first; j >= 0; j = nextSameName[size_t(j)]) {
                        const ImportRow &o = placed[j];
                        const bool sameUnit = unitKey(o) == uk;
                        const bool samePhone
                            = !phoneDigits.isEmpty() && phoneOf[size_t(j)] == phoneDigits;
                        if (sameUnit || samePhone) {
                            row.duplicate = Duplicate::InFile;
                            row.duplicateOfRow = o.fileRow;
                            Attendee other = o.attendee;
                            row.exactDuplicate = sameValues(a, other) && sameValues(other, a);
                            row.decision = Decision::Skip;
                            row.problems
                                << Problem { Severity::Warning, Field::FullName,
                                             QCoreApplication::translate(
                                                 "Import", "The same person as row %1 of the file.")
                                                 .arg(o.fileRow) };
                            break;
                        }
                    }
                }
                if (row.duplicate == Duplicate::None) {
                    const int at = int(kept);
                    if (same.first < 0)
                        same.first = at;
                    else
                        nextSameName[size_t(same.last)] = at;
                    same.last = at;
                }
            }
            nextSameName.push_back(-1);
            if (kept != i) {
                placed[kept] = std::move(row);
                phoneOf[size_t(kept)] = std::move(phoneOf[size_t(i)]);
            }
            ++kept;
        }
        passed = std::max(passed, upTo);
        return !rowsFinal || kept == keptBefore || rowsFinal(p, keptBefore, kept);
    };
    const bool finished = parallelChunks(
        count, 512,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i)
                holdsPerson[size_t(i)] = normaliseRow(rows.at(first + i), first + int(i) + 1, rules,
                                                      placed[i], &phoneOf[size_t(i)]);
        },
        [&](qsizetype ready) {
            return inOrder(ready) && (!progress || progress(int(ready), count));
        });
    if (!finished || !inOrder(count)) {
        p.rows.clear();
        p.cancelled = true;
        return p;
    }
    p.rows.resize(kept);
    if (progress)
        progress(count, count);
    return p;
}

} // namespace dd::import
