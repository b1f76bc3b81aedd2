#include "dialogs/importdialog.h"

#include "import/attendeecommit.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"
#include "io/spreadsheetreader.h"
#include "models/importpreviewmodel.h"
#include "text/vietnamese.h"
#include "widgets/decisiondelegate.h"
#include "widgets/hiddenrowscheck.h"
#include "widgets/screenfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace dd {

using namespace dd::import;

namespace {

constexpr std::array<io::TextEncoding, 6> kEncodings {
    io::TextEncoding::Auto,    io::TextEncoding::Utf8,        io::TextEncoding::Utf16LE,
    io::TextEncoding::Utf16BE, io::TextEncoding::Windows1258, io::TextEncoding::Tcvn3
};

// Runs `work` on a thread of its own and `done` in the GUI thread afterwards.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, context, std::move(done));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// Whether a sheet holds a list of people: a header with a name column. A summary ("Đơn vị |
// Số lượng") or a guide beside the list does not.
bool holdsList(const io::Sheet &sheet)
{
    const HeaderInfo header = findHeader(sheet);
    return header.row >= 0 && automaticMapping(header.headers, sheet.hiddenColumns).hasName();
}

} // namespace

ImportDialog::ImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import attendees"));
    setAcceptDrops(true);
    // Roomy where the screen allows, and never past a small laptop's 1024×600 screen, where the
    // import button would otherwise lie below its edge.
    resizeWithinScreen(this, QSize(1200, 720));
    m_context = loadImportContext(*session);

    m_fileLabel = new QLabel(
        tr("Choose a file, or drop it here: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV."),
        this);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileButton = new QPushButton(tr("Choose &file…"), this);
    m_fileButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (io::TextEncoding e : kEncodings)
        m_encoding->addItem(e == io::TextEncoding::Auto ? tr("Detect") : io::textEncodingName(e),
                            int(e));
    m_encoding->setToolTip(
        tr("For CSV files: the text encoding. Change it when the names look garbled."));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("importUnitCombo"));
    m_unit->setToolTip(tr("The union that sent the list: its people count against its quota, "
                          "and the column mapping is remembered for it."));
    m_unit->addItem(tr("(none)"), 0);
    for (const Unit &u : m_context.units)
        m_unit->addItem(u.name, u.id);
    m_unit->setMinimumContentsLength(24);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_fileButton);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Encoding:"), this));
    options->addWidget(m_encoding);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Sheet:"), this));
    options->addWidget(m_sheet);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Sent by:"), this));
    options->addWidget(m_unit, 1);

    m_mapping = new QTableWidget(1, 0, this);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->verticalHeader()->setVisible(true);
    m_mapping->setVerticalHeaderLabels({ tr("Read as") });
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setDefaultSectionSize(150);
    m_mapping->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mapping->setToolTip(tr("Each column of the file and what it is read as; correct it when a "
                             "column is read wrongly."));

    m_model = new ImportPreviewModel(&m_preview, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::DecisionColumn,
                                      new DecisionDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportPreviewModel::RowColumn, 50);
    m_table->setColumnWidth(ImportPreviewModel::ProblemColumn, 260);
    m_table->setColumnWidth(ImportPreviewModel::DecisionColumn, 130);
    m_table->setColumnWidth(ImportPreviewModel::NameColumn, 170);
    m_table->setColumnWidth(ImportPreviewModel::GenderColumn, 60);
    m_table->setColumnWidth(ImportPreviewModel::YearColumn, 55);
    m_table->setColumnWidth(ImportPreviewModel::PositionColumn, 150);
    m_table->setColumnWidth(ImportPreviewModel::UnitColumn, 170);
    m_table->setColumnWidth(ImportPreviewModel::WorkplaceColumn, 190);
    m_table->setColumnWidth(ImportPreviewModel::PhoneColumn, 100);
    // Never narrower than the header's own text ("Năm sinh" is longer than "Born").
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(
            c, qMax(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)));

    m_unknownTitle = new QLabel(
        tr("<b>Units not in the directory</b>: create each, or say which unit it is."), this);
    m_unknownTitle->setWordWrap(true);
    m_unknownUnits = new QTableWidget(0, 2, this);
    m_unknownUnits->setObjectName(QStringLiteral("unknownUnitsTable"));
    m_unknownUnits->setHorizontalHeaderLabels({ tr("In the file"), tr("Becomes") });
    m_unknownUnits->verticalHeader()->hide();
    // The name elides (its tooltip shows it whole); the choice is always readable.
    m_unknownUnits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_unknownUnits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_unknownUnits->setToolTip(tr("People whose unit is neither created nor chosen go to the "
                                  "union that sent the list, with the unit's name in their "
                                  "note; without one they are left out."));
    auto *side = new QWidget(this);
    m_unknownSide = side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_unknownTitle);
    sideLayout->addWidget(m_unknownUnits);
    side->setMinimumWidth(300);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    m_senderNote = new QLabel(this);
    m_senderNote->setObjectName(QStringLiteral("senderNote"));
    m_senderNote->setWordWrap(true);
    // What the file hides (rows, columns, an .xls that cannot tell): said above the preview,
    // with the one check box that brings the hidden rows in.
    m_hiddenSide = new QWidget(this);
    m_hiddenNote = new QLabel(m_hiddenSide);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenNote"));
    m_hiddenNote->setWordWrap(true);
    m_includeHidden = new HiddenRowsCheck(m_hiddenSide);
    auto *hiddenLayout = new QHBoxLayout(m_hiddenSide);
    hiddenLayout->setContentsMargins(0, 0, 0, 0);
    hiddenLayout->addWidget(m_hiddenNote, 1);
    hiddenLayout->addWidget(m_includeHidden, 0, Qt::AlignTop);
    m_hiddenSide->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCountsLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Stop"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->hide();
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeImportButton"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_importButton);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(options);
    layout->addWidget(m_senderNote);
    layout->addWidget(m_hiddenSide);
    layout->addWidget(new QLabel(tr("<b>Columns of the file</b>"), this));
    layout->addWidget(m_mapping);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_fileButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            readFile();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::sheetChosen);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_senderChosen = true;
        showSender();
        rebuildMapping();
        buildPreview();
    });
    connect(m_includeHidden, &QCheckBox::toggled, this, &ImportDialog::buildPreview);
    connect(m_model, &ImportPreviewModel::decisionChanged, this, &ImportDialog::updateCounts);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::doImport);
    connect(close, &QPushButton::clicked, this, &ImportDialog::reject);
    updateCounts();
    if (session->isReadOnly()) {
        m_message->setText(tr("The file is open read-only: nothing can be imported."));
        m_message->show();
    }
}

