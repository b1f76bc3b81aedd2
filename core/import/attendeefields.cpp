// The columns of an attendee list: which field a header names, and the automatic mapping.
#include "import/attendeefields.h"

#include "import/attendeerows.h"
#include "import/unitmatcher.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QSet>

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
    { Field::Workplace, "workplace" },
} };

// Header texts, folded and with punctuation turned into spaces.
struct HeaderWords
{
    Field field;
    std::initializer_list<const char *> words;
};

const std::array<HeaderWords, 18> &exactHeaders()
{
    static const std::array<HeaderWords, 18> table { {
        { Field::Number, { "stt", "tt", "so tt", "so thu tu", "no", "nr", "number", "#" } },
        { Field::FullName,
          { "ho va ten", "ho ten", "ho va ten dai bieu", "ho ten dai bieu", "ten dai bieu",
            "full name", "fullname", "name", "ho va ten doan vien" } },
        { Field::FamilyName, { "ho", "family name", "last name", "surname", "family" } },
        { Field::MiddleName,
          { "ten dem", "dem", "middle", "middle name", "chu dem", "chu lot", "ten lot",
            "ten dem chu lot" } },
        { Field::GivenName, { "ten", "given name", "first name", "given" } },
        { Field::FamilyAndMiddle,
          { "ho va ten dem", "ho dem", "ho va dem", "ho va chu lot", "ho chu lot", "ho ten dem",
            "ho va ten lot", "ho ten lot", "ho va chu dem", "ho chu dem" } },
        // "Nam/Nữ" and "Nam hay nữ" as one column's header: the gender written in it.
        { Field::Gender,
          { "gioi tinh", "gioi", "phai", "gender", "sex", "nam nu", "nam hay nu", "nam hoac nu",
            "male female" } },
        { Field::BirthYear,
          { "nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam", "birth year",
            "year of birth", "date of birth", "dob", "birthday", "born" } },
        { Field::Male, { "nam", "male", "nam sinh nam", "ngay sinh nam", "men" } },
        { Field::Female, { "nu", "female", "nam sinh nu", "ngay sinh nu", "women" } },
        { Field::Position,
          { "chuc vu", "chuc danh", "chuc vu chuyen mon", "chuc vu doan", "position", "title",
            "job title" } },
        { Field::Unit,
          { "don vi", "don vi gui", "don vi cu", "don vi de cu", "huyen thi thanh doan",
            "huyen doan", "doan truc thuoc", "unit", "sending unit", "sent by" } },
        { Field::Workplace,
          { "don vi cong tac",  "noi cong tac",     "noi lam viec", "co quan",
            "co quan don vi",   "co quan cong tac", "chi doan",     "chi hoi",
            "chi doan chi hoi", "cong ty",          "doanh nghiep", "ten doanh nghiep",
            "ten cong ty",      "workplace",        "branch",       "company",
            "employer",         "organisation",     "organization", "agency" } },
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

} // namespace

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
    case Field::Workplace:
        return QCoreApplication::translate("Import", "Workplace (company, branch)");
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
    if (key.startsWith(QLatin1String("ho va ten dem")) || key.startsWith(QLatin1String("ho dem"))
        || key.startsWith(QLatin1String("ho ten dem"))
        || key.startsWith(QLatin1String("ho ten lot"))
        || key.startsWith(QLatin1String("ho va ten lot")))
        return Field::FamilyAndMiddle;
    if (hasWords(key, "ho va ten") || hasWords(key, "ho ten") || hasWords(key, "full name"))
        return Field::FullName;
    if (hasWords(key, "ten dem") || hasWords(key, "middle name"))
        return Field::MiddleName;
    // "ĐT liên hệ", "SĐT di động", "DTDĐ cá nhân": the shortenings count as words too.
    if (hasWords(key, "dien thoai") || hasWords(key, "sdt") || hasWords(key, "dt")
        || hasWords(key, "dtdd") || hasWords(key, "phone") || hasWords(key, "mobile"))
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
    if (hasWords(key, "cong tac") || hasWords(key, "lam viec") || hasWords(key, "co quan")
        || hasWords(key, "cong ty") || hasWords(key, "doanh nghiep") || hasWords(key, "chi doan")
        || hasWords(key, "chi hoi") || hasWords(key, "workplace") || hasWords(key, "company"))
        return Field::Workplace;
    if (hasWords(key, "don vi") || hasWords(key, "unit"))
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

ColumnMapping automaticMapping(const QStringList &headers, const QList<int> &hiddenColumns)
{
    ColumnMapping m;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (hiddenColumns.contains(int(i))) {
            m.fields << Field::Ignore;
            continue;
        }
        const QString &h = headers.at(i);
        Field f = fieldForHeader(h);
        // "Họ và tên" merged over two or three columns with no header row under it: the name
        // is written across them ("Nguyễn Văn" | "An", "Nguyễn" | "Văn" | "An"), as lists
        // sorted by the given name are.
        if (f == Field::FullName && !m.has(Field::FullName) && !m.has(Field::GivenName)) {
            qsizetype run = 1;
            while (run < 3 && i + run < headers.size() && headers.at(i + run) == h
                   && !hiddenColumns.contains(int(i + run)))
                ++run;
            if (run == 2) {
                m.fields << Field::FamilyAndMiddle << Field::GivenName;
                ++i;
                continue;
            }
            if (run == 3) {
                m.fields << Field::FamilyName << Field::MiddleName << Field::GivenName;
                i += 2;
                continue;
            }
        }
        // One column per field: a second "Họ và tên" (a signature column, a copy) is not read.
        if (f != Field::Ignore && f != Field::Male && f != Field::Female && m.fields.contains(f))
            f = Field::Ignore;
        m.fields << f;
    }
    return m;
}

namespace {

int attendeeFieldOf(const QString &header)
{
    return int(fieldForHeader(header));
}

bool isAttendeeHeader(const QList<int> &fields)
{
    return fields.size() >= 2;
}

} // namespace

const HeaderVocabulary &attendeeVocabulary()
{
    static const HeaderVocabulary v { &attendeeFieldOf, &isAttendeeHeader };
    return v;
}

HeaderInfo findHeader(const io::Sheet &sheet)
{
    return findHeader(sheet, attendeeVocabulary());
}

HeaderInfo headerAt(const io::Sheet &sheet, int row)
{
    return headerAt(sheet, row, attendeeVocabulary());
}

int firstSheetWithHeader(const io::Workbook &workbook)
{
    return firstSheetWithHeader(workbook, attendeeVocabulary());
}

void decideNameColumns(ColumnMapping &mapping, const io::Sheet &sheet, const HeaderInfo &header)
{
    // The full-name column, or the family-and-middle one a remembered mapping made of it.
    const int c = mapping.has(Field::FullName) ? mapping.columnOf(Field::FullName)
                                               : mapping.columnOf(Field::FamilyAndMiddle);
    if (c < 0 || mapping.has(Field::GivenName) || mapping.at(c + 1) != Field::Ignore
        || c + 1 >= header.headers.size() || !header.headers.at(c + 1).trimmed().isEmpty()
        || sheet.isColumnHidden(c + 1))
        return;
    constexpr int kSample = 200;
    int values = 0, oneWord = 0;
    for (int r = header.firstDataRow(); r < sheet.rowCount() && values < kSample; ++r) {
        const QStringList &cells = sheet.rows.at(r);
        const QString v = c + 1 < cells.size() ? cells.at(c + 1).trimmed() : QString();
        if (v.isEmpty() || c >= cells.size() || cells.at(c).trimmed().isEmpty())
            continue;
        if (isFooterRow(cells))
            break;
        ++values;
        // A word of two letters or more that is no gender ("Nam", "Nữ") and no mark ("x").
        oneWord += v.size() >= 2 && !v.contains(QLatin1Char(' '))
                && std::all_of(v.cbegin(), v.cend(), [](QChar ch) { return ch.isLetter(); })
                && parseGender(v) == Gender::Unknown
            ? 1
            : 0;
    }
    if (values == 0 || oneWord * 10 < values * 9)
        return;
    mapping.fields[c] = Field::FamilyAndMiddle;
    if (c + 1 >= mapping.fields.size())
        mapping.fields.resize(c + 2, Field::Ignore);
    mapping.fields[c + 1] = Field::GivenName;
}

void decideUnitColumns(ColumnMapping &mapping, const io::Sheet &sheet, const HeaderInfo &header,
                       const UnitMatcher &units)
{
    // A sample of the column is enough: a province-wide list names the unions on every row.
    constexpr int kSample = 400;
    bool unitTaken = false;
    for (int c = 0; c < mapping.fields.size(); ++c) {
        const Field f = mapping.fields.at(c);
        if (f != Field::Unit && f != Field::Workplace)
            continue;
        int values = 0, named = 0;
        for (int r = header.firstDataRow(); r < sheet.rowCount() && values < kSample; ++r) {
            const QStringList &cells = sheet.rows.at(r);
            if (c >= cells.size() || cells.at(c).trimmed().isEmpty())
                continue;
            if (isFooterRow(cells))
                break;
            ++values;
            named
                += units.find(cells.at(c)) != 0 || UnitMatcher::looksLikeUnion(cells.at(c)) ? 1 : 0;
        }
        const bool unitColumn = !unitTaken && values > 0 && named * 2 > values;
        mapping.fields[c] = unitColumn ? Field::Unit : Field::Workplace;
        unitTaken = unitTaken || unitColumn;
    }
}

} // namespace dd::import
