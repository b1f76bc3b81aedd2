#include "io/xlsreader.h"

#include "io/xlsxnumberformat.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

#include <cmath>

namespace dd::io {

namespace {

struct FreexlHandle
{
    const void *handle = nullptr;
    ~FreexlHandle()
    {
        if (handle)
            freexl_close(handle);
    }
};

// freexl gives dates as "YYYY-MM-DD", date-times as "YYYY-MM-DD HH:MM:SS".
QString freexlDate(const char *text, bool withTime)
{
    const QString s = QString::fromUtf8(text);
    const QDate d = QDate::fromString(s.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return s;
    QString out = XlsxNumberFormat::date(d);
    if (withTime && s.size() > 11 && !s.mid(11).startsWith(QLatin1String("00:00:00")))
        out += u' ' + s.mid(11, 5);
    return out;
}

} // namespace

Result<Workbook> readXlsFile(const QString &path)
{
    FreexlHandle xls;
    const int rc = freexl_open(QFile::encodeName(path).constData(), &xls.handle);
    if (rc != FREEXL_OK) {
        if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
            return Error(QCoreApplication::translate(
                "Import",
                "The file is an Office document but holds no Excel workbook. Check "
                "that you chose the right file, or save it from Excel as XLSX."));
        return Error(QCoreApplication::translate(
                         "Import",
                         "The file is damaged: it cannot be read as an Excel 97-2003 "
                         "workbook (error %1). Open it in Excel or LibreOffice, save "
                         "it as XLSX and import that file.")
                         .arg(rc));
    }
    unsigned int password = 0;
    if (freexl_get_info(xls.handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED)
        return Error(QCoreApplication::translate(
            "Import",
            "The file is protected with a password. Open it in Excel or LibreOffice, "
            "save a copy without a password and import that copy."));
    unsigned int sheetCount = 0;
    freexl_get_info(xls.handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    Workbook book;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        Sheet sheet;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(xls.handle, s, &name) == FREEXL_OK && name)
            sheet.name = QString::fromUtf8(name);
        if (freexl_select_active_worksheet(xls.handle, s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(xls.handle, &rows, &columns) != FREEXL_OK)
            continue;
        if (qint64(rows) * columns > 20'000'000)
            return Error(QCoreApplication::translate(
                             "Import",
                             "The sheet \"%1\" is far too large for a list of delegates (%2 rows). "
                             "Delete the unused rows and columns and try again.")
                             .arg(sheet.name)
                             .arg(rows));
        int usedRows = 0;
        int usedColumns = 0;
        for (unsigned int r = 0; r < rows; ++r) {
            QStringList row;
            row.reserve(columns);
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                QString text;
                if (freexl_get_cell_value(xls.handle, r, c, &v) == FREEXL_OK) {
                    switch (v.type) {
                    case FREEXL_CELL_INT:
                        text = QString::number(v.value.int_value);
                        break;
                    case FREEXL_CELL_DOUBLE:
                        text = XlsxNumberFormat::general(v.value.double_value);
                        break;
                    case FREEXL_CELL_TEXT:
                    case FREEXL_CELL_SST_TEXT:
                        text = text::nfc(QString::fromUtf8(v.value.text_value));
                        break;
                    case FREEXL_CELL_DATE:
                        text = freexlDate(v.value.text_value, false);
                        break;
                    case FREEXL_CELL_DATETIME:
                        text = freexlDate(v.value.text_value, true);
                        break;
                    case FREEXL_CELL_TIME:
                        text = QString::fromUtf8(v.value.text_value).left(5);
                        break;
                    default:
                        break;
                    }
                }
                if (!text.isEmpty()) {
                    usedRows = int(r) + 1;
                    usedColumns = std::max(usedColumns, int(c) + 1);
                }
                row.append(text);
            }
            sheet.rows.append(row);
        }
        sheet.rows.resize(usedRows);
        for (QStringList &row : sheet.rows)
            row.resize(usedColumns);
        book.sheets.append(sheet);
    }
    return book;
}

} // namespace dd::io
