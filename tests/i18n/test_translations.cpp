// The window is in Vietnamese by default: the translation must cover every message and be
// the one the program loads.
#include "support/testsupport.h"

#include "util/language.h"

#include <QCoreApplication>
#include <QRegularExpression>

TEST_CASE("The Vietnamese translation has no unfinished message", "[i18n]")
{
    const QString ts = QString::fromUtf8(testsupport::readFile(
        testsupport::fixture(QStringLiteral("../../translations/dialoguedesk_vi.ts"))));
    REQUIRE(ts.contains(QStringLiteral("<TS")));
    const int messages = int(ts.count(QStringLiteral("<message")));
    CHECK(messages > 500);
    CHECK(ts.count(QStringLiteral("type=\"unfinished\"")) == 0);
    CHECK(ts.count(QStringLiteral("<translation></translation>")) == 0);
    CHECK(ts == ts.normalized(QString::NormalizationForm_C));
}

TEST_CASE("Vietnamese is loaded by default and English can be chosen", "[i18n]")
{
    REQUIRE(dd::defaultLanguage() == QStringLiteral("vi"));
    REQUIRE(dd::installLanguage(QStringLiteral("vi")));
    CHECK(QCoreApplication::translate("Domain", "Plan 2: online")
          == QStringLiteral("Phương án 2: trực tuyến"));
    CHECK(QCoreApplication::translate("dd::MainWindow", "Attendees") == QStringLiteral("Đại biểu"));
    REQUIRE(dd::installLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("dd::MainWindow", "Attendees")
          == QStringLiteral("Attendees"));
}

TEST_CASE("Messages quote with curly quotes, not straight ones", "[i18n]")
{
    // Vietnamese (and the English source) quote words as “…”; a straight " is left only where
    // the message names that very character (the CSV reader's stray quotation mark).
    for (const char *file : { "dialoguedesk_vi.ts", "dialoguedesk_en.ts" }) {
        const QString ts = QString::fromUtf8(testsupport::readFile(
            testsupport::fixture(QStringLiteral("../../translations/") + QLatin1String(file))));
        REQUIRE(ts.count(QStringLiteral("<message")) > 500);
        QString rest = ts;
        rest.replace(QStringLiteral("(&quot;)"), QString());
        const QRegularExpression straight(
            QStringLiteral("<(source|translation|numerusform)>[^<]*&quot;[^<]*<"));
        const QRegularExpressionMatch m = straight.match(rest);
        INFO(file << ": " << m.captured(0).toStdString());
        CHECK_FALSE(m.hasMatch());
        CHECK(ts.count(QStringLiteral("“")) > 100);
    }
}
