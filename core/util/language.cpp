#include "util/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace dd {

QString defaultLanguage()
{
    return QStringLiteral("vi");
}

bool installLanguage(const QString &language)
{
    static std::unique_ptr<QTranslator> app;
    static std::unique_ptr<QTranslator> qt;
    if (app)
        QCoreApplication::removeTranslator(app.get());
    if (qt)
        QCoreApplication::removeTranslator(qt.get());
    app.reset();
    qt.reset();
    if (language == QLatin1String("en"))
        return true; // the source strings are English

    app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/dialoguedesk_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(app.get());
    // Qt's own dialogs and buttons (QDialogButtonBox, QFileDialog) in the same language.
    qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return ok;
}

} // namespace dd
