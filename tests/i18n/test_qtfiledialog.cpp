// Qt's own file dialog (used where the system has no native one) showed "Folder" in its Type
// column in the Vietnamese window (branch qa2win): Qt ships no Vietnamese of its own.
#include "support/testsupport.h"

#include "util/language.h"

#include <QAbstractFileIconProvider>
#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE("The file dialog names a folder in Vietnamese", "[i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dd::installLanguage(QStringLiteral("vi")));
    const QAbstractFileIconProvider icons;
    CHECK(icons.type(QFileInfo(dir.path())) == QStringLiteral("Thư mục"));
    REQUIRE(dd::installLanguage(QStringLiteral("en")));
    CHECK(icons.type(QFileInfo(dir.path())) == QStringLiteral("Folder"));
}
