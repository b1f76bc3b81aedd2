// What reading .xls in a helper process costs (issue 15, point 1): io::readXlsFile, which runs
// dialoguedesk-xlsreader under limits and reads back what it writes, against the same cells
// read with libfreexl inside this process (the way it was done before, and what a damaged file
// can crash), in the same run. Prints both times per file and their ratio.
//
//   bench_xls [FILE.xls…]     default: the LibreOffice-saved fixture, a few dozen cells
#include "io/xlsreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <freexl.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// The reference: every cell's value as text, in this process (no formatting of dates).
qsizetype readInProcess(const QString &path)
{
    const void *handle = nullptr;
    if (freexl_open(QFile::encodeName(path).constData(), &handle) != FREEXL_OK)
        return -1;
    unsigned int sheets = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    std::vector<std::vector<QString>> rows;
    qsizetype cells = 0;
    for (unsigned int s = 0; s < sheets; ++s) {
        unsigned int rowCount = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle, (unsigned short)s) != FREEXL_OK
            || freexl_worksheet_dimensions(handle, &rowCount, &columns) != FREEXL_OK)
            continue;
        for (unsigned int r = 0; r < rowCount; ++r) {
            std::vector<QString> row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK)
                    continue;
                switch (v.type) {
                case FREEXL_CELL_INT:
                    row.push_back(QString::number(v.value.int_value));
                    break;
                case FREEXL_CELL_DOUBLE:
                    row.push_back(QString::number(v.value.double_value));
                    break;
                case FREEXL_CELL_NULL:
                    continue;
                default:
                    row.push_back(QString::fromUtf8(v.value.text_value));
                }
                ++cells;
            }
            rows.push_back(std::move(row));
        }
    }
    freexl_close(handle);
    return cells;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files << QStringLiteral(DD_FIXTURES_DIR "/import/delegates_lo.xls");
    std::printf("helper: %s\n", qPrintable(dd::io::xlsReaderProgram()));
    for (const QString &file : files) {
        const int runs = QFileInfo(file).size() > 1024 * 1024 ? 3 : 50;
        QElapsedTimer t;
        t.start();
        qsizetype referenceCells = 0;
        for (int i = 0; i < runs; ++i)
            referenceCells = readInProcess(file);
        const double inProcessMs = double(t.nsecsElapsed()) / 1e6 / runs;
        t.restart();
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            const Result<dd::io::Workbook> book = dd::io::readXlsFile(file);
            if (!book) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(book.error()));
                return 1;
            }
            rows = book->sheets.isEmpty() ? 0 : book->sheets.first().rowCount();
        }
        const double helperMs = double(t.nsecsElapsed()) / 1e6 / runs;
        std::printf("%s (%.1f MB, %lld cells, %lld rows): in process %.1f ms, helper process "
                    "%.1f ms (%.2fx, +%.1f ms a file)\n",
                    qPrintable(QFileInfo(file).fileName()), QFileInfo(file).size() / 1048576.0,
                    (long long)referenceCells, (long long)rows, inProcessMs, helperMs,
                    helperMs / inProcessMs, helperMs - inProcessMs);
    }
    return 0;
}
