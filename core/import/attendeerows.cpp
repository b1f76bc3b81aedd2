// One row of an attendee list on its own: names, gender and birth year, position and unit,
// contact and role, normalised and checked, each problem on the row.
#include "import/attendeerows.h"

#include "domain/inputrules.h"
#include "import/importchecks.h"
#include "io/readlimits.h"
#include "storage/attendeerepository.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dd::import {

namespace {

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

bool isNameField(Field f)
{
    return f == Field::FullName || f == Field::FamilyName || f == Field::MiddleName
        || f == Field::GivenName || f == Field::FamilyAndMiddle;
}

// Cells longer than their field may be, and names that cannot be a person's: each an error on
// the row. True when the row has one.
bool rowOutOfBounds(const QStringList &cells, const ColumnMapping &m, ImportRow &row)
{
    for (int c = 0; c < cells.size(); ++c) {
        const Field f = m.at(c);
        if (f == Field::Ignore || f == Field::Number)
            continue;
        const int limit = isNameField(f) ? io::kMaxNameLength
            : f == Field::Note           ? io::kMaxLongTextLength
                                         : io::kMaxFieldLength;
        QString problem = lengthProblem(cells.at(c), limit, fieldLabel(f));
        if (problem.isEmpty() && isNameField(f))
            problem = nameProblem(cells.at(c));
        if (!problem.isEmpty())
            row.problems << Problem { Severity::Error, f, problem };
    }
    return row.blocked();
}

} // namespace

UnitIndex::UnitIndex(const QList<Unit> &units)
{
    for (const Unit &u : units) {
        names.insert(u.id, u.name);
        byFolded.insert(text::fold(u.name), u.id);
    }
    for (const Unit &u : units) // a full name wins over another unit's short name
        if (!u.shortName.isEmpty() && !byFolded.contains(text::fold(u.shortName)))
            byFolded.insert(text::fold(u.shortName), u.id);
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
    if (rowOutOfBounds(cells, m, row))
        return true; // not imported; its text is not worked on

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
        } else if (!inputrules::isPossibleBirthYear(y, thisYear)) {
            row.problems << Problem {
                Severity::Warning, Field::BirthYear,
                QCoreApplication::translate("Import", "The birth year %1 is not possible.").arg(y)
            };
        }
        if (inputrules::isStorableBirthYear(y))
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
        if (inputrules::isFullPhoneNumber(digits)) {
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
    if (!a.email.isEmpty() && !inputrules::isEmailAddress(a.email))
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

} // namespace dd::import
