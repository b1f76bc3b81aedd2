// One row of an attendee list on its own: names, gender and birth year, position and unit,
// contact and role, normalised and checked, each problem on the row.
#include "import/attendeerows.h"

#include "domain/inputrules.h"
#include "import/importchecks.h"
#include "import/namecell.h"
#include "import/phonecell.h"
#include "io/readlimits.h"
#include "storage/attendeerepository.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDate>
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
    // 35136: a date of birth in a cell formatted as a plain number shows Excel's day count
    // (days after 30 December 1899); no year has five digits, so it can only be that.
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:[.,]0+)?$"));
    if (const auto m = serial.match(s); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        constexpr int kFirstDay = 7306; // 1 January 1920
        return days >= kFirstDay ? QDate(1899, 12, 30).addDays(days).year() : 0;
    }
    // "12/03/96": the two digits read as the one century that gives a possible delegate, as
    // when the year is typed in the dialog.
    static const QRegularExpression dmyy(
        QStringLiteral("^\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*(\\d{2})$"));
    if (const auto m = dmyy.match(s); m.hasMatch()) {
        const inputrules::BirthYearReading r
            = inputrules::readBirthYear(m.captured(1), QDate::currentDate().year());
        return r.ok ? r.year : 0;
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

// Titles a union writes in front of the branch in one "Chức vụ, đơn vị" cell, folded, longer
// before shorter: in "Chi hội trưởng Chi hội thanh niên công nhân khu phố 4, phường 3" the
// comma is the workplace's own, not the end of the position.
const char *const kBranchTitles[] = {
    "pho bi thu chi doan",
    "bi thu chi doan",
    "uy vien ban chap hanh chi doan",
    "uy vien bch chi doan",
    "uv bch chi doan",
    "pho bi thu chi hoi",
    "bi thu chi hoi",
    "uy vien ban chap hanh chi hoi",
    "uy vien bch chi hoi",
    "uv bch chi hoi",
    "chi hoi truong",
    "chi hoi pho",
    "pho bi thu doan co so",
    "bi thu doan co so",
};

const QString kSeparators = QStringLiteral(",;-–");

// "Bí thư Chi đoàn, Xã Phước Ninh" → position and the rest (a unit or a workplace). Two lines
// in the cell (Alt+Enter) are the position and the rest; a known title in front is the
// position; else the first separator ends it. Without any, a known unit name at the end of
// the text is the unit.
void splitPositionAndUnit(const QString &cell, const UnitMatcher &units, QString *position,
                          QString *unit)
{
    const QString trimmed = cell.trimmed();
    const qsizetype lineBreak = trimmed.indexOf(QLatin1Char('\n'));
    const QString s = text::clean(lineBreak > 0 ? trimmed.left(lineBreak) : trimmed);
    const QString folded = text::fold(s);
    if (lineBreak > 0) {
        *position = s;
        *unit = text::clean(trimmed.mid(lineBreak + 1));
    } else {
        for (const char *title : kBranchTitles) {
            const QString t = QString::fromLatin1(title);
            if (folded.size() > t.size() && folded.startsWith(t)
                && !folded.at(t.size()).isLetterOrNumber()) {
                const QStringList words = s.split(QLatin1Char(' '));
                const qsizetype n = t.count(QLatin1Char(' ')) + 1;
                const QString rest = words.mid(n).join(QLatin1Char(' '));
                // "Bí thư Chi đoàn ấp Giồng Cà" names the branch in the position; only a name
                // of its own ("Công ty …", "Chi hội …", ", Xã …") is the workplace.
                const auto first = std::find_if(rest.cbegin(), rest.cend(),
                                                [](QChar c) { return c.isLetter(); });
                if (first == rest.cend() || !first->isUpper())
                    break;
                *position = words.mid(0, n).join(QLatin1Char(' '));
                *unit = rest;
                break;
            }
        }
    }
    if (!position->isEmpty()) {
        while (!position->isEmpty() && kSeparators.contains(position->back()))
            *position = position->chopped(1).trimmed();
        while (!unit->isEmpty() && kSeparators.contains(unit->front()))
            *unit = unit->mid(1).trimmed();
        return;
    }
    for (const char *separator : { ",", " - ", " – ", ";" }) {
        const QString sep = QString::fromUtf8(separator);
        const qsizetype at = s.indexOf(sep);
        if (at > 0) {
            *position = s.left(at).trimmed();
            *unit = s.mid(at + sep.size()).trimmed();
            return;
        }
    }
    for (const Unit &u : units.units()) {
        const QString name = text::fold(u.name);
        if (name.size() >= 4 && folded.endsWith(QLatin1Char(' ') + name)) {
            *position = text::clean(s.left(s.size() - name.size()));
            *unit = u.name;
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
        // The label is looked up in the translations only for a cell that is too long.
        QString problem = cells.at(c).size() > limit
            ? lengthProblem(cells.at(c), limit, fieldLabel(f))
            : QString();
        if (problem.isEmpty() && isNameField(f))
            problem = nameProblem(cells.at(c));
        if (!problem.isEmpty())
            row.problems << Problem { Severity::Error, f, problem,
                                      cells.at(c).size() > limit ? ProblemKind::TooLong
                                                                 : ProblemKind::Other };
    }
    return row.blocked();
}

// A heading inside the table ("I. HUYỆN ĐOÀN DƯƠNG MINH CHÂU", "II. Khối doanh nghiệp", "Chi
// đoàn xã Thạnh Đức", "CHI HỘI THANH NIÊN ẤP CÂY ĐA"), written in the name column alone. An
// organisation's word in front tells it from a person's name (none of them is a family name).
// A list's own headings ("ĐẠI BIỂU DỰ KHUYẾT", "Danh sách dự khuyết", "Thành phần mời") are
// no one's name either.
bool isSectionHeading(const QString &cell, const UnitMatcher &units)
{
    static const QRegularExpression numbered(QStringLiteral("^([IVX]+|[A-Z])\\s*[.)/]\\s+\\S"));
    static const QRegularExpression listHeading(
        QStringLiteral("^(dai bieu|danh sach|thanh phan)\\s|\\bdu khuyet\\b"));
    return numbered.match(cell.trimmed()).hasMatch() || startsWithOrganisation(cell)
        || listHeading.match(text::fold(cell.trimmed())).hasMatch() || units.find(cell) != 0;
}

// The header written again over a second table of the sheet (the substitutes under the
// delegates): every filled cell names its own column's field, the name cell first.
bool isRepeatedHeader(const QStringList &cells, const ColumnMapping &m, int nameColumn)
{
    if (nameColumn < 0 || nameColumn >= cells.size())
        return false;
    const QString &name = cells.at(nameColumn);
    // Cheap first: a header's name cell is short and starts "Họ" or "Tên".
    if (name.size() > 24 || name.isEmpty()
        || !QStringLiteral("HhTt").contains(name.trimmed().front()))
        return false;
    int named = 0;
    for (int c = 0; c < cells.size() && c < m.fields.size(); ++c) {
        if (cells.at(c).trimmed().isEmpty() || m.at(c) == Field::Ignore)
            continue;
        if (fieldForHeader(cells.at(c)) != m.at(c))
            return false;
        ++named;
    }
    return named >= 2;
}

// Whether a text may be a union's name ("Huyện đoàn …", "Thị đoàn …", "Đoàn …"): only those
// are looked up in the directory, so that a row's company costs no lookup.
bool isUnionLike(const QString &s)
{
    if (s.isEmpty() || s.size() > 80)
        return false;
    const QChar c = s.front().toLower();
    return c == u'h' || c == u't' || c == u'đ' || c == u'b';
}

// The note of a person whose list gave an e-mail address that breaks the rule. It is the
// event's data, so it is written in Vietnamese whatever the window's language, like the papers.
QString flaggedEmailNote(const QString &address, const QString &note)
{
    const QString line = QStringLiteral("E-mail trong danh sách không đúng: %1").arg(address);
    return note.isEmpty() ? line : line + QStringLiteral("; ") + note;
}

} // namespace

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
    case Decision::Move:
        return QCoreApplication::translate("Import", "Move to this unit");
    }
    return {};
}

