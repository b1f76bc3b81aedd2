#include "support/testsupport.h"

#include "support/storesupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace testsupport {

QString fixture(const QString &relativePath)
{
    return QStringLiteral(DD_FIXTURES_DIR "/") + relativePath;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ProcessResult runApp(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DD_APP_EXE), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

static QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdfPath)
{
    return runTool(QStringLiteral("pdftotext"),
                   { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
}

QString pdfInfo(const QString &pdfPath)
{
    return runTool(QStringLiteral("pdfinfo"), { pdfPath });
}

QString pdfFonts(const QString &pdfPath)
{
    return runTool(QStringLiteral("pdffonts"), { pdfPath });
}

int pdfPageCount(const QString &pdfPath)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdfPath));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

SampleData::SampleData(const QString &fileName)
    : path(onServer() ? newServerDatabase() : dir.filePath(fileName))
{
    REQUIRE(run({ QStringLiteral("--sample"), QStringLiteral("check") }).exitCode == 0);
}

ProcessResult SampleData::run(const QStringList &args) const
{
    return runApp(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path }
        + args);
}

QStringList SampleData::list(const QString &what) const
{
    const ProcessResult r = run({ QStringLiteral("list"), what });
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace testsupport
