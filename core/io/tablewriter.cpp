#include "io/tablewriter.h"

#include "io/xlsxcellqueue.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUuid>
#include <QVarLengthArray>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

namespace dd::io {

namespace {

// Excel's limits.
constexpr int kMaxSheetName = 31;
constexpr qsizetype kMaxCellChars = 32767;
constexpr qsizetype kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// libxlsxwriter's paper index for A4.
constexpr uint8_t kPaperA4 = 9;
// From this many data rows on, the workbook is written in constant-memory mode.
constexpr qsizetype kConstantMemoryRows = 5000;
constexpr std::size_t kTemporaryFileBuffer = 1 << 20;

bool startsWithFormulaChar(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

// A number Excel can hold without changing it: finite and at most 15 significant digits
// (longer digit strings such as ID card numbers would be rounded).
bool parseNumber(const QString &cell, double *value)
{
    const QString s = cell.trimmed();
    if (s.isEmpty())
        return false;
    int digits = 0;
    for (const QChar c : s) {
        if (c.isDigit())
            ++digits;
    }
    if (digits == 0 || digits > 15)
        return false;
    bool ok = false;
    const double v = QLocale::c().toDouble(s, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

// Appends `s` as UTF-8 without a temporary QByteArray (the buffer keeps its capacity).
void appendUtf8(QByteArray &data, QStringView s)
{
    static const QStringEncoder::Flags flags = QStringEncoder::Flag::Stateless;
    QStringEncoder utf8(QStringEncoder::Utf8, flags);
    const qsizetype at = data.size();
    data.resize(at + utf8.requiredSpace(s.size()));
    char *end = utf8.appendToBuffer(data.data() + at, s);
    data.resize(end - data.constData());
}

void appendCsvField(QByteArray &data, const QString &cell, bool numeric)
{
    double unused = 0;
    // A real number cannot be a formula, so "-5" in a numeric column stays a number.
    const bool guard = startsWithFormulaChar(cell) && !(numeric && parseNumber(cell, &unused));
    bool quote = false;
    bool quotes = false;
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case '"':
            quotes = true;
            Q_FALLTHROUGH();
        case ',':
        case '\n':
        case '\r':
            quote = true;
            break;
        default:
            break;
        }
    }
    if (quote)
        data.append('"');
    if (guard)
        data.append('\'');
    if (quotes) {
        QString s = cell;
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        appendUtf8(data, s);
    } else {
        appendUtf8(data, cell);
    }
    if (quote)
        data.append('"');
}

// Control characters other than tab and line breaks are not allowed in the sheet XML, and
// Excel refuses cells longer than 32767 characters.
QByteArray xlsxText(QString s)
{
    s.removeIf([](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')
            && c != QLatin1Char('\r');
    });
    if (s.size() > kMaxCellChars)
        s.truncate(kMaxCellChars);
    return s.toUtf8();
}

// xlsxText() appended to a buffer that is reused: a cell costs no allocation. The control
// characters are ASCII, so they are dropped from the UTF-8 bytes.
void appendXlsxText(QByteArray &out, const QString &s)
{
    if (s.size() > kMaxCellChars) {
        out.append(xlsxText(s));
        return;
    }
    const qsizetype at = out.size();
    appendUtf8(out, s);
    char *const begin = out.data() + at;
    char *const end = out.data() + out.size();
    char *kept = begin;
    for (const char *in = begin; in != end; ++in) {
        const auto c = static_cast<unsigned char>(*in);
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            *kept++ = char(c);
    }
    out.resize(kept - out.constData());
}

// For the few cells written directly (title, header).
class CellText
{
public:
    const char *operator()(const QString &s)
    {
        m_buffer.resize(0);
        appendXlsxText(m_buffer, s);
        return m_buffer.constData();
    }

private:
    QByteArray m_buffer;
};

QByteArray nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8(); // libxlsxwriter converts UTF-8 to wide
#else
    return QFile::encodeName(path);
#endif
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);

    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.header);

    f.text = workbook_add_format(wb);
    format_set_num_format(f.text, "@");
    return f;
}