Problem hiddenRowProblem()
{
    return Problem { Severity::Warning, Field::Ignore,
                     QCoreApplication::translate("Import", "Row hidden in the file"),
                     ProblemKind::HiddenRow };
}

QList<Decision> ImportRow::choices() const
{
    if (blocked())
        return {};
    if (isQuestion()) // a repeated question too: the user may know it asks something else
        return { Decision::Import, Decision::Skip };
    // A hidden row is left out unless the user includes it, whatever else it is.
    if (hiddenInFile && duplicate == Duplicate::None)
        return { Decision::Import, Decision::Skip };
    switch (duplicate) {
    case Duplicate::None:
        return {};
    case Duplicate::InFile:
        return { Decision::Skip, Decision::KeepBoth };
    case Duplicate::InEvent:
        if (otherUnit) // Update: their details, under the union that sent them first
            return { Decision::Skip, Decision::Update, Decision::Move };
        return { Decision::Skip, Decision::Update, Decision::KeepBoth };
    case Duplicate::Possible:
        if (existingId != 0)
            return { Decision::KeepBoth, Decision::Skip, Decision::Update };
        return { Decision::KeepBoth, Decision::Skip };
    }
    return {};
}

const QuestionFields &ImportRow::questionFields() const
{
    static const QuestionFields kNone;
    return m_question ? *m_question : kNone;
}

