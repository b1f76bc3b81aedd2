#include "io/spreadsheetreader.h"

#include "io/odspackage.h"
#include "io/xlsreader.h"
#include "io/xlsxnumberformat.h"
#include "io/xlsxpackage.h"
#include "io/zipreader.h"

#include "util/logging.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <cctype>
#include <exception>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

namespace dd::io {

namespace {

namespace oss = orcus::spreadsheet;

// Beyond this many filled cells a file is not a list of delegates; stop before memory runs out.
constexpr qsizetype kMaxCells = 5'000'000;
constexpr int kMaxColumns = 1000;

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

struct CellPos
{
    int row;
    int col;
    friend bool operator<(const CellPos &a, const CellPos &b)
    {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    }
};

struct CellValue
{
    QString text;
    bool isNumber = false;
    double number = 0;
};

class SheetData;

class SheetProperties : public oss::iface::import_sheet_properties
{
public:
    explicit SheetProperties(QList<CellRange> &merges)
        : m_merges(merges)
    { }
    void set_column_width(oss::col_t, double, orcus::length_unit_t) override { }
    void set_column_hidden(oss::col_t, bool) override { }
    void set_row_height(oss::row_t, double, orcus::length_unit_t) override { }
    void set_row_hidden(oss::row_t, bool) override { }
    void set_merge_cell_range(const oss::range_t &range) override
    {
        m_merges.append({ range.first.row, range.first.column, range.last.row, range.last.column });
    }

private:
    QList<CellRange> &m_merges;
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
    SheetData(QString name, const StringPool &strings)
        : m_strings(strings)
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
    void set_format(oss::row_t row, oss::col_t col, size_t xf_index) override
    {
        if (valid(row, col))
            m_formats[{ row, col }] = xf_index;
    }
    void set_format(oss::row_t, oss::col_t, oss::row_t, oss::col_t, size_t) override { }
    void fill_down_cells(oss::row_t src_row, oss::col_t src_col, oss::row_t range_size) override
    {
        const auto it = m_cells.find({ src_row, src_col });
        if (it == m_cells.end())
            return;
        const CellValue value = it->second;
        for (oss::row_t r = 1; r <= range_size && !m_overflow; ++r)
            put(src_row + r, src_col, value);
    }
    oss::range_size_t get_sheet_size() const override { return { 1048576, 16384 }; }

    void put(int row, int col, CellValue value)
    {
        if (!valid(row, col))
            return;
        if (!value.isNumber && value.text.isEmpty()) {
            m_cells.erase({ row, col });
            return;
        }
        if (m_cells.size() >= size_t(kMaxCells)) {
            m_overflow = true;
            return;
        }
        m_cells[{ row, col }] = std::move(value);
    }

    bool overflow() const { return m_overflow; }
    const QString &name() const { return m_name; }

    Sheet toSheet(const Styles *styles, bool date1904) const
    {
        Sheet sheet;
        sheet.name = m_name;
        int rows = 0;
        int columns = 0;
        for (const auto &[pos, value] : m_cells) {
            rows = std::max(rows, pos.row + 1);
            columns = std::max(columns, pos.col + 1);
        }
        sheet.rows.resize(rows);
        for (QStringList &row : sheet.rows)
            row.resize(columns);
        for (const auto &[pos, value] : m_cells) {
            QString text = value.text;
            if (value.isNumber) {
                const auto format = m_formats.find(pos);
                text = styles && format != m_formats.end()
                    ? styles->formatOfXf(format->second).format(value.number, date1904)
                    : XlsxNumberFormat::general(value.number);
            }
            sheet.rows[pos.row][pos.col] = text;
        }
        sheet.merges = m_merges;
        return sheet;
    }

private:
    static bool valid(int row, int col) { return row >= 0 && col >= 0 && col < kMaxColumns; }

