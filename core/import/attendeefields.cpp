// The columns of an attendee list: which field a header names, where the header row is (below
// any title rows, one or two rows deep), the automatic mapping, and which sheet holds the list.
#include "import/attendeefields.h"

#include "io/readlimits.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QSet>

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
    // As many headers as the widest row has cells: a column with data but no header text can
    // still be mapped by hand.
    const int columns = std::max<int>(sheet.columnCount(), int(std::max(top.size(), sub.size())));
    for (int c = 0; c < columns; ++c) {
        const QString t = text::clean(top.value(c));
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

} // namespace

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
            if (header && row.size() <= lastColumn) // rows end at their last filled cell
                row.resize(std::min(lastColumn + 1, io::kMaxColumns));
            for (int c = m.firstColumn; c <= lastColumn && c < row.size(); ++c) {
                if ((r != m.firstRow || c != m.firstColumn) && row.at(c).isEmpty())
                    row[c] = value;
            }
        }
    }
}

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

int firstSheetWithHeader(const io::Workbook &workbook)
{
    for (int i = 0; i < workbook.sheets.size(); ++i)
        if (findHeader(workbook.sheets.at(i)).row >= 0)
            return i;
    return -1;
}

qint64 senderInTitle(const io::Sheet &sheet, int headerRow, const QList<Unit> &units)
{
    // "Đơn vị: Huyện đoàn Dương Minh Châu" or "BCH HUYỆN ĐOÀN DƯƠNG MINH CHÂU" above the table.
    for (int r = 0; r < qMax(0, headerRow) && r < sheet.rowCount(); ++r) {
        for (const QString &cell : sheet.rows.at(r)) {
            const QString f = text::fold(cell);
            if (f.isEmpty())
                continue;
            for (const Unit &u : units) {
                if (u.kind != UnitKind::District && u.kind != UnitKind::Affiliated)
                    continue;
                const QString name = text::fold(u.name);
                if (f == name || f.endsWith(QLatin1Char(' ') + name)
                    || f.endsWith(QLatin1Char(':') + name))
                    return u.id;
            }
        }
    }
    return 0;
}

} // namespace dd::import