ImportDialog::~ImportDialog()
{
    // A thread still running holds only its own copies; tell it to stop early.
    m_cancel->store(true);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import attendees"), QString(),
        tr("Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileLabel->setText(tr("File: <b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    // A new file's hidden rows are left out until the user includes them.
    m_includeHidden->blockSignals(true);
    m_includeHidden->setChecked(false);
    m_includeHidden->blockSignals(false);
    readFile();
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_counts->setVisible(!busy);
    m_progress->setFormat(what + QStringLiteral(" %p%"));
    m_progress->setRange(0, 0);
    for (QWidget *w :
         { static_cast<QWidget *>(m_fileButton), static_cast<QWidget *>(m_encoding),
           static_cast<QWidget *>(m_sheet), static_cast<QWidget *>(m_unit),
           static_cast<QWidget *>(m_mapping), static_cast<QWidget *>(m_includeHidden) })
        w->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_preview.counts(unitChoices()).total() > 0
                               && !m_session->isReadOnly());
}

void ImportDialog::cancelWork()
{
    m_cancel->store(true);
    ++m_generation;
    setBusy(false);
    m_message->setText(tr("Stopped. Nothing was imported."));
    m_message->show();
    emit previewReady();
}

void ImportDialog::showError(const QString &message)
{
    m_workbook = {};
    m_preview = {};
    m_model->reset();
    m_mapping->setColumnCount(0);
    m_unknownUnits->setRowCount(0);
    m_hiddenSide->hide();
    m_message->setText(message);
    m_message->show();
    updateCounts();
}

void ImportDialog::readFile()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_generation;
    io::CsvOptions csv;
    csv.encoding = io::TextEncoding(m_encoding->currentData().toInt());
    auto result = std::make_shared<std::optional<Result<io::Workbook>>>();
    const QString path = m_path;
    setBusy(true, tr("Reading…"));
    runInBackground(
        this, [result, path, csv] { result->emplace(io::readSpreadsheet(path, csv)); },
        [this, result, generation] {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result->has_value() || !(*result)->ok()) {
                showError(result->has_value() ? (*result)->error()
                                              : tr("The file could not be read."));
                emit previewReady();
                return;
            }
            m_workbook = std::move(**result).value();
            fileRead();
        });
}

