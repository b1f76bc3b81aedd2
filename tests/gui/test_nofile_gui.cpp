// A data file that cannot be opened (not a data file, or saved by a newer version): the clerk
// is told why in Vietnamese, the file is left as it was, and once the message is closed the
// window still says why and offers the two ways on, instead of a bare line naming menus.
#include "support/guisupport.h"

#include "storage/database.h"
#include "util/language.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>

using namespace dd;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A file that cannot be opened is named on the page with Open and New, and is not changed",
          "[gui][files]")
{
    installLanguage(QStringLiteral("vi"));
    QTemporaryDir dir;
    QSettings().clear();
    const QString notData = dir.filePath(QStringLiteral("danh-sach.sqlite"));
    {
        QFile f(notData);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("STT,Họ và tên\n1,Nguyễn Văn An\n");
    }
    const QString newer = dir.filePath(QStringLiteral("ban-moi.sqlite"));
    {
        REQUIRE(Database::open(newer).database);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("nofile-raw"));
            raw.setDatabaseName(newer);
            REQUIRE(raw.open());
            QSqlQuery(raw).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nofile-raw"));
    }

    for (const QString &path : { notData, newer }) {
        INFO(path.toStdString());
        const QByteArray before = hashOf(path);
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QString message;
        testsupport::whenMessageBoxOpens([&message](QMessageBox *box) {
            message = box->text();
            box->close();
        });
        CHECK_FALSE(window.openFile(path));
        QTest::qWait(20);
        // The message is in Vietnamese and says the file was not changed.
        INFO(message.toStdString());
        CHECK(message.contains(QFileInfo(path).fileName()));
        CHECK(message.contains(QStringLiteral("không bị thay đổi")));
        CHECK(hashOf(path) == before);
        CHECK(window.session() == nullptr);

        // After it, the page keeps the reason and shows the way on.
        auto *page = window.findChild<QWidget *>(QStringLiteral("noFilePage"));
        REQUIRE(page);
        CHECK(page->isVisible());
        auto *text = page->findChild<QLabel *>(QStringLiteral("welcomeText"));
        REQUIRE(text);
        CHECK(text->text() == message);
        CHECK(text->height() >= text->heightForWidth(text->width())); // read whole
        auto *open = page->findChild<QPushButton *>(QStringLiteral("openFileButton"));
        auto *create = page->findChild<QPushButton *>(QStringLiteral("newFileButton"));
        REQUIRE(open);
        REQUIRE(create);
        CHECK(open->isVisible());
        CHECK(create->isVisible());
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        CHECK(tabs->tabText(0) == QStringLiteral("Bắt đầu"));

        // A file that opens takes the page's place.
        REQUIRE(window.openFile(dir.filePath(QStringLiteral("moi.sqlite"))));
        CHECK(window.findChild<QWidget *>(QStringLiteral("noFilePage")) == nullptr);
        CHECK(window.findChild<QWidget *>(QStringLiteral("welcomePage")) != nullptr);
    }
    installLanguage(defaultLanguage());
}

TEST_CASE("An empty file open read-only says why no event can be created in it", "[gui][files]")
{
    installLanguage(QStringLiteral("vi"));
    QTemporaryDir dir;
    QSettings().clear();
    const QString path = dir.filePath(QStringLiteral("trong.sqlite"));
    // Another DialogueDesk holds the file: the window offers to open it read-only.
    auto other = Database::open(path);
    REQUIRE(other.database);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString asked;
    testsupport::whenMessageBoxOpens([&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(window.openFile(path));
    QTest::qWait(20);
    CHECK(asked.contains(QStringLiteral("trong.sqlite")));
    REQUIRE(window.session()->isReadOnly());
    auto *page = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    REQUIRE(page);
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("sampleButton"))->isEnabled());
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("newEventButton"))->isEnabled());
    CHECK(page->findChild<QPushButton *>(QStringLiteral("openFileButton"))->isEnabled());
    auto *text = page->findChild<QLabel *>(QStringLiteral("welcomeText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("chỉ đọc")));
    CHECK(text->height() >= text->heightForWidth(text->width()));
    installLanguage(defaultLanguage());
}
