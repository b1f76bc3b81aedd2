#include "util/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
    // Dates, numbers and month names follow the language of the window, not the system's
    // region (many office PCs in Vietnam run an English one): dd/MM/yyyy in both.
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                            : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
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