QString tooManyRows(const ExportLayout &t)
{
    return QCoreApplication::translate(
               "Export",
               "The table “%1” has more rows than Excel allows (%2). Export "
               "it as CSV instead.")
        .arg(t.sheetName)
        .arg(kMaxRows - 2);
}

QString tooManyColumns(const ExportLayout &t)
{
    return QCoreApplication::translate("Export",
                                       "The table “%1” has more columns than Excel allows (%2).")
        .arg(t.sheetName)
        .arg(kMaxColumns);
}

// Which cells are written as numbers, by column.
QVarLengthArray<bool, 32> numericFlags(const ExportLayout &t)
{
    QVarLengthArray<bool, 32> numeric;
    for (int c : t.numericColumns) {
        if (c < 0 || c >= kMaxColumns)
            continue;
        if (c >= numeric.size())
            numeric.resize(c + 1, false);
        numeric[c] = true;
    }
    return numeric;
}

// Writes the rows in order (as constant-memory mode needs). A failure of the row source or a
// table longer than Excel allows sets *failure.
lxw_error writeSheet(lxw_worksheet *ws, const ExportLayout &t, RowSource &rows, const Formats &f,
                     QString *failure)
{
    const int columnCount = int(t.columns.size());
    const QVarLengthArray<bool, 32> numeric = numericFlags(t);
    lxw_row_t row = 0;
    lxw_error err = LXW_NO_ERROR;
    CellText text;

    for (int c = 0; c < columnCount; ++c) {
        const ExportColumn &col = t.columns.at(c);
        // Never narrower than the header text, so the header reads without resizing.
        const double width = std::max(col.width, double(col.header.size()) + 2);
        err = worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width,
                                   col.asText ? f.text : nullptr);
        if (err)
            return err;
    }

    if (!t.title.trimmed().isEmpty()) {
        const char *title = text(t.title.trimmed());
        worksheet_set_row(ws, row, 24, nullptr);
        if (columnCount > 1)
            err = worksheet_merge_range(ws, row, 0, row, lxw_col_t(columnCount - 1), title,
                                        f.title);
        else
            err = worksheet_write_string(ws, row, 0, title, f.title);
        if (err)
            return err;
        ++row;
    }

    const lxw_row_t headerRow = row;
    for (int c = 0; c < columnCount; ++c) {
        err = worksheet_write_string(ws, row, lxw_col_t(c), text(t.columns.at(c).header), f.header);
        if (err)
            return err;
    }
    ++row;

    // libxlsxwriter writes the cells on a second thread while the next rows are read here.
    XlsxCellQueue queue(ws);
    QStringList cells;
    qsizetype written = 0;
    while (rows.next(cells)) {
        if (++written + 2 > kMaxRows) {
            *failure = tooManyRows(t);
            return LXW_NO_ERROR;
        }
        const int cellCount = int(std::min<qsizetype>(cells.size(), kMaxColumns));
        for (int c = 0; c < cellCount; ++c) {
            const QString &cell = cells.at(c);
            const bool asText = c < columnCount && t.columns.at(c).asText;
            double number = 0;
            if (asText) {
                // The "@" format keeps the cell text even when someone edits it in Excel.
                if (cell.isEmpty()) {
                    queue.blank(row, lxw_col_t(c), f.text);
                } else {
                    appendXlsxText(queue.text(), cell);
                    queue.string(row, lxw_col_t(c), f.text);
                }
            } else if (cell.isEmpty()) {
                continue;
            } else if (c < numeric.size() && numeric[c] && parseNumber(cell, &number)) {
                queue.number(row, lxw_col_t(c), number, nullptr);
            } else {
                // Always a string cell, never a formula: "=1+1" stays inert text.
                appendXlsxText(queue.text(), cell);
                queue.string(row, lxw_col_t(c), nullptr);
            }
        }
        ++row;
        if (!queue.endRow())
            break;
    }
    err = queue.finish();
    if (err)
        return err;
    if (const QString e = rows.error(); !e.isEmpty()) {
        *failure = e;
        return LXW_NO_ERROR;
    }

    if (columnCount > 0) {
        worksheet_freeze_panes(ws, headerRow + 1, 0);
        err = worksheet_autofilter(ws, headerRow, 0, std::max(headerRow, row - 1),
                                   lxw_col_t(columnCount - 1));
        if (err)
            return err;
        // Ready to print as it is (issue 14.12): landscape A4, every column on one page wide,
        // the header on every page, page numbers in the footer.
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, kPaperA4);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
        err = worksheet_repeat_rows(ws, headerRow, headerRow);
        if (err)
            return err;
        err = worksheet_set_footer(ws, "&CTrang &P/&N");
    }
    return err;
}

