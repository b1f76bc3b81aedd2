// dialoguedesk-manpage LANGUAGE VERSION DATE OUTPUT: writes the manual page dialoguedesk(1) in
// LANGUAGE (vi or en) at build time, from the same command table as --help.
#include "cli/manpage.h"
#include "util/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: dialoguedesk-manpage vi|en VERSION DATE OUTPUT\n");
        return 2;
    }
    if (!dd::installLanguage(args.at(1))) {
        std::fprintf(stderr, "dialoguedesk-manpage: no translation for %s\n",
                     qPrintable(args.at(1)));
        return 1;
    }
    QFile file(args.at(4));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "dialoguedesk-manpage: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    file.write(dd::cli::manPage(args.at(2), args.at(3)).toUtf8());
    return file.flush() ? 0 : 1;
}
