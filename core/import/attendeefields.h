#pragma once

#include "import/headerfinder.h"
#include "io/sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The columns of a delegate list as the district unions send it: what each header names (in
// Vietnamese or English, accents and case ignored) and the automatic mapping, which also looks
// at what a unit-like column holds (the sending unions, or the people's workplaces).
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
    Unit, // the union that sends the person: a unit of the directory
    PositionAndUnit, // "Chức vụ, đơn vị": "Bí thư Chi đoàn, Xã Phước Ninh"
    Phone,
    Email,
    Role,
    Note,
    Workplace, // their company, branch or chi hội, as written: "Chi đoàn Công ty …"
};
inline constexpr int kFieldCount = int(Field::Workplace) + 1;

QString fieldKey(Field f); // stable, for the remembered mappings: "full_name"
std::optional<Field> fieldFromKey(const QString &key);
QString fieldLabel(Field f); // translated, for the mapping combo boxes

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

// The header row of a delegate list: at least two columns it knows.
const HeaderVocabulary &attendeeVocabulary();
HeaderInfo findHeader(const io::Sheet &sheet);
HeaderInfo headerAt(const io::Sheet &sheet, int row);
int firstSheetWithHeader(const io::Workbook &workbook);

// By the header texts alone. A column the file hides (`hiddenColumns`, sorted) is not read:
// an old "Đơn vị" kept hidden beside the one the clerk sees must not overwrite it, and what
// the clerk does not see is not imported behind their back (the user may still map it).
ColumnMapping automaticMapping(const QStringList &headers, const QList<int> &hiddenColumns = {});

// A name written across two columns under one header whose merge the file does not say (an
// Excel 97 file): the full-name column followed by a column without a header holding one word
// per row ("Nguyễn Thị Ngọc" | "Ánh") is the family and middle name, then the given name.
void decideNameColumns(ColumnMapping &mapping, const io::Sheet &sheet, const HeaderInfo &header);

class UnitMatcher;
// A column mapped to the unit or the workplace is the unit column when most of its values
// name units of the directory, or are written as district-level unions' names (a
// province-wide list names unions the directory may not have yet), and the workplace
// otherwise (one unit column at most: the first such).
void decideUnitColumns(ColumnMapping &mapping, const io::Sheet &sheet, const HeaderInfo &header,
                       const UnitMatcher &units);

} // namespace dd::import