// The rows of an ExportTable.
class TableRows final : public RowSource
{
public:
    explicit TableRows(const ExportTable &t)
        : m_table(t)
    { }
    bool next(QStringList &cells) override
    {
        if (m_next >= m_table.rows.size())
            return false;
        cells = m_table.rows.at(m_next++);
        return true;
    }
    qsizetype sizeHint() const override { return m_table.rows.size(); }

private:
    const ExportTable &m_table;
    qsizetype m_next = 0;
};

// The tables as streamed sheets; `sources` keeps the row sources alive.
QList<SheetSource> sheetSources(const QList<ExportTable> &tables,
                                std::vector<std::unique_ptr<TableRows>> &sources)
{
    QList<SheetSource> sheets;
    for (const ExportTable &t : tables) {
        sources.push_back(std::make_unique<TableRows>(t));
        sheets.append(SheetSource(t, *sources.back()));
    }
    return sheets;
}

QString libraryError(lxw_error err)
{
    return QString::fromUtf8(lxw_strerror(err));
}

Status writeXlsxFile(const QString &fileName, const QString &shownName,
                     const QList<SheetSource> &sheets)
{
    // Many rows: libxlsxwriter's constant-memory mode writes each row out as soon as the next
    // one starts, with inline strings instead of the shared-string table (which costs a lookup
    // per cell and keeps every cell in memory until the end). writeSheet() writes in row order,
    // the title merge first. Small workbooks keep the shared strings (smaller files).
    qsizetype rowCount = 0;
    for (const SheetSource &sheet : sheets) {
        const qsizetype n = sheet.rows->sizeHint();
        rowCount = n < 0 ? kConstantMemoryRows : rowCount + n;
        if (rowCount >= kConstantMemoryRows)
            break;
    }
    lxw_workbook_options options {};
    options.constant_memory = rowCount >= kConstantMemoryRows ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(nativePath(fileName).constData(), &options);
    if (!wb)
        return Error(
            QCoreApplication::translate(
                "Export", "Cannot create the workbook “%1”. Check that the folder can be written.")
                .arg(shownName));

    const Formats formats = makeFormats(wb);
    QStringList usedNames;
    lxw_error err = LXW_NO_ERROR;
    QString failure; // from a row source, or too many rows
    std::vector<std::unique_ptr<char[]>> buffers; // of the sheets' temporary files
    for (int i = 0; i < sheets.size() && !err && failure.isEmpty(); ++i) {
        const ExportLayout &t = *sheets.at(i).layout;
        const QString name = sanitizeSheetName(
            t.sheetName.isEmpty() ? QStringLiteral("Sheet%1").arg(i + 1) : t.sheetName, usedNames);
        usedNames.append(name);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws) {
            err = LXW_ERROR_PARAMETER_VALIDATION;
            break;
        }
        // Constant-memory mode writes the rows to a temporary file through stdio's 4 KB
        // buffer, and packs it from there: a megabyte per call instead (100,000 people are
        // 80 MB of XML). Nothing was written to the file yet, as setvbuf() requires; the
        // buffer outlives workbook_close(), which closes the file.
        if (ws->optimize_tmpfile) {
            buffers.push_back(std::make_unique<char[]>(kTemporaryFileBuffer));
            setvbuf(ws->optimize_tmpfile, buffers.back().get(), _IOFBF, kTemporaryFileBuffer);
        }
        err = writeSheet(ws, t, *sheets.at(i).rows, formats, &failure);
    }
    if (sheets.isEmpty())
        workbook_add_worksheet(wb, nullptr); // a workbook needs at least one sheet

    const lxw_error closeErr = workbook_close(wb); // also frees the workbook
    if (!failure.isEmpty())
        return Error(failure);
    if (closeErr == LXW_ERROR_CREATING_XLSX_FILE)
        return Error(
            QCoreApplication::translate(
                "Export",
                "Cannot save “%1”: the folder “%2” cannot be written. Choose another "
                "folder, such as Documents.")
                .arg(shownName, QDir::toNativeSeparators(QFileInfo(fileName).absolutePath())));
    if (err)
        return Error(QCoreApplication::translate("Export", "Cannot write the workbook “%1”: %2")
                         .arg(shownName, libraryError(err)));
    if (closeErr)
        return Error(QCoreApplication::translate("Export", "Cannot save the workbook “%1”: %2")
                         .arg(shownName, libraryError(closeErr)));
    return Status::success();
}

} // namespace

