#include "io/readlimits.h"

#include "io/zipreader.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dd::io {

namespace {

QString where(const QString &file, const QString &sheet)
{
    return sheet.isEmpty()
        ? fileLabel(file)
        : QCoreApplication::translate("Import", "The sheet “%2” of the file “%1”")
              .arg(QFileInfo(file).fileName(), sheet);
}

} // namespace

Result<QByteArray> readImportFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    platform::FileRead file = platform::readRegularFile(path, kMaxImportFileBytes);
    switch (file.status) {
    case platform::FileRead::Status::Ok:
        return std::move(file.data);
    case platform::FileRead::Status::Missing:
        return Error(
            QCoreApplication::translate("Import", "The file “%1” does not exist.").arg(name));
    case platform::FileRead::Status::Directory:
        return Error(QCoreApplication::translate(
                         "Import", "“%1” is a folder, not a file. Choose the file inside it.")
                         .arg(name));
    case platform::FileRead::Status::NotRegular:
        return Error(QCoreApplication::translate(
                         "Import",
                         "“%1” is not an ordinary file (it is a device, a pipe or a socket) and "
                         "was not read. Choose a file saved on the disk.")
                         .arg(name));
    case platform::FileRead::Status::TooLarge:
        return Error(QCoreApplication::translate(
                         "Import",
                         "The file “%1” is larger than %2 MB, far larger than a list of "
                         "delegates or questions. Check that you chose the right file.")
                         .arg(name)
                         .arg(kMaxImportFileBytes / (1024 * 1024)));
    case platform::FileRead::Status::Unreadable:
        break;
    }
    return Error(QCoreApplication::translate("Import", "Could not read the file “%1”: %2.")
                     .arg(name, file.systemError));
}

QString fileLabel(const QString &file)
{
    return file.isEmpty()
        ? QCoreApplication::translate("Import", "The file")
        : QCoreApplication::translate("Import", "The file “%1”").arg(QFileInfo(file).fileName());
}

Error damagedFile(const QString &file, const QString &detail)
{
    return Error(QCoreApplication::translate("Import",
                                             "%1 is damaged: %2 Open it in Excel or LibreOffice, "
                                             "save it again and import the new file.")
                     .arg(fileLabel(file), detail));
}

QString columnName(qint64 column)
{
    QString letters;
    for (qint64 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((c - 1) % 26)));
    return letters;
}

QString cellName(qint64 row, qint64 column)
{
    return columnName(column) + QString::number(row + 1);
}

Error tooManyColumns(const QString &file, const QString &sheet, qint64 row, qint64 column)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1, row %2: a cell lies in column %L3 (%4), beyond the %L5 columns a list "
                     "can have. Delete the columns that are not part of the list, or copy the "
                     "list into a new file, and try again.")
                     .arg(where(file, sheet))
                     .arg(row + 1)
                     .arg(column + 1)
                     .arg(cellName(row, column))
                     .arg(kMaxColumns));
}

Error tooManyRows(const QString &file, const QString &sheet)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 has more than %L2 rows, more than a spreadsheet can hold. Delete the "
                     "rows that are not part of the list, or copy the list into a new file, and "
                     "try again.")
                     .arg(where(file, sheet))
                     .arg(kMaxRows));
}

Error tooManyCells(const QString &file, const QString &sheet)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 holds more than %L2 cells, far more than a list of delegates or "
                     "questions. Delete the rows and columns that are not part of the list, or "
                     "copy the list into a new file, and try again.")
                     .arg(where(file, sheet))
                     .arg(kMaxCells));
}

Error missingSharedString(const QString &file, const QString &sheet, qint64 row, qint64 column,
                          const QString &index, qsizetype count)
{
    return damagedFile(
        file,
        QCoreApplication::translate("Import",
                                    "cell %1 of the sheet “%2” refers to text number %3, but the "
                                    "file holds %L4.")
            .arg(cellName(row, column), sheet, index)
            .arg(count));
}

Error missingStyle(const QString &file, const QString &sheet, qint64 row, qint64 column,
                   const QString &index, qsizetype count)
{
    return damagedFile(
        file,
        QCoreApplication::translate("Import",
                                    "cell %1 of the sheet “%2” has style number %3, but the file "
                                    "defines %L4.")
            .arg(cellName(row, column), sheet, index)
            .arg(count));
}

Error unpacksTooLarge(const QString &file, qint64 limit)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 unpacks to more than %2 MB, more than can be read safely; it was not "
                     "imported. If it is a list you exported, export it as CSV (or one unit at "
                     "a time) and import that; otherwise split it into smaller files, or save "
                     "it as CSV in Excel or LibreOffice and import the CSV.")
                     .arg(fileLabel(file))
                     .arg(limit / (1024 * 1024)));
}

qint64 unpackedLimitFor(const QString &file)
{
    return file.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive) ? kMaxUnpackedOdsBytes
                                                                     : kMaxUnpackedBytes;
}

QString importRefusalWarning(const QString &path)
{
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<ZipReader> zip = ZipReader::open(file.readAll(), unpackedLimitFor(path), path);
    if (!zip)
        return {};
    qint64 unpacked = 0;
    for (const ZipReader::Entry &e : zip->entries())
        unpacked += e.uncompressedSize;
    const qint64 limit = unpackedLimitFor(path);
    if (unpacked <= limit)
        return {};
    return QCoreApplication::translate(
               "Import",
               "Warning: %1 unpacks to %2 MB, more than the %3 MB an import reads, so importing "
               "it into an event will be refused. To move this list to another event, export it "
               "as CSV (or one unit at a time) instead.")
        .arg(fileLabel(path))
        .arg(unpacked / (1024 * 1024))
        .arg(limit / (1024 * 1024));
}

} // namespace dd::io
