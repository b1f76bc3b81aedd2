#include "io/orcusreader.h"

#include "io/readlimits.h"
#include "io/xlsxnumberformat.h"

#include "util/logging.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <algorithm>
#include <cctype>
#include <exception>
#include <memory>
#include <stdexcept>
#include <vector>

namespace dd::io {

namespace {

namespace oss = orcus::spreadsheet;

QString fromUtf8(std::string_view s)
{
    return text::nfc(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

class StringPool : public oss::iface::import_shared_strings
{
public:
    size_t append(std::string_view s) override
    {
        m_strings.append(fromUtf8(s));
        m_index.insert(m_strings.last(), m_strings.size() - 1);
        return size_t(m_strings.size() - 1);
    }
    size_t add(std::string_view s) override
    {
        const QString text = fromUtf8(s);
        const auto it = m_index.constFind(text);
        if (it != m_index.cend())
            return size_t(*it);
        return append(s);
    }
    void set_segment_font(size_t) override { }
    void set_segment_bold(bool) override { }
    void set_segment_italic(bool) override { }
    void set_segment_font_name(std::string_view) override { }
    void set_segment_font_size(double) override { }
    void set_segment_font_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                                oss::color_elem_t) override
    { }
    void append_segment(std::string_view s) override { m_segments += std::string(s); }
    size_t commit_segments() override
    {
        const size_t index = append(m_segments);
        m_segments.clear();
        return index;
    }

    QString at(size_t index) const
    {
        return index < size_t(m_strings.size()) ? m_strings.at(qsizetype(index)) : QString();
    }
    size_t size() const { return size_t(m_strings.size()); }

private:
    QStringList m_strings;
    QHash<QString, qsizetype> m_index;
    std::string m_segments;
};

// Only number formats matter: they decide whether a number is shown as a date.
class Styles : public oss::iface::import_styles
{
public:
    void set_font_count(size_t) override { }
    void set_font_bold(bool) override { }
    void set_font_italic(bool) override { }
    void set_font_name(std::string_view) override { }
    void set_font_size(double) override { }
    void set_font_underline(oss::underline_t) override { }
    void set_font_underline_width(oss::underline_width_t) override { }
    void set_font_underline_mode(oss::underline_mode_t) override { }
    void set_font_underline_type(oss::underline_type_t) override { }
    void set_font_underline_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                                  oss::color_elem_t) override
    { }
    void set_font_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                        oss::color_elem_t) override
    { }
    void set_strikethrough_style(oss::strikethrough_style_t) override { }
    void set_strikethrough_type(oss::strikethrough_type_t) override { }
    void set_strikethrough_width(oss::strikethrough_width_t) override { }
    void set_strikethrough_text(oss::strikethrough_text_t) override { }
    size_t commit_font() override { return 0; }
    void set_fill_count(size_t) override { }
    void set_fill_pattern_type(oss::fill_pattern_t) override { }
    void set_fill_fg_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                           oss::color_elem_t) override
    { }
    void set_fill_bg_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                           oss::color_elem_t) override
    { }
    size_t commit_fill() override { return 0; }
    void set_border_count(size_t) override { }
    void set_border_style(oss::border_direction_t, oss::border_style_t) override { }
    void set_border_color(oss::border_direction_t, oss::color_elem_t, oss::color_elem_t,
                          oss::color_elem_t, oss::color_elem_t) override
    { }
    void set_border_width(oss::border_direction_t, double, orcus::length_unit_t) override { }
    size_t commit_border() override { return 0; }
    void set_cell_hidden(bool) override { }
    void set_cell_locked(bool) override { }
    void set_cell_print_content(bool) override { }
    void set_cell_formula_hidden(bool) override { }
    size_t commit_cell_protection() override { return 0; }

    void set_number_format_count(size_t) override { }
    void set_number_format_identifier(size_t id) override { m_pendingId = id; }
    void set_number_format_code(std::string_view s) override { m_pendingCode = fromUtf8(s); }
    size_t commit_number_format() override
    {
        m_codes.insert(m_pendingId, m_pendingCode);
        m_pendingId = 0;
        m_pendingCode.clear();
        return m_committedFormats++;
    }

    void set_cell_xf_count(size_t) override { }
    void set_cell_style_xf_count(size_t) override { }
    void set_dxf_count(size_t) override { }
    void set_xf_font(size_t) override { }
    void set_xf_fill(size_t) override { }
    void set_xf_border(size_t) override { }
    void set_xf_protection(size_t) override { }
    // orcus's xlsx reader passes the numFmtId of the <xf> here.
    void set_xf_number_format(size_t index) override { m_pendingXfFormat = index; }
    void set_xf_style_xf(size_t) override { }
    void set_xf_apply_alignment(bool) override { }
    void set_xf_horizontal_alignment(oss::hor_alignment_t) override { }
    void set_xf_vertical_alignment(oss::ver_alignment_t) override { }
    size_t commit_cell_xf() override
    {
        m_xfFormats.push_back(m_pendingXfFormat);
        m_pendingXfFormat = 0;
        return m_xfFormats.size() - 1;
    }
    size_t commit_cell_style_xf() override
    {
        m_pendingXfFormat = 0;
        return m_styleXfs++;
    }
    size_t commit_dxf() override
    {
        m_pendingXfFormat = 0;
        return m_dxfs++;
    }
    void set_cell_style_count(size_t) override { }
    void set_cell_style_name(std::string_view) override { }
    void set_cell_style_xf(size_t) override { }
    void set_cell_style_builtin(size_t) override { }
    void set_cell_style_parent_name(std::string_view) override { }
    size_t commit_cell_style() override { return 0; }

    XlsxNumberFormat formatOfXf(size_t xf) const
    {
        if (xf >= m_xfFormats.size())
            return {};
        const size_t id = m_xfFormats[xf];
        return XlsxNumberFormat(int(std::min<size_t>(id, 100000)), m_codes.value(id));
    }

