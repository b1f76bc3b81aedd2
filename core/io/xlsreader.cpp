#include "io/xlsreader.h"

#include "io/readlimits.h"
#include "io/xlsxnumberformat.h"

#include "text/vietnamese.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <freexl.h>

#include <vector>

namespace dd::io {

namespace {

// The helper's limits: far above what a real workbook needs (a 10 MB .xls is read in well
// under a second with less than 100 MB), far below what would hurt the machine.
constexpr qint64 kHelperMemory = 448ll * 1024 * 1024;
constexpr int kHelperCpuSeconds = 20;
constexpr int kHelperWallMilliseconds = 30'000;
constexpr qint64 kHelperMaxOutput = 256ll * 1024 * 1024;

QString label(const QString &fileName)
{
    return QFileInfo(fileName).fileName();
}

Error saveAsXlsx(const QString &fileName, const QString &why)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "The file “%1” cannot be read as an Excel 97-2003 workbook: %2. Open it in "
                     "Excel or LibreOffice, save it as XLSX and import that file.")
                     .arg(label(fileName), why));
}

// freexl gives dates as "YYYY-MM-DD", date-times as "YYYY-MM-DD HH:MM:SS".
QString freexlDate(const QString &s, bool withTime)
{
    const QDate d = QDate::fromString(s.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return s;
    QString out = XlsxNumberFormat::date(d);
    if (withTime && s.size() > 11 && !s.mid(11).startsWith(QLatin1String("00:00:00")))
        out += u' ' + s.mid(11, 5);
    return out;
}

// "%XX" back to the byte; anything malformed is kept as it is.
QByteArray unescape(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            bool ok = false;
            const int byte = QByteArray(s.sliced(i + 1, 2).data(), 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(s[i]);
    }
    return out;
}

QString errorOfFreexl(int code, const QString &fileName)
{
    if (code == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
        return QCoreApplication::translate(
                   "Import",
                   "The file “%1” is an Office document but holds no Excel workbook. Check that "
                   "you chose the right file, or save it from Excel as XLSX.")
            .arg(label(fileName));
    if (code == FREEXL_INSUFFICIENT_MEMORY)
        return saveAsXlsx(fileName,
                          QCoreApplication::translate("Import",
                                                      "it declares sheets far larger than a list"))
            .message();
    return saveAsXlsx(fileName,
                      QCoreApplication::translate("Import", "it is damaged (error %1)").arg(code))
        .message();
}

// Reads what the helper wrote (io/worker/xlsreadermain.cpp), as untrusted as the file itself.
Result<Workbook> parseHelperOutput(const QByteArray &output, const QString &fileName)
{
    const auto damaged = [&] {
        return saveAsXlsx(
            fileName,
            QCoreApplication::translate("Import", "it is damaged (the reader stopped on it)"));
    };
    Workbook book;
    std::vector<QStringList> rows; // of the sheet being read
    Sheet sheet;
    bool inSheet = false;
    qsizetype cells = 0;
    const auto finishSheet = [&] {
        if (!inSheet)
            return;
        sheet.rows.reserve(qsizetype(rows.size()));
        for (QStringList &row : rows)
            sheet.rows.append(std::move(row));
        rows.clear();
        while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
            sheet.rows.removeLast();
        // freexl 1.0 says nothing of hidden rows, columns or sheets.
        sheet.visibilityKnown = false;
        book.sheets.append(std::move(sheet));
        sheet = Sheet();
    };
    qsizetype at = 0;
    bool first = true;
    while (at < output.size()) {
        qsizetype end = output.indexOf('\n', at);
        if (end < 0)
            return damaged(); // cut off in the middle of a line
        QByteArrayView line(output.constData() + at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            if (line != "DDXLS 1")
                return damaged();
            first = false;
            continue;
        }
        const QList<QByteArrayView> fields = [&] {
            QList<QByteArrayView> out;
            qsizetype from = 0;
            for (qsizetype i = 0; i <= line.size(); ++i)
                if (i == line.size() || line[i] == '\t') {
                    out.append(line.sliced(from, i - from));
                    from = i + 1;
                }
            return out;
        }();
        const QByteArrayView kind = fields.value(0);
        if (kind == "Z") {
            finishSheet();
            return book;
        }
        if (kind == "P")
            return Error(QCoreApplication::translate(
                             "Import",
                             "The file “%1” is protected with a password. Open it in Excel or "
                             "LibreOffice, save a copy without a password and import that copy.")
                             .arg(label(fileName)));
        if (kind == "E" && fields.size() == 2) {
            bool ok = false;
            const int code = fields[1].toInt(&ok);
            return Error(errorOfFreexl(ok ? code : -1, fileName));
        }
        if (kind == "S" && fields.size() == 4) {
            finishSheet();
            inSheet = true;
            sheet.name = text::nfc(QString::fromUtf8(unescape(fields[3])));
            bool ok = false;
            const qint64 declaredRows = fields[1].toLongLong(&ok);
            if (!ok)
                return damaged();
            if (declaredRows > kMaxRows)
                return tooManyRows(fileName, sheet.name);
            continue;
        }
        if (kind == "C" && fields.size() == 5 && inSheet && fields[3].size() == 1) {
            bool rowOk = false;
            bool columnOk = false;
            const qint64 row = fields[1].toLongLong(&rowOk);
            const qint64 column = fields[2].toLongLong(&columnOk);
            if (!rowOk || !columnOk || row < 0 || column < 0)
                return damaged();
            if (row >= kMaxRows)
                return tooManyRows(fileName, sheet.name);
            if (column >= kMaxColumns)
                return tooManyColumns(fileName, sheet.name, row, column);
            QString text;
            const QByteArrayView value = fields[4];
            switch (fields[3][0]) {
            case 'I':
                text = QString::fromLatin1(value);
                break;
            case 'D': {
                bool ok = false;
                const double number = QByteArray(value.data(), value.size()).toDouble(&ok);
                if (!ok)
                    return damaged();
                text = XlsxNumberFormat::general(number);
                break;
            }
            case 'T':
                text = text::nfc(QString::fromUtf8(unescape(value)));
                break;
            case 'd':
                text = freexlDate(QString::fromUtf8(unescape(value)), false);
                break;
            case 't':
                text = freexlDate(QString::fromUtf8(unescape(value)), true);
                break;
            case 'h':
                text = QString::fromUtf8(unescape(value)).left(5);
                break;
            default:
                return damaged();
            }
            if (text.isEmpty())
                continue;
            if (size_t(row) >= rows.size())
                rows.resize(size_t(row) + 1);
            QStringList &cellsOfRow = rows[size_t(row)];
            if (column >= cellsOfRow.size()) {
                cells += column + 1 - cellsOfRow.size();
                if (cells > kMaxCells)
                    return tooManyCells(fileName, sheet.name);
                cellsOfRow.resize(column + 1);
            }
            cellsOfRow[column] = std::move(text);
            continue;
        }
        return damaged();
    }
    return damaged(); // no end mark: the helper stopped before it was done
}

} // namespace

QString xlsReaderProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("dialoguedesk-xlsreader.exe");
#else
    const QString name = QStringLiteral("dialoguedesk-xlsreader");
#endif
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
#ifdef DD_XLS_READER_BUILD_PATH
    return QStringLiteral(DD_XLS_READER_BUILD_PATH);
#else
    return name;
#endif
}