QuestionFields &ImportRow::questionFields()
{
    if (!m_question)
        m_question = std::make_shared<QuestionFields>();
    else if (m_question.use_count() > 1) // a copy of the row shares them: this one changes
        m_question = std::make_shared<QuestionFields>(*m_question);
    return *m_question;
}

bool ImportRow::ready() const
{
    return !blocked() && decision != Decision::Skip && (!unitUnknown || question().unitId != 0);
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

std::optional<QString> branchHeading(const QStringList &cells, const ColumnMapping &m,
                                     const UnitMatcher &units)
{
    const int nameColumn
        = m.has(Field::FullName) ? m.columnOf(Field::FullName) : m.columnOf(Field::FamilyAndMiddle);
    if (nameColumn < 0 || nameColumn >= cells.size())
        return std::nullopt;
    const QString name = text::clean(cells.at(nameColumn));
    if (name.isEmpty())
        return std::nullopt;
    // The name cell alone, or its text repeated across a merge: nothing else on the row.
    for (int c = 0; c < cells.size(); ++c) {
        const QString v = cells.at(c).trimmed();
        if (c != nameColumn && !v.isEmpty() && m.at(c) != Field::Ignore && m.at(c) != Field::Number
            && text::clean(v) != name)
            return std::nullopt;
    }
    if (!isSectionHeading(name, units))
        return std::nullopt;
    static const QRegularExpression branch(
        QStringLiteral("^(chi doan|chi hoi|lien chi doan|doan co so|doan truong)\\s"));
    return branch.match(text::fold(name)).hasMatch() ? name : QString();
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

// One row of the sheet normalised on its own, without looking at the other rows: the part of
// the preview that runs on every core. Returns false for a row without a person (blank,
// numbered but empty, a total, a section heading).
bool normaliseRow(const QStringList &cells, int fileRow, const RowRules &rules, ImportRow &row,
                  QString *phoneDigits)
{
    const ColumnMapping &m = rules.m;
    const UnitMatcher &units = rules.units;
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
        if (f != Field::Number && !isColumnNumber(v))
            onlyNumbers = false;
    }
    if (filled == 0 || onlyNumbers || isTotalRow(cells) || (filled == 1 && !nameFilled))
        return false;
    const int nameColumn
        = m.has(Field::FullName) ? m.columnOf(Field::FullName) : m.columnOf(Field::FamilyAndMiddle);
    if (filled == 1 && nameColumn >= 0 && nameColumn < cells.size()
        && isSectionHeading(cells.at(nameColumn), units))
        return false;
    if (filled > 1 && isRepeatedHeader(cells, m, nameColumn))
        return false;

    row.fileRow = fileRow;
    row.cells = cells;
    Attendee &a = row.attendee;
    a.eventId = rules.eventId;
    if (rowOutOfBounds(cells, m, row))
        return true; // not imported; its text is not worked on

    // Names.
    text::NameParts parts;
    QString remark; // "(Trưởng đoàn)" after the name: for the note
    const QString full = nameCase(nameWithoutRemark(text::clean(cell(Field::FullName)), &remark));
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
    const QString given = nameCase(nameWithoutRemark(text::clean(cell(Field::GivenName)), &remark));
    if (!family.isEmpty())
        parts.family = family;
    if (!middle.isEmpty())
        parts.middle = middle;
    if (!given.isEmpty())
        parts.given = given;
    if (!family.isEmpty() && middle.isEmpty() && family.contains(QLatin1Char(' '))) {
        // "Họ" | "Tên" with "Đặng Thị" | "Ánh": the family name is the first word, the middle
        // name what lies between it and the given name.
        const text::NameParts fm = text::splitFullName(family + QStringLiteral(" x"));
        parts.family = fm.family;
        parts.middle = fm.middle;
    }
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
                                      "Import", "The name is missing: the row is not imported."),
                                  ProblemKind::MissingField };

    // Gender and birth year, from their own columns or from "Nam" / "Nữ" columns.
    const QString genderCell = cell(Field::Gender);
    if (!genderCell.isEmpty()) {
        a.gender = parseGender(genderCell);
        if (a.gender == Gender::Unknown)
            row.problems << Problem { Severity::Warning, Field::Gender,
                                      QCoreApplication::translate(
                                          "Import",
                                          "The gender “%1” is not understood (Nam or Nữ).")
                                          .arg(genderCell),
                                      ProblemKind::UnknownValue };
    }
    QString yearText = cell(Field::BirthYear);
    // "1995 (Nữ)", "1998 - Nam": a list without a gender column writes it beside the year.
    if (!yearText.isEmpty() && yearText.front().isDigit()
        && (yearText.back().isLetter() || yearText.endsWith(QLatin1Char(')')))) {
        static const QRegularExpression withGender(
            QStringLiteral("^(\\S*\\d)\\s*(?:\\(\\s*(nam|nu)\\s*\\)|[-,;/]\\s*(nam|nu))$"));
        if (const auto g = withGender.match(text::fold(yearText)); g.hasMatch()) {
            yearText = g.captured(1);
            if (a.gender == Gender::Unknown)
                a.gender = genderOfWord(g.captured(2).isEmpty() ? g.captured(3) : g.captured(2));
        }
    }
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
                                          "Import", "The birth year “%1” is not understood.")
                                          .arg(yearText),
                                      ProblemKind::BadDate };
        } else if (!inputrules::isPossibleBirthYear(y, thisYear)) {
            row.problems << Problem {
                Severity::Warning, Field::BirthYear,
                QCoreApplication::translate("Import", "The birth year %1 is not possible.").arg(y),
                ProblemKind::BadDate
            };
        }
        if (inputrules::isStorableBirthYear(y))
            a.birthYear = y;
    }

    // Position, unit and workplace.
    QString unitText = text::clean(cell(Field::Unit));
    a.position = text::clean(cell(Field::Position));
    a.workplace = text::clean(cell(Field::Workplace));
    const QString posUnit = cell(Field::PositionAndUnit);
    if (!posUnit.isEmpty()) {
        QString pos, rest;
        splitPositionAndUnit(posUnit, units, &pos, &rest);
        if (a.position.isEmpty())
            a.position = pos;
        // "Bí thư Chi đoàn, Công ty TNHH …": a unit only when it is one of the directory.
        if (unitText.isEmpty() && units.find(rest) != 0)
            unitText = rest;
        else if (a.workplace.isEmpty())
            a.workplace = rest;
    }
    if (unitText.isEmpty()) {
        a.unitId = rules.defaultUnitId;
        row.unitName = rules.defaultUnitName;
    } else {
        row.unitName = unitText;
        row.unitGiven = true;
        a.unitId = units.find(unitText);
        if (a.unitId == 0) {
            row.unitUnknown = true;
            row.problems << Problem { Severity::Warning, Field::Unit,
                                      QCoreApplication::translate(
                                          "Import", "The unit “%1” is not in the directory.")
                                          .arg(unitText),
                                      ProblemKind::UnknownUnit };
        } else {
            row.unitName = units.name(a.unitId);
        }
    }

    // A workplace that is the sending union itself ("Huyện đoàn Gò Dầu" for its own
    // secretary) says nothing the unit does not: it is not repeated beside it on the papers.
    if (a.unitId != 0 && isUnionLike(a.workplace) && units.find(a.workplace) == a.unitId)
        a.workplace.clear();

    // Contact: one phone kept, any other one in the note.
    const PhoneCell phones = splitPhoneCell(text::clean(cell(Field::Phone)));
    const QString &phone = phones.phone;
    QString digits; // compared with the other rows' to find the same person
    if (!phone.isEmpty()) {
        digits = text::normalizePhone(phone);
        if (inputrules::isFullPhoneNumber(digits)) {
            a.phone = digits;
        } else {
            a.phone = inputrules::storablePhone(phone); // as the repository keeps it
            row.problems << Problem { Severity::Warning, Field::Phone,
                                      QCoreApplication::translate(
                                          "Import",
                                          "The phone number “%1” does not have 10 digits.")
                                          .arg(phone) };
        }
    }
    a.email = cell(Field::Email);
    QString flaggedEmail;
    if (!a.email.isEmpty() && !inputrules::isEmailAddress(a.email)) {
        // The repositories refuse it; the person is still imported, and the address stays
        // visible in the note so that it can be corrected by hand.
        row.problems << Problem { Severity::Warning, Field::Email,
                                  QCoreApplication::translate(
                                      "Import",
                                      "The e-mail address “%1” does not look right; it is "
                                      "kept in the note.")
                                      .arg(a.email) };
        flaggedEmail = std::exchange(a.email, QString());
    }
    const QString roleCell = cell(Field::Role);
    if (!roleCell.isEmpty()) {
        // "Đại biểu dự khuyết", "Dự khuyết" (as the export writes a reserve): a reserve delegate.
        if (hasWords(headerKey(roleCell), "du khuyet")) {
            a.role = AttendeeRole::Delegate;
            a.reserve = true;
        } else if (const auto role = parseRole(roleCell))
            a.role = *role;
        else
            row.problems << Problem {
                Severity::Warning, Field::Role,
                QCoreApplication::translate(
                    "Import", "The role “%1” is not understood; the person is a delegate.")
                    .arg(roleCell),
                ProblemKind::UnknownValue
            };
    }
    a.note = text::clean(cell(Field::Note));
    if (!remark.isEmpty())
        a.note = a.note.isEmpty() ? remark : remark + QStringLiteral("; ") + a.note;
    if (!phones.others.isEmpty())
        a.note = a.note.isEmpty() ? otherPhonesNote(phones.others)
                                  : a.note + QStringLiteral("; ") + otherPhonesNote(phones.others);
    if (!flaggedEmail.isEmpty()) // the address as written, not cleaned: cleaned as a note is
        a.note = flaggedEmailNote(flaggedEmail, a.note);
    if (!remark.isEmpty() || !phones.others.isEmpty() || !flaggedEmail.isEmpty())
        a.note = text::cleanBlock(a.note); // as the repository cleans a note

    if (!row.blocked()) {
        // Every value above is cleaned as the repository cleans it: only the derived columns
        // are left to compute.
        AttendeeRepository::Prepared ready
            = AttendeeRepository::prepare(std::move(a), AttendeeRepository::Tidied());
        a = std::move(ready.a);
        row.foldedName = std::move(ready.foldedName);
        row.sortKey = std::move(ready.sortKey);
        row.searchText = std::move(ready.search);
        *phoneDigits = std::move(digits);
    }
    return true;
}

} // namespace dd::import