private:
    QHash<size_t, QString> m_codes;
    size_t m_pendingId = 0;
    QString m_pendingCode;
    size_t m_committedFormats = 0;
    std::vector<size_t> m_xfFormats;
    size_t m_pendingXfFormat = 0;
    size_t m_styleXfs = 0;
    size_t m_dxfs = 0;
};

class GlobalSettings : public oss::iface::import_global_settings
{
public:
    void set_origin_date(int year, int, int) override { m_date1904 = year == 1904; }
    void set_default_formula_grammar(oss::formula_grammar_t grammar) override
    {
        m_grammar = grammar;
    }
    oss::formula_grammar_t get_default_formula_grammar() const override { return m_grammar; }
    void set_character_set(orcus::character_set_t) override { }

    bool date1904() const { return m_date1904; }

private:
    bool m_date1904 = false;
    oss::formula_grammar_t m_grammar = oss::formula_grammar_t::unknown;
};

struct CellValue
{
    QString text;
    bool isNumber = false;
    double number = 0;
};

// What made a sheet unreadable, the first time it happened.
struct Violation
{
    enum class Kind { None, Columns, Rows, Cells, SharedString };
    Kind kind = Kind::None;
    qint64 row = 0;
    qint64 column = 0;
    size_t index = 0; // the shared string referred to
    size_t tableSize = 0; // how many the file has
};

class SheetData;