    QString m_name;
    const StringPool &m_strings;
    std::map<CellPos, CellValue> m_cells;
    std::map<CellPos, size_t> m_formats;
    QList<CellRange> m_merges;
    SheetProperties m_properties;
    Formula m_formula;
    ArrayFormula m_arrayFormula;
    bool m_overflow = false;
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
        for (; i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])); ++i)
            column = column * 26 + (std::toupper(static_cast<unsigned char>(address[i])) - 'A' + 1);
        const bool hasLetters = i > letters;
        skipDollar();
        const size_t digits = i;
        for (; i < address.size() && std::isdigit(static_cast<unsigned char>(address[i])); ++i)
            row = row * 10 + (address[i] - '0');
        if (!hasLetters || i == digits || i != address.size() || row < 1 || row > (1 << 20)
            || column > 16384)
            throw std::invalid_argument("invalid cell reference: " + std::string(address));
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
        m_sheets.push_back(std::make_unique<SheetData>(fromUtf8(name), m_strings));
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

    bool overflow() const
    {
        for (const auto &sheet : m_sheets)
            if (sheet->overflow())
                return true;
        return false;
    }

    Workbook workbook() const
    {
        Workbook book;
        for (const auto &sheet : m_sheets)
            book.sheets.append(
                sheet->toSheet(m_useNumberFormats ? &m_styles : nullptr, m_settings.date1904()));
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

Error tooLarge()
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "The file holds far more cells than a list of delegates (over %L1). Delete "
                     "the unused rows and columns, or copy the list into a new file, and try "
                     "again.")
                     .arg(kMaxCells));
}

Error damagedSpreadsheet(const char *what)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "The file is damaged: %1 cannot read it (%2). Open it in Excel or "
                     "LibreOffice, save it again and import the new file.")
                     .arg(QStringLiteral("liborcus"), QString::fromUtf8(what)));
}

Result<Workbook> readWithOrcus(const QByteArray &package, SpreadsheetFormat format)
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
        return damagedSpreadsheet(e.what());
    } catch (...) {
        return damagedSpreadsheet("unknown error");
    }
    if (factory.overflow())
        return tooLarge();
    return factory.workbook();
}

bool isZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool isCompoundFile(const QByteArray &head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// An encrypted OOXML file is an OLE compound file holding these streams (MS-OFFCRYPTO).
bool isEncryptedOoxml(const QByteArray &bytes)
{
    static const QByteArray name
        = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    return isCompoundFile(bytes) && bytes.contains(name);
}

SpreadsheetFormat formatByExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv" || suffix == u"txt" || suffix == u"tsv")
        return SpreadsheetFormat::Csv;
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return SpreadsheetFormat::Xlsx;
    if (suffix == u"ods")
        return SpreadsheetFormat::Ods;
    if (suffix == u"xls")
        return SpreadsheetFormat::Xls;
    return SpreadsheetFormat::Unknown;
}

Error notASpreadsheet(const QString &fileName)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "The file \"%1\" is not a spreadsheet that DialogueDesk can read "
                     "(it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or "
                     "LibreOffice and save it as XLSX or CSV.")
                     .arg(QFileInfo(fileName).fileName()));
}

Error emptyWorkbook()
{
    return Error(QCoreApplication::translate(
        "Import", "The file holds no sheet with data. Check that you chose the right file."));
}

Result<Workbook> readXlsBytes(const QByteArray &bytes)
{
    // freexl reads only from a path.
    QTemporaryFile file;
    file.setFileTemplate(QDir::tempPath() + QLatin1String("/dialoguedesk-XXXXXX.xls"));
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Error(QCoreApplication::translate(
                         "Import",
                         "Could not write a temporary file to read the Excel workbook "
                         "(%1). Check the free disk space.")
                         .arg(file.errorString()));
    file.close();
    return readXlsFile(file.fileName());
}

} // namespace

Result<Workbook> detail::readWithOrcusUnpatched(const QByteArray &package, SpreadsheetFormat format)
{
    return readWithOrcus(package, format);
}

SpreadsheetFormat detectFormat(const QByteArray &head, const QString &fileName)
{
    if (isZip(head)) {
        Result<ZipReader> zip = ZipReader::open(head);
        if (zip) {
            if (zip->contains(QStringLiteral("[Content_Types].xml")))
                return SpreadsheetFormat::Xlsx;
            if (zip->contains(QStringLiteral("mimetype"))) {
                Result<QByteArray> mimetype = zip->read(QStringLiteral("mimetype"));
                if (mimetype
                    && mimetype->trimmed().startsWith(
                        "application/vnd.oasis.opendocument.spreadsheet"))
                    return SpreadsheetFormat::Ods;
            }
            if (zip->contains(QStringLiteral("content.xml")))
                return SpreadsheetFormat::Ods;
            return SpreadsheetFormat::Unknown; // a zip, but of something else
        }
        // A damaged zip: trust the name, the reader will explain what is wrong.
        const SpreadsheetFormat byName = formatByExtension(fileName);
        return byName == SpreadsheetFormat::Csv ? SpreadsheetFormat::Unknown : byName;
    }
    if (isCompoundFile(head))
        return SpreadsheetFormat::Xls;
    const SpreadsheetFormat byName = formatByExtension(fileName);
    if (byName == SpreadsheetFormat::Xlsx || byName == SpreadsheetFormat::Ods
        || byName == SpreadsheetFormat::Xls) {
        // Named like a spreadsheet but not one inside: many web exporters save CSV or HTML as
        // ".xls". Plain text is read as CSV; anything else is refused by the reader.
        return SpreadsheetFormat::Unknown;
    }
    return byName;
}

