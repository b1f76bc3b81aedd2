#pragma once

#include "domain/unit.h"
#include "io/sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The columns of a delegate list as the district unions send it: what each header names (in
// Vietnamese or English, accents and case ignored), the header row below any title rows (one
// row, or two where a merged "Năm sinh" spans "Nam" | "Nữ"), the automatic mapping, the sheet
// that holds the list and the union named in the title.
namespace dd::import {

// What a column of the file holds.
enum class Field {
    Ignore,
    Number, // STT: read to recognise numbered empty rows, never stored
    FullName,
    FamilyName,
    MiddleName,
    GivenName,
    FamilyAndMiddle, // "Họ và tên đệm" beside a "Tên" column
    Gender,
    BirthYear, // a year, or a date whose year is taken
    Male, // "Nam" under "Năm sinh" (a year), or a column where an X marks a man
    Female, // "Nữ": the same for women
    Position,
    Unit,
    PositionAndUnit, // "Chức vụ, đơn vị": "Bí thư Chi đoàn, Xã Phước Ninh"
    Phone,
    Email,
    Role,
    Note,
};
inline constexpr int kFieldCount = int(Field::Note) + 1;

QString fieldKey(Field f); // stable, for the remembered mappings: "full_name"
std::optional<Field> fieldFromKey(const QString &key);
QString fieldLabel(Field f); // translated, for the mapping combo boxes

// A header's text as mappings are keyed: folded, punctuation as spaces ("Họ và tên:" → "ho va
// ten").
QString headerKey(const QString &header);

// The field a header names, from Vietnamese and English header texts, accents and case
// ignored ("Họ và tên", "HO TEN", "Full name", "Năm sinh Nữ", "SĐT"). Ignore when unknown.
Field fieldForHeader(const QString &header);

// Column index → field; the user may correct it before the preview is built again.
struct ColumnMapping
{
    QList<Field> fields;

    Field at(int column) const
    {
        return column < fields.size() ? fields.at(column) : Field::Ignore;
    }
    int columnOf(Field f) const { return int(fields.indexOf(f)); }
    bool has(Field f) const { return fields.contains(f); }
    bool hasName() const;
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

ColumnMapping automaticMapping(const QStringList &headers);

// Where the table starts: the header row (0-based) and whether the next row is a second
// header row (a merged "Năm sinh" over "Nam" | "Nữ"), with the combined header texts.
struct HeaderInfo
{
    int row = -1; // -1 when no row looks like a header
    int rowCount = 1; // 1 or 2
    QStringList headers; // one per column: "Năm sinh Nam"
    int firstDataRow() const { return row < 0 ? 0 : row + rowCount; }
};

HeaderInfo findHeader(const io::Sheet &sheet);
// The header texts when the user says which row is the header (0-based).
HeaderInfo headerAt(const io::Sheet &sheet, int row);

// The first sheet that holds a table (one with a header row), or -1: the sheet the window and
// the command line import unless told otherwise.
int firstSheetWithHeader(const io::Workbook &workbook);

// The district or affiliated union named in the title rows above `headerRow` ("Đơn vị: Huyện
// đoàn Dương Minh Châu"), the sender of the list; 0 when none is.
qint64 senderInTitle(const io::Sheet &sheet, int headerRow, const QList<Unit> &units);

// Helpers the rows share with the headers.
bool hasWords(const QString &key, const char *words); // whole words of a headerKey()
bool isDigits(QStringView s);
// Fills the cells a merge hides: in the header rows everywhere, below them only down the
// first column of the range, never across.
void fillMerges(QList<QStringList> &rows, const QList<io::CellRange> &merges, int headerFirst,
                int headerLast);

} // namespace dd::import
