// Import through the window: open a district's Excel list, see the preview, press Import,
// and take it back with Edit ▸ Undo.
#include "support/guisupport.h"
#include "support/importwindow.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "models/importpreviewmodel.h"
#include "pages/attendeespage.h"
#include "pages/barchart.h"
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

// The window on the sample event, its import dialog opened on tests/fixtures/import/ files.
struct ImportFixture : testsupport::ImportWindow
{
    ImportDialog *open(const QString &file)
    {
        return openFixture(QStringLiteral("import/") + file);
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

    // The communes of the "Đơn vị" column are not units: read as workplaces, sent by the union
    // the "Đơn vị:" line names, and no unit is offered for creation.
    CHECK(dialog->preview().unknownUnits.isEmpty());
    CHECK(dialog->preview().rows.value(0).attendee.workplace == QStringLiteral("Xã Phước Ninh"));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QStringLiteral("Huyện đoàn Dương Minh Châu"));
    // The user says that column is not to be read.
    ready.clear();
    auto *unitColumn = dialog->findChild<QComboBox *>(QStringLiteral("mappingCombo5"));
    REQUIRE(unitColumn);
    CHECK(unitColumn->currentData().toInt() == int(import::Field::Workplace));
    unitColumn->setCurrentIndex(unitColumn->findData(int(import::Field::Ignore)));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->preview().rows.value(0).attendee.workplace.isEmpty());
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
    CHECK(p.counts().errors == 6);
    // "Xã Phan" is a workplace, and nothing says which union sends the list: the window asks.
    CHECK(p.rows.at(6).attendee.workplace == QStringLiteral("Xã Phan"));
    CHECK(p.counts().toAdd == 0);
    CHECK(p.counts().noUnit == 1);
    CHECK_FALSE(import->isEnabled());
    ready.clear();
    auto *sender = dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"));
    const qint64 ht
        = f.window.session()->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;
    sender->setCurrentIndex(sender->findData(ht));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->preview().counts().toAdd == 1);
    CHECK(dialog->preview().counts().errors == 6);
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

