// dialoguedesk-icons SVG OUTDIR SIZE…: renders the program's icon into the PNG sizes of the
// hicolor icon theme (OUTDIR/hicolor/NxN/apps/dialoguedesk.png) at build time, with Qt's own
// SVG plugin, so that no image is kept twice in the repository.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: dialoguedesk-icons SVG OUTDIR SIZE...\n");
        return 2;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImageReader reader(args.at(1), "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        if (image.isNull() || image.size() != QSize(size, size)) {
            std::fprintf(stderr, "dialoguedesk-icons: %s: %s\n", qPrintable(args.at(1)),
                         qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = QStringLiteral("%1/hicolor/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString out = dir + QStringLiteral("/dialoguedesk.png");
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            std::fprintf(stderr, "dialoguedesk-icons: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
