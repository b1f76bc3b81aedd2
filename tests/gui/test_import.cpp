// Import through the window: open a district's Excel list, see the preview, press Import,
// and take it back with Edit ▸ Undo.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "pages/attendeespage.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace dd;

namespace {

struct ImportFixture
{
    QTemporaryDir dir;
    MainWindow window;
    ImportFixture()
    {
        QSettings().clear();
        REQUIRE(window.openFile(dir.filePath(QStringLiteral("import.sqlite"))));
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::AttendeesTab);
    }

    // Opens the dialog on a fixture and waits for its preview.
    ImportDialog *open(const QString &fixture)
    {
        auto *page = window.findChild<AttendeesPage *>(QStringLiteral("attendeesPage"));
        REQUIRE(page);
        page->importFile(testsupport::fixture(QStringLiteral("import/") + fixture));
        auto *dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
        REQUIRE(dialog);
        QSignalSpy ready(dialog, &ImportDialog::previewReady);
        REQUIRE((ready.count() > 0 || ready.wait(20000)));
        // A first preview may be followed by one for the guessed sending unit.
        while (dialog->isBusy())
            REQUIRE(ready.wait(20000));
        return dialog;
    }

    int tableRows()
    {
        return window.findChild<QTableView *>(QStringLiteral("attendeeTable"))->model()->rowCount();
    }
};

} // namespace

TEST_CASE("Importing an Excel list from the window is one undo step", "[gui][import]")
{
    ImportFixture f;
    const int before = f.tableRows();
    ImportDialog *dialog = f.open(QStringLiteral("delegates_excel.xlsx"));
    auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
    REQUIRE(preview);
    CHECK(preview->model()->rowCount() == 12);
    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    REQUIRE(mapping);
    CHECK(mapping->columnCount() == 9);
    CHECK(mapping->horizontalHeaderItem(2)->text() == QStringLiteral("Năm sinh Nam"));
    // The title row names the district union: it is proposed as the sender.
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QStringLiteral("Huyện đoàn Dương Minh Châu"));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))
              ->text()
              .startsWith(QStringLiteral("12")));
    testsupport::shoot(dialog, QStringLiteral("import-dialog"));

    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    REQUIRE(import);
    REQUIRE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    CHECK(f.tableRows() == before + 12);

    auto *undo = f.window.findChild<QAction *>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK(undo->text().contains(QStringLiteral("12")));
    undo->trigger();
    CHECK(f.tableRows() == before);
    CHECK(f.window.session()->units().findByName(QStringLiteral("Xã Phước Ninh")) == std::nullopt);
}

TEST_CASE("Changing the mapping and the encoding rebuilds the preview", "[gui][import]")
{
    ImportFixture f;
    ImportDialog *dialog = f.open(QStringLiteral("delegates_cp1258.csv"));
    CHECK(dialog->preview().rows.value(0).attendee.fullName() == QStringLiteral("Nguyễn Văn An"));
    QSignalSpy ready(dialog, &ImportDialog::previewReady);

    // Read as UTF-8 the names come out garbled; back to automatic detection they are right.
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    encoding->setCurrentIndex(encoding->findData(int(io::TextEncoding::Windows1258)));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->preview().rows.value(0).attendee.fullName() == QStringLiteral("Nguyễn Văn An"));

    // The user says the unit column is not to be read: no unknown units any more.
    CHECK_FALSE(dialog->preview().unknownUnits.isEmpty());
    ready.clear();
    auto *unitColumn = dialog->findChild<QComboBox *>(QStringLiteral("mappingCombo5"));
    REQUIRE(unitColumn);
    unitColumn->setCurrentIndex(unitColumn->findData(int(import::Field::Ignore)));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->preview().unknownUnits.isEmpty());
    dialog->reject();
}

