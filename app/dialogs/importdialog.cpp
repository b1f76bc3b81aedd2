#include "dialogs/importdialog.h"

#include "import/attendeecommit.h"
#include "import/rememberedmapping.h"
#include "io/spreadsheetreader.h"
#include "models/importpreviewmodel.h"

#include <QApplication>
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
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace dd {

using namespace dd::import;

namespace {

// The decision of a duplicate row, chosen in a combo box.
class DecisionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("decisionCombo"));
        for (const QVariant &v : index.data(ImportPreviewModel::kChoicesRole).toList())
            combo->addItem(decisionLabel(Decision(v.toInt())), v);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const auto *model = static_cast<const ImportPreviewModel *>(index.model());
        Q_UNUSED(model);
        const QString current = index.data().toString();
        combo->setCurrentIndex(qMax(0, combo->findText(current)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

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

} // namespace

ImportDialog::ImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import attendees"));
    setAcceptDrops(true);
    resize(1200, 720);
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
    m_unit->setToolTip(tr("The union that sent the list: people without a unit get it, and the "
                          "column mapping is remembered for it."));
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
    m_table->setColumnWidth(ImportPreviewModel::PhoneColumn, 100);
    // Never narrower than the header's own text ("Năm sinh" is longer than "Born").
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(
            c, qMax(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)));

    m_unknownTitle
        = new QLabel(tr("<b>Units not in the directory</b> (ticked ones are created):"), this);
    m_unknownTitle->setWordWrap(true);
    m_unknownUnits = new QListWidget(this);
    m_unknownUnits->setObjectName(QStringLiteral("unknownUnitsList"));
    m_unknownUnits->setToolTip(tr("People whose unit is not created get the unit that sent the "
                                  "list; the unit's name is kept in their note."));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_unknownTitle);
    sideLayout->addWidget(m_unknownUnits);
    side->setMinimumWidth(220);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

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
        rebuildMapping();
        buildPreview();
    });
    connect(m_model, &ImportPreviewModel::decisionChanged, this, &ImportDialog::updateCounts);
    connect(m_unknownUnits, &QListWidget::itemChanged, this, &ImportDialog::updateCounts);
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
    for (QWidget *w : { static_cast<QWidget *>(m_fileButton), static_cast<QWidget *>(m_encoding),
                        static_cast<QWidget *>(m_sheet), static_cast<QWidget *>(m_unit),
                        static_cast<QWidget *>(m_mapping) })
        w->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_preview.counts().total() + int(unitsToCreate().size()) > 0
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
    m_unknownUnits->clear();
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
    for (const io::Sheet &s : m_workbook.sheets)
        m_sheet->addItem(s.name.isEmpty() ? tr("(the only sheet)") : s.name);
    // The first sheet that holds a table, unless the user chose one before (a re-read).
    int chosen = m_sheet->findText(current);
    if (chosen < 0)
        chosen = qMax(0, firstSheetWithHeader(m_workbook));
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
    if (m_unit->currentData().toLongLong() == 0) {
        if (const qint64 guess = senderInTitle(sheet, m_header.row, m_context.units)) {
            m_unit->blockSignals(true);
            m_unit->setCurrentIndex(qMax(0, m_unit->findData(guess)));
            m_unit->blockSignals(false);
        }
    }
    rebuildMapping();
    buildPreview();
}

void ImportDialog::rebuildMapping()
{
    const ColumnMapping mapping
        = mappingFor(m_session->database(), m_unit->currentData().toLongLong(), m_header.headers);
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
    m_unknownUnits->blockSignals(true);
    m_unknownUnits->clear();
    for (const QString &u : m_preview.unknownUnits) {
        auto *item = new QListWidgetItem(u, m_unknownUnits);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_unknownUnits->blockSignals(false);
    m_unknownTitle->setVisible(!m_preview.unknownUnits.isEmpty());
    m_unknownUnits->setVisible(!m_preview.unknownUnits.isEmpty());
    if (!m_preview.mapping.hasName()) {
        m_message->setText(tr("No column is read as the name: choose “Full name” (or “Given name”) "
                              "for the column that holds it."));
        m_message->show();
    }
    updateCounts();
    emit previewReady();
}

QStringList ImportDialog::unitsToCreate() const
{
    QStringList out;
    for (int i = 0; i < m_unknownUnits->count(); ++i)
        if (m_unknownUnits->item(i)->checkState() == Qt::Checked)
            out << m_unknownUnits->item(i)->text();
    return out;
}

void ImportDialog::updateCounts()
{
    const ImportCounts c = m_preview.counts();
    QStringList parts;
    parts << tr("%n will be imported", nullptr, c.toAdd);
    if (c.toUpdate)
        parts << tr("%n updated", nullptr, c.toUpdate);
    parts << tr("%n duplicate(s)", nullptr, c.duplicates);
    parts << tr("%n with errors", nullptr, c.errors);
    if (c.warnings)
        parts << tr("%n with warnings", nullptr, c.warnings);
    const int units = int(unitsToCreate().size());
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
    const auto outcome = commitImport(*m_session, m_preview, unitsToCreate());
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
