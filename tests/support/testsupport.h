#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Catch2 prints QString values in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace testsupport {

QString fixture(const QString &relativePath);
QByteArray readFile(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built dialoguedesk executable with the given arguments (headless).
ProcessResult runApp(const QStringList &args, const QByteArray &stdinData = {});

// A data file holding the sample event in a temporary folder (for the [stores] cases on
// PostgreSQL, a new server database), and the program run on it in English, for the
// command-line tests.
struct SampleData
{
    QTemporaryDir dir;
    QString path;
    explicit SampleData(const QString &fileName = QStringLiteral("sample.sqlite"));
    ProcessResult run(const QStringList &args) const;
    // `list WHAT`: its lines, the header first.
    QStringList list(const QString &what) const;
};

// pdfinfo/pdftotext/pdffonts from poppler-utils.
QString pdfText(const QString &pdfPath);
QString pdfInfo(const QString &pdfPath);
QString pdfFonts(const QString &pdfPath);
int pdfPageCount(const QString &pdfPath);

} // namespace testsupport