class SheetProperties : public oss::iface::import_sheet_properties
{
public:
    explicit SheetProperties(QList<CellRange> &merges)
        : m_merges(merges)
    { }
    void set_column_width(oss::col_t, double, orcus::length_unit_t) override { }
    // orcus's xlsx reader says it of every <col> and <row> element (hidden or not); its ODS
    // reader says nothing (odspackage.cpp reads the ODS visibility itself).
    void set_column_hidden(oss::col_t column, bool hidden) override
    {
        if (column >= 0 && column < kMaxColumns)
            setFlag(m_hiddenColumns, column, hidden);
    }
    void set_row_height(oss::row_t, double, orcus::length_unit_t) override { }
    void set_row_hidden(oss::row_t row, bool hidden) override
    {
        if (row >= 0 && row < kMaxRows)
            setFlag(m_hiddenRows, row, hidden);
    }
    void set_merge_cell_range(const oss::range_t &range) override
    {
        // A merge reaching past the bounds is kept up to them: nothing lies beyond.
        if (range.first.row < 0 || range.first.column < 0 || range.first.row >= kMaxRows
            || range.first.column >= kMaxColumns || range.last.row < range.first.row
            || range.last.column < range.first.column)
            return;
        m_merges.append({ range.first.row, range.first.column,
                          std::min<int>(range.last.row, kMaxRows - 1),
                          std::min<int>(range.last.column, kMaxColumns - 1) });
    }

    // Sorted, and no further than `rows` rows.
    QList<int> hiddenRows(int rows) const { return sortedBelow(m_hiddenRows, rows); }
    QList<int> hiddenColumns() const { return sortedBelow(m_hiddenColumns, kMaxColumns); }

private:
    static void setFlag(std::vector<int> &list, int index, bool set)
    {
        if (set)
            list.push_back(index);
        else if (!list.empty() && list.back() == index)
            list.pop_back();
    }
    static QList<int> sortedBelow(std::vector<int> list, int bound)
    {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        QList<int> out;
        for (int i : list)
            if (i < bound)
                out.append(i);
        return out;
    }

    QList<CellRange> &m_merges;
    std::vector<int> m_hiddenRows;
    std::vector<int> m_hiddenColumns;
};

// A formula cell is worth its cached result (shared formulas included): the import reads
// values, never recalculates.
class Formula : public oss::iface::import_formula
{
public:
    explicit Formula(SheetData &sheet)
        : m_sheet(sheet)
    { }
    void set_position(oss::row_t row, oss::col_t col) override
    {
        m_row = row;
        m_col = col;
        m_value = {};
        m_has = false;
    }
    void set_formula(oss::formula_grammar_t, std::string_view) override { }
    void set_shared_formula_index(size_t) override { }
    void set_result_string(std::string_view value) override
    {
        m_value.text = fromUtf8(value);
        m_has = true;
    }
    void set_result_value(double value) override
    {
        m_value.isNumber = true;
        m_value.number = value;
        m_has = true;
    }
    void set_result_bool(bool value) override
    {
        m_value.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        m_has = true;
    }
    void set_result_empty() override { m_has = false; }
    void commit() override;

private:
    SheetData &m_sheet;
    int m_row = 0;
    int m_col = 0;
    CellValue m_value;
    bool m_has = false;
};

class ArrayFormula : public oss::iface::import_array_formula
{
public:
    explicit ArrayFormula(SheetData &sheet)
        : m_sheet(sheet)
    { }
    void set_range(const oss::range_t &) override { }
    void set_formula(oss::formula_grammar_t, std::string_view) override { }
    void set_result_string(oss::row_t row, oss::col_t col, std::string_view value) override;
    void set_result_value(oss::row_t row, oss::col_t col, double value) override;
    void set_result_bool(oss::row_t row, oss::col_t col, bool value) override;
    void set_result_empty(oss::row_t, oss::col_t) override { }
    void commit() override { }

private:
    SheetData &m_sheet;
};

class SheetData : public oss::iface::import_sheet
{
public:
    SheetData(QString name, const StringPool &strings, const Styles *styles)
        : m_strings(strings)
        , m_styles(styles)
        , m_properties(m_merges)
        , m_formula(*this)
        , m_arrayFormula(*this)
    {
        m_name = std::move(name);
    }

    oss::iface::import_sheet_properties *get_sheet_properties() override { return &m_properties; }
    oss::iface::import_formula *get_formula() override { return &m_formula; }
    oss::iface::import_array_formula *get_array_formula() override { return &m_arrayFormula; }

