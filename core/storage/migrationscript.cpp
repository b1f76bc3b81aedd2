#include "storage/migrationscript.h"

#include <QDir>
#include <QFile>

namespace dd {

QByteArray migrationScript(int version, bool server)
{
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    QStringList folders { QStringLiteral(":/migrations") };
    if (server)
        folders.prepend(QStringLiteral(":/migrations/postgresql"));
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
            if (name.startsWith(prefix)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    return f.readAll();
            }
        }
    }
    return {};
}

} // namespace dd