void ImportDialog::fileRead()
{
    m_message->hide();
    const QString current = m_sheet->currentText();
    m_sheet->blockSignals(true);
    m_sheet->clear();
    m_listSheets = 0;
    m_hiddenLists.clear();
    int firstList = -1, firstHiddenList = -1;
    for (int i = 0; i < m_workbook.sheets.size(); ++i) {
        const io::Sheet &s = m_workbook.sheets.at(i);
        // A hidden sheet is offered, said to be hidden: the clerk did not see it in Excel.
        const QString name = s.name.isEmpty() ? tr("(the only sheet)") : s.name;
        m_sheet->addItem(s.isHidden() ? tr("%1 (hidden in the file)").arg(name) : name);
        if (!holdsList(s))
            continue;
        if (s.isHidden()) {
            firstHiddenList = firstHiddenList < 0 ? i : firstHiddenList;
            m_hiddenLists << s.name;
        } else {
            ++m_listSheets;
            firstList = firstList < 0 ? i : firstList;
        }
    }
    // The first visible sheet that holds a list (a guide, a summary or a hidden old version
    // may come before it), unless the user chose one before (a re-read).
    int chosen = m_sheet->findText(current);
    if (chosen < 0)
        chosen = firstList >= 0    ? firstList
            : firstHiddenList >= 0 ? firstHiddenList
                                   : qMax(0, firstSheetWithHeader(m_workbook));
    m_sheet->setCurrentIndex(chosen);
    m_sheet->setEnabled(m_workbook.sheets.size() > 1);
    m_sheet->blockSignals(false);
    sheetChosen();
}

void ImportDialog::sheetChosen()
{
    const int i = m_sheet->currentIndex();
    if (i < 0 || i >= m_workbook.sheets.size())
        return;
    const io::Sheet &sheet = m_workbook.sheets.at(i);
    m_header = findHeader(sheet);
    if (m_header.row < 0) {
        showError(tr("No header row was found in this sheet (a row with “Họ và tên”, “Đơn vị”, …). "
                     "Check that it is the list of people, or choose another sheet."));
        emit previewReady();
        return;
    }
    // The sender as the file writes it, unless the user chose one.
    m_sender = findSender(&m_session->database(), titleLines(sheet, m_header),
                          UnitMatcher(m_context.units), m_path, signatureLines(sheet, m_header));
    if (!m_senderChosen && m_sender.unitId != 0) {
        m_unit->blockSignals(true);
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_sender.unitId)));
        m_unit->blockSignals(false);
    }
    showSender();
    rebuildMapping();
    buildPreview();
}

void ImportDialog::rebuildMapping()
{
    const int i = m_sheet->currentIndex();
    if (i < 0 || i >= m_workbook.sheets.size())
        return;
    const ColumnMapping mapping
        = mappingFor(m_session->database(), m_unit->currentData().toLongLong(),
                     m_workbook.sheets.at(i), m_header, UnitMatcher(m_context.units));
    const int columns = int(m_header.headers.size());
    m_mapping->setColumnCount(columns);
    m_mapping->setHorizontalHeaderLabels(m_header.headers);
    for (int c = 0; c < columns; ++c) {
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(c));
        for (int f = 0; f < kFieldCount; ++f)
            combo->addItem(fieldLabel(Field(f)), f);
        combo->setCurrentIndex(combo->findData(int(mapping.at(c))));
        // The choice in full where the column is narrower than "Nữ (năm sinh hoặc X)".
        combo->setToolTip(combo->currentText());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            combo->setToolTip(combo->currentText());
            buildPreview();
        });
        m_mapping->setCellWidget(0, c, combo);
        // Wide enough for the header and for the field read from it, within reason.
        const int header = m_mapping->fontMetrics().horizontalAdvance(m_header.headers.at(c)) + 24;
        const int field = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 40;
        m_mapping->setColumnWidth(c, qBound(150, qMax(header, field), 240));
    }
    m_mapping->setFixedHeight(m_mapping->horizontalHeader()->sizeHint().height()
                              + m_mapping->rowHeight(0)
                              + (m_mapping->horizontalScrollBar()->isVisible()
                                     ? m_mapping->horizontalScrollBar()->height()
                                     : 0)
                              + 2 * m_mapping->frameWidth() + 18);
}

ColumnMapping ImportDialog::currentMapping() const
{
    ColumnMapping m;
    for (int c = 0; c < m_mapping->columnCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(0, c));
        m.fields << (combo ? Field(combo->currentData().toInt()) : Field::Ignore);
    }
    return m;
}

