#include "io/spreadsheetreader.h"

#include "io/odspackage.h"
#include "io/orcusreader.h"
#include "io/readlimits.h"
#include "io/xlsreader.h"
#include "io/xlsxpackage.h"
#include "io/zipreader.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace dd::io {

namespace {

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
    return Error(
        QCoreApplication::translate("Import",
                                    "The file “%1” is not a spreadsheet that DialogueDesk can read "
                                    "(it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or "
                                    "LibreOffice and save it as XLSX or CSV.")
            .arg(QFileInfo(fileName).fileName()));
}

Error emptyWorkbook(const QString &fileName)
{
    return Error(QCoreApplication::translate(
                     "Import", "%1 holds no sheet with data. Check that you chose the right file.")
                     .arg(fileLabel(fileName)));
}

Result<Workbook> readXlsBytes(const QByteArray &bytes, const QString &fileName)
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
    return readXlsFile(file.fileName(), fileName);
}

} // namespace

Result<Workbook> detail::readWithOrcusUnpatched(const QByteArray &package, SpreadsheetFormat format)
{
    return readWithOrcus(package, format, QString());
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
    Result<QByteArray> bytes = readImportFile(path);
    if (!bytes)
        return Error(bytes.error());
    return readSpreadsheet(*bytes, path, csv);
}

Result<Workbook> readSpreadsheet(const QByteArray &bytes, const QString &fileNameHint,
                                 const CsvOptions &csv)
{
    if (bytes.isEmpty())
        return Error(
            QCoreApplication::translate("Import",
                                        "The file “%1” is empty. Check that you chose the right "
                                        "file and that it was saved completely.")
                .arg(QFileInfo(fileNameHint).fileName()));
    if (bytes.size() > kMaxImportFileBytes)
        return Error(QCoreApplication::translate(
                         "Import",
                         "The file “%1” is larger than %2 MB, far larger than a list of "
                         "delegates or questions. Check that you chose the right file.")
                         .arg(QFileInfo(fileNameHint).fileName())
                         .arg(kMaxImportFileBytes / (1024 * 1024)));
    if (isEncryptedOoxml(bytes))
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 is protected with a password. Open it in Excel, save a copy "
                         "without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with "
                         "Password, then clear the password) and import that copy.")
                         .arg(fileLabel(fileNameHint)));

    SpreadsheetFormat format = detectFormat(bytes, fileNameHint);
    if (format == SpreadsheetFormat::Unknown && !isZip(bytes) && !isCompoundFile(bytes)) {
        QByteArray start = bytes.left(512);
        if (start.startsWith("\xEF\xBB\xBF"))
            start.remove(0, 3);
        if (start.trimmed().startsWith('<'))
            return Error(QCoreApplication::translate(
                             "Import",
                             "The file “%1” is a web page or XML document, not a "
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
        Result<Sheet> sheet = readCsv(bytes, csv, nullptr, fileNameHint);
        if (!sheet)
            return Error(sheet.error());
        sheet->name = QFileInfo(fileNameHint).completeBaseName();
        Workbook book;
        book.sheets.append(std::move(sheet).value());
        return book;
    }
    case SpreadsheetFormat::Xlsx: {
        QHash<QString, SheetState> states;
        Result<QByteArray> package = normalizeXlsxPackage(bytes, fileNameHint, &states);
        if (!package)
            return Error(package.error());
        Result<Workbook> book = readWithOrcus(*package, format, fileNameHint);
        if (book && book->sheets.isEmpty())
            return emptyWorkbook(fileNameHint);
        if (book)
            for (Sheet &sheet : book->sheets)
                sheet.state = states.value(sheet.name, SheetState::Visible);
        return book;
    }
    case SpreadsheetFormat::Ods: {
        Result<OdsPackage> package = normalizeOdsPackage(bytes, fileNameHint);
        if (!package)
            return Error(package.error());
        Result<Workbook> book = readWithOrcus(package->zip, format, fileNameHint);
        if (!book)
            return book;
        if (book->sheets.isEmpty())
            return emptyWorkbook(fileNameHint);
        for (qsizetype i = 0; i < book->sheets.size() && i < package->tables.size(); ++i) {
            Sheet &sheet = book->sheets[i];
            const OdsTable &table = package->tables.at(i);
            sheet.merges = table.merges;
            sheet.state = table.hidden ? SheetState::Hidden : SheetState::Visible;
            for (const auto &[from, to] : table.hiddenRows)
                for (int r = from; r < to && r < sheet.rowCount(); ++r)
                    sheet.hiddenRows.append(r);
            sheet.hiddenColumns = table.hiddenColumns;
        }
        return book;
    }
    case SpreadsheetFormat::Xls:
        return readXlsBytes(bytes, fileNameHint);
    case SpreadsheetFormat::Unknown:
        break;
    }
    return notASpreadsheet(fileNameHint);
}

} // namespace dd::io