// Issue 12, tried as a new user would: three district lists, each made otherwise, imported in
// the window; the sender is taken from the title where it is written and asked for where it
// is not; the quota bars and the unit filter count the unions' people, wherever they work.
TEST_CASE("Three district lists in the window: the sender from the title or asked for, "
          "workplaces kept, quotas by union",
          "[gui][import][district]")
{
    ImportFixture f;
    Session *s = f.window.session();
    auto unitNamed = [&](const char *name) {
        return s->units().findByName(QString::fromUtf8(name))->id;
    };
    const qint64 dmc = unitNamed("Huyện đoàn Dương Minh Châu");
    const qint64 tp = unitNamed("Thành đoàn thành phố Tây Ninh");
    const int unitsBefore = int(s->units().list().size());
    auto importNow = [&](ImportDialog *dialog, int expected) {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        REQUIRE(button->isEnabled());
        CHECK(button->text().contains(QString::number(expected)));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    };
    auto shootAt = [](QWidget *w, const QString &name) {
        for (const QSize size : { QSize(1366, 768), QSize(1024, 600) }) {
            w->resize(size);
            QApplication::processEvents();
            testsupport::shoot(
                w, QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height()));
        }
    };

    // 1. Dương Minh Châu: the union in the title row, a merged two-row header, companies.
    ImportDialog *dialog = f.open(QStringLiteral("dmc_merged_openpyxl.xlsx"));
    auto *sender = dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"));
    CHECK(sender->currentData().toLongLong() == dmc);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("senderNote"));
    CHECK(note->isVisibleTo(dialog));
    CHECK(note->text().contains(QStringLiteral("HUYỆN ĐOÀN DƯƠNG MINH CHÂU")));
    ImportPreviewModel *model = dialog->previewModel();
    REQUIRE(model->rowCount() == 7);
    CHECK(model->index(0, ImportPreviewModel::NameColumn).data().toString()
          == QStringLiteral("Nguyễn Thị Thu Hà"));
    CHECK(model->index(0, ImportPreviewModel::WorkplaceColumn).data().toString()
          == QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh"));
    CHECK(dialog->preview().rows.at(5).duplicate == import::Duplicate::InFile);
    CHECK_FALSE(dialog->findChild<QTableWidget *>(QStringLiteral("unknownUnitsTable"))
                    ->isVisibleTo(dialog));
    shootAt(dialog, QStringLiteral("district-dmc"));
    importNow(dialog, 6);

    // 2. Tây Ninh city: the file does not say who sent it; the window asks.
    dialog = f.open(QStringLiteral("tp_nosender.csv"));
    sender = dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"));
    note = dialog->findChild<QLabel *>(QStringLiteral("senderNote"));
    CHECK(sender->currentData().toLongLong() == 0);
    CHECK(note->isVisibleTo(dialog));
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    CHECK(dialog->preview().counts().noUnit == 4);
    shootAt(dialog, QStringLiteral("district-tp-asks"));
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    sender->setCurrentIndex(sender->findData(tp));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK_FALSE(note->isVisibleTo(dialog));
    importNow(dialog, 4);

    // 3. A province-wide list with a unit column: one union is not in the directory, and is
    // created only when the user says so; a possible namesake is shown for the user to decide.
    dialog = f.open(QStringLiteral("province_units_openpyxl.xlsx"));
    auto *unknown = dialog->findChild<QTableWidget *>(QStringLiteral("unknownUnitsTable"));
    REQUIRE(unknown->rowCount() == 1);
    CHECK(unknown->item(0, 0)->text() == QStringLiteral("Đoàn trường Cao đẳng Nghề Tây Ninh"));
    auto *becomes = dialog->findChild<QComboBox *>(QStringLiteral("unknownUnitCombo0"));
    REQUIRE(becomes);
    CHECK(becomes->currentData().toLongLong() == 0); // nothing created unless asked
    model = dialog->previewModel();
    const auto &rows = dialog->preview().rows;
    REQUIRE(rows.size() == 7);
    CHECK(rows.at(0).duplicate == import::Duplicate::InEvent); // Hùng of Dương Minh Châu again
    CHECK(rows.at(0).decision == import::Decision::Skip);
    CHECK(rows.at(6).duplicate == import::Duplicate::Possible); // another Trần Thị Ngọc Ánh
    CHECK(model->index(6, ImportPreviewModel::DecisionColumn).data().toString()
          == ImportPreviewModel::tr("Possibly the same: imported"));
    becomes->setCurrentIndex(becomes->findData(-1)); // create it
    shootAt(dialog, QStringLiteral("district-province"));
    importNow(dialog, 6);
    CHECK(int(s->units().list().size()) == unitsBefore + 1);

    // The quota bars of the overview count the unions' delegates.
    f.window.showTab(MainWindow::OverviewTab);
    auto *seats = f.window.findChild<BarChart *>(QStringLiteral("seatsChart"));
    REQUIRE(seats);
    QHash<QString, int> counted;
    for (const BarChart::Bar &b : seats->bars())
        counted.insert(b.label, b.value);
    CHECK(counted.value(QStringLiteral("Huyện đoàn Dương Minh Châu")) == 8);
    CHECK(counted.value(QStringLiteral("Thị đoàn Hòa Thành")) == 2);
    CHECK(counted.value(QStringLiteral("Thành đoàn thành phố Tây Ninh")) == 5);
    shootAt(&f.window, QStringLiteral("district-overview"));

    // The unit filter of the Đại biểu tab shows the union's people: 8 and its co-chair.
    f.window.showTab(MainWindow::AttendeesTab);
    auto *unitFilter = f.window.findChild<QComboBox *>(QStringLiteral("unitFilter"));
    unitFilter->setCurrentIndex(unitFilter->findData(dmc));
    CHECK(f.tableRows() == 9);
    shootAt(&f.window, QStringLiteral("district-attendees"));
}