TEST_CASE("A file that cannot be read shows why and changes nothing", "[gui][import]")
{
    ImportFixture f;
    const int before = f.tableRows();
    ImportDialog *dialog = f.open(QStringLiteral("truncated.xlsx"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("importMessage"));
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    dialog->reject();
    CHECK(f.tableRows() == before);
    CHECK(f.window.session()->undoStack()->count() == 0);
}

TEST_CASE("A file that is no clean text asks for its encoding, and read in it shows the "
          "problem of each row",
          "[gui][import][hostile]")
{
    ImportFixture f;
    const int before = f.tableRows();
    // Control characters in one name: as detected (UTF-8) the file is not readable.
    ImportDialog *dialog = f.open(QStringLiteral("../hostile/names_not_names.csv"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("importMessage"));
    CHECK(message->text().contains(QStringLiteral("names_not_names.csv")));
    CHECK(message->text().contains(QStringLiteral("UTF-8")));
    CHECK(message->text().contains(QStringLiteral("U+0001")));
    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    CHECK_FALSE(import->isEnabled());
    testsupport::shoot(dialog, QStringLiteral("import-not-readable"));

    // The user says it is UTF-8: the rows are read, each name that is no name refused on its
    // row, and only Võ Thị Sáu can be imported.
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    encoding->setCurrentIndex(encoding->findData(int(io::TextEncoding::Utf8)));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    const import::ImportPreview &p = dialog->preview();
    REQUIRE(p.rows.size() == 7);
    for (int i = 0; i < 6; ++i) {
        INFO(p.rows.at(i).fileRow);
        CHECK(p.rows.at(i).blocked());
    }
    CHECK_FALSE(p.rows.at(6).blocked());
    CHECK(p.rows.at(6).attendee.fullName() == QStringLiteral("Võ Thị Sáu"));
    CHECK(p.counts().toAdd == 1);
    CHECK(p.counts().errors == 6);
    CHECK(import->isEnabled());
    testsupport::shoot(dialog, QStringLiteral("import-names-not-names"));
    dialog->reject();
    CHECK(f.tableRows() == before);
}

TEST_CASE("Dropping a list on the Đại biểu tab opens the import with its preview", "[gui][import]")
{
    ImportFixture f;
    auto *page = f.window.findChild<AttendeesPage *>(QStringLiteral("attendeesPage"));
    REQUIRE(page);
    CHECK(page->acceptDrops());

    // A web address is not a file on this computer: the tab does not take it.
    CHECK_FALSE(testsupport::dragFiles(
        page, { QUrl(QStringLiteral("https://example.vn/danh-sach.xlsx")) }));
    REQUIRE(testsupport::dragFiles(page,
                                   { QUrl::fromLocalFile(testsupport::fixture(
                                       QStringLiteral("import/delegates_excel.xlsx"))) }));

    auto *dialog = f.window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importFileLabel"))
              ->text()
              .contains(QStringLiteral("delegates_excel.xlsx")));
    CHECK(dialog->findChild<QTableView *>(QStringLiteral("previewTable"))->model()->rowCount()
          == 12);
    dialog->reject();
}

TEST_CASE("A long list shows its progress, and Stop leaves the event as it was", "[gui][import]")
{
    ImportFixture f;
    const int before = f.tableRows();
    // 40,000 people: long enough to be seen working.
    const QString path = f.dir.filePath(QStringLiteral("dai-bieu.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray csv = "STT,Họ và tên,Đơn vị,Điện thoại\n";
        for (int i = 1; i <= 40000; ++i)
            csv += QByteArray::number(i) + ",Nguyễn Văn " + QByteArray::number(i)
                + " An,Thị đoàn Hòa Thành,09" + QByteArray::number(10000000 + i).right(8) + '\n';
        file.write(csv);
    }
    auto *page = f.window.findChild<AttendeesPage *>(QStringLiteral("attendeesPage"));
    page->importFile(path);
    auto *dialog = f.window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
    REQUIRE(dialog);
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    REQUIRE(progress);
    REQUIRE(stop);
    // While it reads and checks, the window answers: the progress and Stop are shown, and the
    // Import button waits.
    REQUIRE(dialog->isBusy());
    QTest::qWait(50);
    CHECK(progress->isVisible());
    CHECK(stop->isVisible());
    CHECK_FALSE(import->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    CHECK_FALSE(dialog->isBusy());
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(import->isEnabled());
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importMessage"))->isVisible());
    // The work stopped in the background does not come back later to fill the preview.
    QTest::qWait(3000);
    CHECK(dialog->findChild<QTableView *>(QStringLiteral("previewTable"))->model()->rowCount()
          == 0);
    CHECK_FALSE(import->isEnabled());
    dialog->reject();
    CHECK(f.tableRows() == before);
    CHECK(f.window.session()->undoStack()->count() == 0);
}