void ImportDialog::buildPreview()
{
    const int i = m_sheet->currentIndex();
    if (i < 0 || i >= m_workbook.sheets.size() || m_header.row < 0)
        return;
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_generation;
    ImportOptions options;
    options.defaultUnitId = m_unit->currentData().toLongLong();
    options.mapping = currentMapping();
    options.headerRow = m_header.row;
    options.includeHiddenRows = m_includeHidden->isChecked();
    auto result = std::make_shared<ImportPreview>();
    const io::Sheet sheet = m_workbook.sheets.at(i); // shared, not copied
    const ImportContext context = m_context;
    const auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    setBusy(true, tr("Checking rows…"));
    runInBackground(
        this,
        [=] {
            *result
                = buildImportPreview(sheet, context, options, [cancel, bar](int done, int total) {
                      QMetaObject::invokeMethod(
                          bar,
                          [bar, done, total] {
                              if (bar) {
                                  bar->setRange(0, qMax(1, total));
                                  bar->setValue(done);
                              }
                          },
                          Qt::QueuedConnection);
                      return !cancel->load();
                  });
        },
        [this, result, generation] {
            if (generation != m_generation || result->cancelled)
                return;
            m_preview = std::move(*result);
            previewBuilt();
        });
}

void ImportDialog::previewBuilt()
{
    setBusy(false);
    m_message->hide();
    m_model->reset();
    showUnknownUnits();
    showSender();
    showHidden();
    if (!m_preview.mapping.hasName()) {
        m_message->setText(tr("No column is read as the name: choose “Full name” (or “Given name”) "
                              "for the column that holds it."));
        m_message->show();
    }
    updateCounts();
    emit previewReady();
}

void ImportDialog::showSender()
{
    const qint64 chosen = m_unit->currentData().toLongLong();
    QString note;
    if (m_sender.unitId != 0 && chosen == m_sender.unitId)
        note = m_sender.from == Sender::From::Remembered
            ? tr("Sent by %1: remembered for the title line “%2”.")
                  .arg(m_unit->currentText().toHtmlEscaped(), m_sender.line.toHtmlEscaped())
            : m_sender.from == Sender::From::Signature
            ? tr("Sent by %1, as the signature under the list “%2” says.")
                  .arg(m_unit->currentText().toHtmlEscaped(), m_sender.line.toHtmlEscaped())
            : m_sender.from == Sender::From::FileName
            ? tr("Sent by %1, as the file's name “%2” says (nothing inside the file says it).")
                  .arg(m_unit->currentText().toHtmlEscaped(), m_sender.line.toHtmlEscaped())
            : tr("Sent by %1, as the file's title line “%2” says.")
                  .arg(m_unit->currentText().toHtmlEscaped(), m_sender.line.toHtmlEscaped());
    else if (chosen == 0 && !m_preview.mapping.has(Field::Unit) && m_header.row >= 0)
        note = QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                   .arg(tr("The file does not say which union sent it, and no column names "
                           "units of the directory: choose the union in “Sent by”.")
                            .toHtmlEscaped());
    // A district may send its unions' lists on a sheet each: none of them is to be missed.
    if (m_listSheets > 1)
        note += (note.isEmpty() ? QString() : QStringLiteral("<br>"))
            + tr("This file holds %n lists, one per sheet: import them one after another, "
                 "choosing each in “Sheet”.",
                 nullptr, m_listSheets)
                  .toHtmlEscaped();
    m_senderNote->setText(note);
    m_senderNote->setVisible(!note.isEmpty());
}

void ImportDialog::showHidden()
{
    const int i = m_sheet->currentIndex();
    if (i < 0 || i >= m_workbook.sheets.size())
        return;
    const io::Sheet &sheet = m_workbook.sheets.at(i);
    QStringList lines;
    if (sheet.isHidden())
        lines << tr("The sheet “%1” is hidden in the file.").arg(sheet.name).toHtmlEscaped();
    // The lists on hidden sheets, not read unless chosen: the clerk did not see them.
    QStringList others;
    for (const QString &name : std::as_const(m_hiddenLists))
        if (name != sheet.name)
            others << QStringLiteral("“%1”").arg(name);
    if (!others.isEmpty())
        lines << tr("The file also holds a list on the hidden sheet(s) %1, not read: choose it "
                    "in “Sheet” to read it.",
                    nullptr, int(others.size()))
                     .arg(others.join(QStringLiteral(", ")))
                     .toHtmlEscaped();
    int hiddenPeople = 0;
    for (const ImportRow &r : std::as_const(m_preview.rows))
        hiddenPeople += r.hiddenInFile ? 1 : 0;
    if (hiddenPeople > 0)
        lines << (m_includeHidden->isChecked()
                      ? tr("%n row(s) hidden in the file are imported like the others.", nullptr,
                           hiddenPeople)
                      : tr("%n row(s) hidden in the file (hidden, filtered out or in a collapsed "
                           "group) are shown greyed and left out: usually people struck off "
                           "the list or an earlier version.",
                           nullptr, hiddenPeople))
                     .toHtmlEscaped();
    for (const QString &note : std::as_const(m_preview.hiddenNotes))
        lines << note.toHtmlEscaped();
    m_hiddenNote->setText(lines.join(QStringLiteral("<br>")));
    m_includeHidden->setVisible(hiddenPeople > 0);
    m_hiddenSide->setVisible(!lines.isEmpty());
}