Result<Workbook> readSpreadsheet(const QString &path, const CsvOptions &csv)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Import", "Could not open the file \"%1\": %2.")
                         .arg(QFileInfo(path).fileName(), file.errorString()));
    constexpr qint64 kMaxFileSize = 100ll * 1024 * 1024;
    if (file.size() > kMaxFileSize)
        return Error(
            QCoreApplication::translate("Import",
                                        "The file \"%1\" is larger than 100 MB, far larger than a "
                                        "list of delegates. Check that you chose the right file.")
                .arg(QFileInfo(path).fileName()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(QCoreApplication::translate("Import", "Could not read the file \"%1\": %2.")
                         .arg(QFileInfo(path).fileName(), file.errorString()));
    if (isCompoundFile(bytes) && !isEncryptedOoxml(bytes))
        return readXlsFile(path); // no need for a temporary copy
    return readSpreadsheet(bytes, path, csv);
}

Result<Workbook> readSpreadsheet(const QByteArray &bytes, const QString &fileNameHint,
                                 const CsvOptions &csv)
{
    if (bytes.isEmpty())
        return Error(
            QCoreApplication::translate("Import",
                                        "The file \"%1\" is empty. Check that you chose the right "
                                        "file and that it was saved completely.")
                .arg(QFileInfo(fileNameHint).fileName()));
    if (isEncryptedOoxml(bytes))
        return Error(QCoreApplication::translate(
            "Import",
            "The file is protected with a password. Open it in Excel, save a copy "
            "without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with "
            "Password, then clear the password) and import that copy."));

    SpreadsheetFormat format = detectFormat(bytes, fileNameHint);
    if (format == SpreadsheetFormat::Unknown && !isZip(bytes) && !isCompoundFile(bytes)) {
        QByteArray start = bytes.left(512);
        if (start.startsWith("\xEF\xBB\xBF"))
            start.remove(0, 3);
        if (start.trimmed().startsWith('<'))
            return Error(QCoreApplication::translate(
                             "Import",
                             "The file \"%1\" is a web page or XML document, not a "
                             "spreadsheet, although its name says so. Open it in Excel "
                             "or LibreOffice, save it as XLSX and import that file.")
                             .arg(QFileInfo(fileNameHint).fileName()));
        const SpreadsheetFormat byName = formatByExtension(fileNameHint);
        // Text named ".xls" is common (web exporters write CSV or tab-separated text that
        // way); text named ".xlsx" or ".ods" is not a workbook at all.
        if (byName != SpreadsheetFormat::Xlsx && byName != SpreadsheetFormat::Ods)
            format = SpreadsheetFormat::Csv;
    }

    switch (format) {
    case SpreadsheetFormat::Csv: {
        Result<Sheet> sheet = readCsv(bytes, csv);
        if (!sheet)
            return Error(sheet.error());
        sheet->name = QFileInfo(fileNameHint).completeBaseName();
        Workbook book;
        book.sheets.append(std::move(sheet).value());
        return book;
    }
    case SpreadsheetFormat::Xlsx: {
        Result<QByteArray> package = normalizeXlsxPackage(bytes);
        if (!package)
            return Error(package.error());
        Result<Workbook> book = readWithOrcus(*package, format);
        if (book && book->sheets.isEmpty())
            return emptyWorkbook();
        return book;
    }
    case SpreadsheetFormat::Ods: {
        Result<OdsPackage> package = normalizeOdsPackage(bytes);
        if (!package)
            return Error(package.error());
        Result<Workbook> book = readWithOrcus(package->zip, format);
        if (!book)
            return book;
        if (book->sheets.isEmpty())
            return emptyWorkbook();
        for (qsizetype i = 0; i < book->sheets.size() && i < package->merges.size(); ++i)
            book->sheets[i].merges = package->merges.at(i);
        return book;
    }
    case SpreadsheetFormat::Xls:
        return readXlsBytes(bytes);
    case SpreadsheetFormat::Unknown:
        break;
    }
    return notASpreadsheet(fileNameHint);
}

} // namespace dd::io