    void set_auto(oss::row_t row, oss::col_t col, std::string_view s) override
    {
        put(row, col, { fromUtf8(s) });
    }
    void set_string(oss::row_t row, oss::col_t col, oss::string_id_t sindex) override
    {
        if (sindex >= m_strings.size()) {
            violate({ Violation::Kind::SharedString, row, col, sindex, m_strings.size() });
            return;
        }
        put(row, col, { m_strings.at(sindex) });
    }
    void set_value(oss::row_t row, oss::col_t col, double value) override
    {
        put(row, col, { QString(), true, value });
    }
    void set_bool(oss::row_t row, oss::col_t col, bool value) override
    {
        put(row, col, { value ? QStringLiteral("TRUE") : QStringLiteral("FALSE") });
    }
    void set_date_time(oss::row_t row, oss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override
    {
        QString text = XlsxNumberFormat::date(QDate(year, month, day));
        if (hour || minute || second >= 0.5)
            text += u' ' + QTime(hour, minute).toString(QStringLiteral("HH:mm"));
        put(row, col, { text });
    }
    // orcus gives a cell's style after its value. Only a number's style matters (a date is a
    // number shown as one), and only the cell just read can be that number: it is formatted
    // again once the styles are known (orcus may read them last). Whether the style exists
    // was checked before, in xlsxpackage.cpp.
    void set_format(oss::row_t row, oss::col_t col, size_t xf_index) override
    {
        if (m_styles && m_lastNumber.row == row && m_lastNumber.column == col)
            m_styled.push_back({ row, col, m_lastNumber.number, xf_index });
    }
    void set_format(oss::row_t, oss::col_t, oss::row_t, oss::col_t, size_t) override { }
    void fill_down_cells(oss::row_t src_row, oss::col_t src_col, oss::row_t range_size) override
    {
        if (src_row < 0 || size_t(src_row) >= m_rows.size() || src_col < 0)
            return;
        const CellValue value { m_rows[size_t(src_row)].value(src_col) };
        for (oss::row_t r = 1; r <= range_size && m_violation.kind == Violation::Kind::None; ++r)
            put(src_row + r, src_col, value);
    }
    oss::range_size_t get_sheet_size() const override { return { kMaxRows, kMaxColumns }; }

    void put(int row, int col, CellValue value)
    {
        if (m_violation.kind != Violation::Kind::None)
            return; // the sheet is refused: nothing more is kept
        if (row < 0 || col < 0)
            return;
        const bool empty = !value.isNumber && value.text.isEmpty();
        if (row >= kMaxRows) {
            if (!empty)
                violate({ Violation::Kind::Rows, row, col });
            return;
        }
        if (col >= kMaxColumns) {
            if (!empty)
                violate({ Violation::Kind::Columns, row, col });
            return;
        }
        if (empty) {
            if (size_t(row) < m_rows.size() && col < m_rows[size_t(row)].size())
                m_rows[size_t(row)][col].clear();
            return;
        }
        if (++m_cells > kMaxCells) {
            violate({ Violation::Kind::Cells, row, col });
            return;
        }
        if (size_t(row) >= m_rows.size())
            m_rows.resize(size_t(row) + 1);
        QStringList &cells = m_rows[size_t(row)];
        if (col >= cells.size()) {
            m_cells += col - cells.size(); // the empty cells before it are kept too
            cells.resize(col + 1);
        }
        if (value.isNumber) {
            cells[col] = XlsxNumberFormat::general(value.number);
            m_lastNumber = { row, col, value.number, 0 };
        } else {
            cells[col] = std::move(value.text);
        }
    }

    const Violation &violation() const { return m_violation; }
    const QString &name() const { return m_name; }

    // The sheet, its numbers shown as the file's formats say. The rows are moved out.
    Sheet takeSheet(bool useNumberFormats, bool date1904)
    {
        if (useNumberFormats && m_styles)
            for (const NumberCell &n : m_styled)
                m_rows[size_t(n.row)][n.column]
                    = m_styles->formatOfXf(n.xf).format(n.number, date1904);
        m_styled.clear();
        Sheet sheet;
        sheet.name = m_name;
        sheet.rows.reserve(qsizetype(m_rows.size()));
        for (QStringList &cells : m_rows) {
            // A cell emptied again (a formula without a result) leaves no trailing empties.
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            sheet.rows.append(std::move(cells));
        }
        m_rows.clear();
        while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
            sheet.rows.removeLast();
        sheet.merges = m_merges;
        sheet.hiddenRows = m_properties.hiddenRows(int(sheet.rows.size()));
        sheet.hiddenColumns = m_properties.hiddenColumns();
        return sheet;
    }

private:
    struct NumberCell
    {
        int row;
        int column;
        double number;
        size_t xf;
    };

    void violate(Violation v)
    {
        if (m_violation.kind == Violation::Kind::None)
            m_violation = v;
    }

    QString m_name;
    const StringPool &m_strings;
    const Styles *m_styles;
    std::vector<QStringList> m_rows;
    std::vector<NumberCell> m_styled; // numbers with a style, shown as it says at the end
    NumberCell m_lastNumber { -1, -1, 0, 0 };
    qsizetype m_cells = 0;
    Violation m_violation;
    QList<CellRange> m_merges;
    SheetProperties m_properties;
    Formula m_formula;
    ArrayFormula m_arrayFormula;
};

void Formula::commit()
{
    if (m_has)
        m_sheet.put(m_row, m_col, m_value);
}
void ArrayFormula::set_result_string(oss::row_t row, oss::col_t col, std::string_view value)
{
    m_sheet.put(row, col, { fromUtf8(value) });
}
void ArrayFormula::set_result_value(oss::row_t row, oss::col_t col, double value)
{
    m_sheet.put(row, col, { QString(), true, value });
}
void ArrayFormula::set_result_bool(oss::row_t row, oss::col_t col, bool value)
{
    m_sheet.put(row, col, { value ? QStringLiteral("TRUE") : QStringLiteral("FALSE") });
}

// Cell references in A1 style, as orcus's xlsx reader needs them for merges and formulas.
class ReferenceResolver : public oss::iface::import_reference_resolver
{
public:
    oss::src_address_t resolve_address(std::string_view address) override
    {
        const qsizetype bang = qsizetype(address.rfind('!'));
        if (bang >= 0)
            address.remove_prefix(size_t(bang) + 1);
        qint64 column = 0;
        qint64 row = 0;
        size_t i = 0;
        auto skipDollar = [&] {
            if (i < address.size() && address[i] == '$')
                ++i;
        };
        skipDollar();
        const size_t letters = i;
        // Past the largest column (XFD) or row (1048576) the reference is refused at once,
        // before the sum can grow: "AAAAAAAAAA1" would overflow it.
        auto invalid = [&] {
            return std::invalid_argument("invalid cell reference: " + std::string(address));
        };
        for (; i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])); ++i) {
            column = column * 26 + (std::toupper(static_cast<unsigned char>(address[i])) - 'A' + 1);
            if (column > 16384)
                throw invalid();
        }
        const bool hasLetters = i > letters;
        skipDollar();
        const size_t digits = i;
        for (; i < address.size() && std::isdigit(static_cast<unsigned char>(address[i])); ++i) {
            row = row * 10 + (address[i] - '0');
            if (row > (1 << 20))
                throw invalid();
        }
        if (!hasLetters || i == digits || i != address.size() || row < 1)
            throw invalid();
        return { 0, oss::row_t(row - 1), oss::col_t(column - 1) };
    }
    oss::src_range_t resolve_range(std::string_view range) override
    {
        const size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const oss::src_address_t a = resolve_address(range);
            return { a, a };
        }
        return { resolve_address(range.substr(0, colon)),
                 resolve_address(range.substr(colon + 1)) };
    }
};