void ImportDialog::showUnknownUnits()
{
    m_unknownUnits->setRowCount(int(m_preview.unknownUnits.size()));
    for (int r = 0; r < m_preview.unknownUnits.size(); ++r) {
        const QString name = m_preview.unknownUnits.at(r);
        auto *item = new QTableWidgetItem(name);
        item->setToolTip(name);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_unknownUnits->setItem(r, 0, item);
        auto *combo = new QComboBox(m_unknownUnits);
        combo->setObjectName(QStringLiteral("unknownUnitCombo%1").arg(r));
        // Nothing is created unless the user says so: a company is not a union.
        combo->addItem(m_unit->currentData().toLongLong()
                           ? tr("%1 (the sender)").arg(m_unit->currentText())
                           : tr("(left out)"),
                       0);
        combo->addItem(tr("Create this unit"), -1);
        for (const Unit &u : m_context.units)
            combo->addItem(u.name, u.id);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateCounts);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        m_unknownUnits->setCellWidget(r, 1, combo);
        m_unknownUnits->setColumnWidth(1, combo->sizeHint().width());
    }
    m_unknownSide->setVisible(!m_preview.unknownUnits.isEmpty());
}

void ImportDialog::setSendingUnit(qint64 unitId)
{
    m_unit->blockSignals(true);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));
    m_unit->blockSignals(false);
    m_senderChosen = true;
}

UnitChoices ImportDialog::unitChoices() const
{
    UnitChoices choices;
    for (int r = 0; r < m_unknownUnits->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_unknownUnits->cellWidget(r, 1));
        const QString name = m_unknownUnits->item(r, 0)->text();
        const qint64 v = combo ? combo->currentData().toLongLong() : 0;
        if (v < 0)
            choices.create << name;
        else if (v > 0)
            choices.pick.insert(text::fold(name), v);
    }
    return choices;
}

void ImportDialog::updateCounts()
{
    const UnitChoices choices = unitChoices();
    const ImportCounts c = m_preview.counts(choices);
    QStringList parts;
    parts << tr("%n will be imported", nullptr, c.toAdd);
    if (c.toUpdate)
        parts << tr("%n updated", nullptr, c.toUpdate);
    parts << tr("%n duplicate(s)", nullptr, c.duplicates);
    if (c.possible)
        parts << tr("%n possibly the same", nullptr, c.possible);
    parts << tr("%n with errors", nullptr, c.errors);
    if (c.noUnit)
        parts << tr("%n without a unit", nullptr, c.noUnit);
    if (c.hiddenLeftOut)
        parts << tr("%n hidden, left out", nullptr, c.hiddenLeftOut);
    if (c.warnings)
        parts << tr("%n with warnings", nullptr, c.warnings);
    const int units = int(choices.create.size());
    if (units)
        parts << tr("%n new unit(s)", nullptr, units);
    QString counts = parts.join(QStringLiteral(", "));
    if (!counts.isEmpty()) // "sẽ nhập 12 người, …" begins a sentence
        counts[0] = counts.at(0).toUpper();
    m_counts->setText(m_preview.rows.isEmpty() ? QString() : counts);
    m_importButton->setEnabled(!m_busy && !m_session->isReadOnly() && c.total() > 0);
    m_importButton->setText(c.total() > 0 ? tr("&Import %n", nullptr, c.total()) : tr("&Import"));
}

void ImportDialog::doImport()
{
    if (m_busy)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto outcome = commitImport(*m_session, m_preview, unitChoices());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_message->setText(tr("Nothing was imported: %1").arg(outcome.error()));
        m_message->show();
        return;
    }
    accept();
}

void ImportDialog::reject()
{
    m_cancel->store(true);
    ++m_generation;
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace dd
