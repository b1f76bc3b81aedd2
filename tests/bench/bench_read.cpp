// How much time and memory reading a file takes (issue 15, point 8): each file is read with
// io::readSpreadsheet (CSV, XLSX, ODS, XLS) or io::readEmail (.eml), as the importers read
// them, in a child process of its own, so that the peak memory printed is that one read's. No
// reference tool: the figure is checked against the bound the issue sets, 500 MB for any
// accepted file of up to 20 MB.
//
//   bench_read FILE…            one line per file: size, rows or the message, time, peak memory
//   bench_read --child FILE     (internal) read one file and report
#include "io/emailreader.h"
#include "io/spreadsheetreader.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

namespace {

int child(const QString &path)
{
    QElapsedTimer t;
    t.start();
    QString outcome;
    if (path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)) {
        const Result<dd::io::EmailMessage> mail = dd::io::readEmail(path);
        outcome
            = mail ? QStringLiteral("%1 characters of text").arg(mail->body.size()) : mail.error();
    } else {
        const Result<dd::io::Workbook> book = dd::io::readSpreadsheet(path);
        if (book) {
            qsizetype rows = 0;
            qsizetype cells = 0;
            for (const dd::io::Sheet &sheet : book->sheets) {
                rows += sheet.rowCount();
                for (const QStringList &row : sheet.rows)
                    cells += row.size();
            }
            outcome = QStringLiteral("%1 rows, %2 cells").arg(rows).arg(cells);
        } else {
            outcome = book.error();
        }
    }
    std::printf("%.2f s, peak %.0f MB: %s\n", t.nsecsElapsed() / 1e9,
                dd::platform::peakMemoryBytes() / 1048576.0, qPrintable(outcome.left(160)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.first() == u"--child")
        return child(args.at(1));
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_read FILE…\n");
        return 2;
    }
    for (const QString &file : args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(app.applicationFilePath(), { QStringLiteral("--child"), file });
        p.waitForFinished(-1);
        std::printf("%s (%.1f MB): %s", qPrintable(QFileInfo(file).fileName()),
                    QFileInfo(file).size() / 1048576.0,
                    p.exitStatus() == QProcess::NormalExit ? p.readAllStandardOutput().constData()
                                                           : "the reader crashed\n");
        std::fflush(stdout);
    }
    return 0;
}