QString guardFormula(const QString &cell)
{
    return startsWithFormulaChar(cell) ? QLatin1Char('\'') + cell : cell;
}

QString sanitizeSheetName(const QString &name, const QStringList &usedNames)
{
    QString s;
    s.reserve(name.size());
    for (const QChar c : name) {
        switch (c.unicode()) {
        case '/':
        case '\\':
        case ':':
            s.append(QLatin1Char('-'));
            break;
        case '[':
            s.append(QLatin1Char('('));
            break;
        case ']':
            s.append(QLatin1Char(')'));
            break;
        case '*':
        case '?':
            break;
        default:
            s.append(c.unicode() < 0x20 ? QLatin1Char(' ') : c);
        }
    }
    s = text::clean(s);
    const auto trimApostrophes = [](QString &v) {
        while (v.startsWith(QLatin1Char('\'')))
            v.remove(0, 1);
        while (v.endsWith(QLatin1Char('\'')))
            v.chop(1);
        v = v.trimmed();
    };
    trimApostrophes(s);
    // "History" is reserved by Excel.
    if (s.isEmpty() || s.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        s = s.isEmpty() ? QStringLiteral("Sheet") : s + QStringLiteral(" 1");
    if (s.size() > kMaxSheetName) {
        s.truncate(kMaxSheetName);
        trimApostrophes(s);
    }

    const auto used = [&usedNames](const QString &candidate) {
        for (const QString &u : usedNames) {
            if (u.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!used(s))
        return s;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        QString base = s.left(kMaxSheetName - suffix.size());
        trimApostrophes(base);
        const QString candidate = base + suffix;
        if (!used(candidate))
            return candidate;
    }
}

Status writeCsv(QIODevice &out, const ExportTable &t)
{
    TableRows rows(t);
    return writeCsv(out, t, rows);
}

Status writeCsv(QIODevice &out, const ExportLayout &t, RowSource &rows)
{
    if (!out.isWritable())
        return Error(QCoreApplication::translate(
            "Export", "Cannot write the CSV file: it is not open for writing."));

    constexpr qsizetype kChunk = 1 << 20;
    QByteArray data;
    data.reserve(kChunk + kChunk / 4);
    data.append("\xEF\xBB\xBF");
    const auto flush = [&out, &data]() -> Status {
        if (out.write(data) != data.size())
            return Error(QCoreApplication::translate(
                             "Export",
                             "Cannot write the CSV file: %1. Check that the disk is not full and "
                             "that the file is not open in another program.")
                             .arg(out.errorString()));
        data.resize(0); // keeps the capacity
        return {};
    };
    const QVarLengthArray<bool, 32> numeric = numericFlags(t);
    const auto appendRow = [&data, &numeric](const QStringList &cells, bool header) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                data.append(',');
            appendCsvField(data, cells.at(c), !header && c < numeric.size() && numeric[c]);
        }
        data.append("\r\n");
    };
    QStringList cells;
    for (const ExportColumn &col : t.columns)
        cells.append(col.header);
    appendRow(cells, true);
    while (rows.next(cells)) {
        appendRow(cells, false);
        if (data.size() >= kChunk) {
            if (Status s = flush(); !s)
                return s;
        }
    }
    if (const QString e = rows.error(); !e.isEmpty())
        return Error(e);
    return flush();
}

Status writeXlsx(const QString &path, const QList<ExportTable> &sheets)
{
    std::vector<std::unique_ptr<TableRows>> sources;
    return writeXlsx(path, sheetSources(sheets, sources));
}