Result<Workbook> readXlsFile(const QString &path, const QString &fileName)
{
    const QString name = fileName.isEmpty() ? path : fileName;
    platform::ChildLimits limits;
    limits.memoryBytes = kHelperMemory;
    limits.cpuSeconds = kHelperCpuSeconds;
    limits.wallMilliseconds = kHelperWallMilliseconds;
    limits.maxOutputBytes = kHelperMaxOutput;
    const platform::ChildRun run = platform::runLimited(xlsReaderProgram(), { path }, limits);
    switch (run.end) {
    case platform::ChildRun::End::Exited:
        if (run.exitCode != 0)
            break;
        return parseHelperOutput(run.output, name);
    case platform::ChildRun::End::Crashed:
        break;
    case platform::ChildRun::End::TimedOut:
        return saveAsXlsx(
            name,
            QCoreApplication::translate("Import", "reading it took more than %1 seconds")
                .arg(kHelperWallMilliseconds / 1000));
    case platform::ChildRun::End::OutputTooLarge:
        return tooManyCells(name, QString());
    case platform::ChildRun::End::NotStarted:
        return saveAsXlsx(
            name,
            QCoreApplication::translate("Import",
                                        "the program that reads such files (%1) could not "
                                        "be started; it belongs beside DialogueDesk")
                .arg(QFileInfo(xlsReaderProgram()).fileName()));
    }
    return saveAsXlsx(
        name, QCoreApplication::translate("Import", "it is damaged (the reader stopped on it)"));
}

} // namespace dd::io