// Receives what orcus parses, cell by cell, without building orcus's own document model.
class Factory : public oss::iface::import_factory
{
public:
    explicit Factory(bool useNumberFormats)
        : m_useNumberFormats(useNumberFormats)
    { }

    oss::iface::import_global_settings *get_global_settings() override { return &m_settings; }
    oss::iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    oss::iface::import_styles *get_styles() override { return &m_styles; }
    oss::iface::import_reference_resolver *
    get_reference_resolver(oss::formula_ref_context_t) override
    {
        return &m_resolver;
    }
    oss::iface::import_sheet *append_sheet(oss::sheet_t, std::string_view name) override
    {
        m_sheets.push_back(std::make_unique<SheetData>(fromUtf8(name), m_strings,
                                                       m_useNumberFormats ? &m_styles : nullptr));
        return m_sheets.back().get();
    }
    oss::iface::import_sheet *get_sheet(std::string_view name) override
    {
        const QString wanted = fromUtf8(name);
        for (const auto &sheet : m_sheets)
            if (sheet->name() == wanted)
                return sheet.get();
        return nullptr;
    }
    oss::iface::import_sheet *get_sheet(oss::sheet_t index) override
    {
        return index >= 0 && size_t(index) < m_sheets.size() ? m_sheets[size_t(index)].get()
                                                             : nullptr;
    }
    void finalize() override { }