Status writeXlsx(const QString &path, const QList<SheetSource> &sheets)
{
    const QFileInfo target(path);
    const QString shownName = target.fileName();
    const QDir folder = target.absoluteDir();

    for (const SheetSource &sheet : sheets) {
        if (sheet.rows->sizeHint() + 2 > kMaxRows)
            return Error(tooManyRows(*sheet.layout));
        if (sheet.layout->columns.size() > kMaxColumns)
            return Error(tooManyColumns(*sheet.layout));
    }
    if (!folder.exists())
        return Error(QCoreApplication::translate(
                         "Export", "Cannot save “%1”: the folder “%2” does not exist.")
                         .arg(shownName, QDir::toNativeSeparators(folder.absolutePath())));
    if (target.isDir())
        return Error(
            QCoreApplication::translate("Export", "Cannot save “%1”: a folder has that name.")
                .arg(shownName));
    if (target.exists()) {
        // Excel keeps the files it has open locked against writing (on Windows).
        QFile existing(target.absoluteFilePath());
        if (!existing.open(QIODevice::ReadWrite))
            return Error(QCoreApplication::translate(
                             "Export",
                             "Cannot replace “%1”: the file is open in another program (such as "
                             "Excel) or is read-only. Close it and export again, or choose "
                             "another name.")
                             .arg(shownName));
    }

    // A unique name in the same folder, so that the final rename stays on one file system and
    // replaces the target in one step. libxlsxwriter creates the file itself (with the usual
    // permissions), so only the name is chosen here.
    const QString tempName = folder.absoluteFilePath(
        QStringLiteral(".~dd-export-%1.xlsx")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));

    const Status written = writeXlsxFile(tempName, shownName, sheets);
    if (!written.ok()) {
        QFile::remove(tempName);
        return written;
    }
    if (target.exists())
        QFile::setPermissions(tempName, QFile::permissions(target.absoluteFilePath()));

    std::error_code ec;
    std::filesystem::rename(QFileInfo(tempName).filesystemAbsoluteFilePath(),
                            target.filesystemAbsoluteFilePath(), ec);
    if (ec) {
        QFile::remove(tempName);
        const bool excelLock
            = QFileInfo::exists(folder.absoluteFilePath(QStringLiteral("~$") + shownName));
        if (excelLock)
            return Error(QCoreApplication::translate(
                             "Export",
                             "Cannot replace “%1”: the file is open in Excel. Close it and export "
                             "again, or choose another name.")
                             .arg(shownName));
        return Error(QCoreApplication::translate(
                         "Export",
                         "Cannot replace “%1”: %2. Close any program that has the file open and "
                         "export again, or choose another name.")
                         .arg(shownName, QString::fromLocal8Bit(ec.message().c_str())));
    }
    return Status::success();
}

Status writeXlsx(QIODevice &out, const QList<ExportTable> &sheets)
{
    std::vector<std::unique_ptr<TableRows>> sources;
    return writeXlsx(out, sheetSources(sheets, sources));
}

Status writeXlsx(QIODevice &out, const QList<SheetSource> &sheets)
{
    if (!out.isWritable())
        return Error(QCoreApplication::translate(
            "Export", "Cannot write the workbook: it is not open for writing."));
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(QCoreApplication::translate(
                         "Export", "Cannot create a temporary folder for the workbook: %1")
                         .arg(dir.errorString()));
    const QString fileName = dir.filePath(QStringLiteral("export.xlsx"));
    const Status written = writeXlsx(fileName, sheets);
    if (!written.ok())
        return written;
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Export", "Cannot read back the workbook: %1")
                         .arg(f.errorString()));
    // In pieces: a workbook of 100,000 rows is several megabytes.
    QByteArray data(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(data.data(), data.size());
        if (n < 0)
            return Error(QCoreApplication::translate("Export", "Cannot read back the workbook: %1")
                             .arg(f.errorString()));
        if (n == 0)
            break;
        if (out.write(data.constData(), n) != n)
            return Error(QCoreApplication::translate("Export", "Cannot write the workbook: %1")
                             .arg(out.errorString()));
    }
    return Status::success();
}

} // namespace dd::io