    // The first sheet that cannot be read, with why.
    const SheetData *refused() const
    {
        for (const auto &sheet : m_sheets)
            if (sheet->violation().kind != Violation::Kind::None)
                return sheet.get();
        return nullptr;
    }

    Workbook takeWorkbook()
    {
        Workbook book;
        for (const auto &sheet : m_sheets)
            book.sheets.append(sheet->takeSheet(m_useNumberFormats, m_settings.date1904()));
        m_sheets.clear();
        return book;
    }

private:
    bool m_useNumberFormats;
    GlobalSettings m_settings;
    StringPool m_strings;
    Styles m_styles;
    ReferenceResolver m_resolver;
    std::vector<std::unique_ptr<SheetData>> m_sheets;
};

Error refusal(const QString &fileName, const SheetData &sheet)
{
    const Violation &v = sheet.violation();
    switch (v.kind) {
    case Violation::Kind::Columns:
        return tooManyColumns(fileName, sheet.name(), v.row, v.column);
    case Violation::Kind::Rows:
        return tooManyRows(fileName, sheet.name());
    case Violation::Kind::Cells:
        return tooManyCells(fileName, sheet.name());
    case Violation::Kind::SharedString:
        return missingSharedString(fileName, sheet.name(), v.row, v.column,
                                   QString::number(qulonglong(v.index)), qsizetype(v.tableSize));
    case Violation::Kind::None:
        break;
    }
    return Error();
}

Error damagedSpreadsheet(const QString &fileName, const char *what)
{
    return damagedFile(fileName,
                       QCoreApplication::translate("Import", "%1 cannot read it (%2).")
                           .arg(QStringLiteral("liborcus"), QString::fromUtf8(what)));
}

} // namespace

Result<Workbook> readWithOrcus(const QByteArray &package, SpreadsheetFormat format,
                               const QString &fileName)
{
    Factory factory(format == SpreadsheetFormat::Xlsx);
    try {
        const std::string_view stream(package.constData(), size_t(package.size()));
        if (format == SpreadsheetFormat::Xlsx) {
            orcus::orcus_xlsx filter(&factory);
            filter.read_stream(stream);
        } else {
            orcus::orcus_ods filter(&factory);
            filter.read_stream(stream);
        }
    } catch (const std::exception &e) {
        qCWarning(lcImport) << "orcus failed:" << e.what();
        return damagedSpreadsheet(fileName, e.what());
    } catch (...) {
        return damagedSpreadsheet(fileName, "unknown error");
    }
    if (const SheetData *sheet = factory.refused())
        return refusal(fileName, *sheet);
    return factory.takeWorkbook();
}

} // namespace dd::io
