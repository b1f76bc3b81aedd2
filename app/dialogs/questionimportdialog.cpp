#include "dialogs/questionimportdialog.h"

#include "import/attendeecommit.h"
#include "models/importpreviewmodel.h"
#include "widgets/decisiondelegate.h"
#include "widgets/hiddenrowscheck.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

using import::ImportRow;

QuestionImportDialog::QuestionImportDialog(Session *session, import::ImportPreview preview,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("questionImportDialog"));
    setWindowTitle(tr("Import questions"));
    m_preview.kind = import::ImportKind::Questions;
    m_model = new ImportPreviewModel(&m_preview, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("questionPreviewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::DecisionColumn,
                                      new DecisionDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(ImportPreviewModel::TextColumn, QHeaderView::Stretch);
    // The question's text gets what is left: on a 1024 px screen the fixed columns must leave
    // it readable.
    m_table->setColumnWidth(ImportPreviewModel::SourceColumn, 140);
    m_table->setColumnWidth(ImportPreviewModel::ProblemColumn, 170);
    m_table->setColumnWidth(ImportPreviewModel::DecisionColumn, 80);
    m_table->setColumnWidth(ImportPreviewModel::QuestionUnitColumn, 160);
    m_table->setColumnWidth(ImportPreviewModel::KindColumn, 125);
    m_table->setColumnWidth(ImportPreviewModel::TopicColumn, 70);
    m_table->setColumnWidth(ImportPreviewModel::DateColumn, 80);
    m_table->setColumnWidth(ImportPreviewModel::QuestionNoteColumn, 110);
    // Row heights follow the text's width once the dialog has its size.
    connect(h, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &ImportPreviewModel::decisionChanged, this,
            &QuestionImportDialog::updateSummary);

    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    // The same check box as the attendee import's: the rows a file hides come in all at once.
    m_includeHidden = new HiddenRowsCheck(this);
    connect(m_includeHidden, &QCheckBox::toggled, this, &QuestionImportDialog::includeHiddenRows);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("questionImportSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("questionImportButton"));
    auto *more = buttons->addButton(tr("Add &files…"), QDialogButtonBox::ActionRole);
    more->setObjectName(QStringLiteral("questionImportAddFiles"));
    connect(more, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add files"), {},
            tr("E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods *.xls);;All files (*)"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Check the questions before they are added. Rows with a problem are skipped; choose "
           "the unit of an unknown sender to import its questions, and Import or Skip in the "
           "Decision column to keep or leave out a row."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheet);
    sheetRow->addStretch(1);
    sheetRow->addWidget(m_includeHidden);
    layout->addLayout(sheetRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1180, 640));
    fillSheets();
    fill();
}

QuestionImportDialog::~QuestionImportDialog() = default;

void QuestionImportDialog::fillSheets()
{
    // A workbook with a list on each sheet: all of them, or the one the user picks, as the
    // attendee import's "Sheet" combo picks one.
    const QStringList sheets = questionSheets(m_preview);
    const QString current = m_sheet->currentData().toString();
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    m_sheet->addItem(tr("All sheets"), QString());
    for (const QString &s : sheets)
        m_sheet->addItem(s, s);
    m_sheet->setCurrentIndex(qMax(0, m_sheet->findData(current)));
    m_sheet->setVisible(sheets.size() > 1);
    m_sheetLabel->setVisible(sheets.size() > 1);
    m_includeHidden->setVisible(std::any_of(m_preview.rows.cbegin(), m_preview.rows.cend(),
                                            [](const ImportRow &r) { return r.hiddenInFile; }));
}

void QuestionImportDialog::includeHiddenRows(bool include)
{
    for (ImportRow &row : m_preview.rows)
        if (row.hiddenInFile && !row.blocked())
            row.decision = include ? import::Decision::Import : import::Decision::Skip;
    markQuestionDuplicates(*m_session, m_preview);
    fill();
}

void QuestionImportDialog::fill()
{
    m_model->reset();
    QList<std::pair<QString, qint64>> units;
    for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId()))
        if (const auto u = m_session->units().get(eu.unitId); u && eu.role != UnitRole::Guest)
            units.append({ u->name, u->id });
    const QString sheet = m_sheet->currentData().toString();
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const ImportRow &row = m_preview.rows.at(r);
        const QString &rowSheet = row.questionFields().sheet;
        m_table->setRowHidden(r, !sheet.isEmpty() && !rowSheet.isEmpty() && rowSheet != sheet);
        if (!row.unitUnknown || row.blocked())
            continue;
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("rowUnitCombo%1").arg(r));
        combo->addItem(tr("(choose the unit)"), 0);
        // The units a shortened name fits come first, above the others.
        const QList<qint64> &fits = row.questionFields().unitCandidates;
        for (const qint64 id : fits)
            if (const auto u = m_session->units().get(id))
                combo->addItem(u->name, id);
        if (!fits.isEmpty())
            combo->insertSeparator(combo->count());
        for (const auto &[name, id] : units)
            if (!fits.contains(id))
                combo->addItem(name, id);
        combo->setCurrentIndex(qMax(0, combo->findData(row.question().unitId)));
        connect(combo, &QComboBox::activated, this,
                [this, r, combo] { setRowUnit(r, combo->currentData().toLongLong()); });
        // Centred in its cell rather than stretched over a tall row.
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(2, 0, 2, 0);
        cellLayout->addWidget(combo, 0, Qt::AlignVCenter);
        m_table->setIndexWidget(m_model->index(r, ImportPreviewModel::QuestionUnitColumn), cell);
    }
    // No problem on any row: the column would only take the text's room.
    m_table->setColumnHidden(
        ImportPreviewModel::ProblemColumn,
        std::all_of(m_preview.rows.cbegin(), m_preview.rows.cend(), [](const ImportRow &r) {
            return import::questionMessage(r).isEmpty() && !r.unitUnknown;
        }));
    m_table->resizeRowsToContents();
    updateSummary();
}

void QuestionImportDialog::setRowUnit(int row, qint64 unitId)
{
    if (row < 0 || row >= m_preview.rows.size())
        return;
    QString name;
    if (const auto u = m_session->units().get(unitId))
        name = u->name;
    const QList<int> changed = import::setQuestionUnit(m_preview, row, unitId, name);
    for (const int r : changed)
        if (QWidget *cell
            = m_table->indexWidget(m_model->index(r, ImportPreviewModel::QuestionUnitColumn)))
            if (auto *combo = cell->findChild<QComboBox *>())
                combo->setCurrentIndex(qMax(0, combo->findData(unitId)));
    m_model->rowsChanged(changed);
    updateSummary();
}

void QuestionImportDialog::addFiles(const QStringList &paths)
{
    import::appendRows(
        m_preview, importQuestionsFromFiles(*m_session, paths, {}, m_includeHidden->isChecked()));
    markQuestionDuplicates(*m_session, m_preview);
    fillSheets();
    fill();
}

import::ImportPreview QuestionImportDialog::batch() const { import::ImportPreview out = m_preview;
const QString sheet = m_sheet->currentData().toString();
if (!sheet.isEmpty())
    for (ImportRow &row : out.rows)
        if (!row.questionFields().sheet.isEmpty() && row.questionFields().sheet != sheet)
            row.decision = import::Decision::Skip;
return out;
} // namespace dd

QList<Question> QuestionImportDialog::selectedQuestions() const
{
    return import::questionsToImport(batch());
}

void QuestionImportDialog::updateSummary()
{
    const int selected = int(selectedQuestions().size());
    int blocked = 0, unknown = 0, duplicates = 0, hidden = 0;
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        hidden += row.hiddenInFile && row.decision == import::Decision::Skip;
        blocked += row.blocked();
        unknown += !row.blocked() && row.unitUnknown && !row.question().unitId;
        duplicates += row.duplicate != import::Duplicate::None;
    }
    QStringList parts { tr("%n question(s) will be imported.", nullptr, selected) };
    if (blocked)
        parts << tr("%n row(s) cannot be imported (see Problems).", nullptr, blocked);
    if (unknown)
        parts << tr("%n row(s) wait for a unit to be chosen.", nullptr, unknown);
    if (duplicates)
        parts << tr("%n row(s) are already recorded or repeated.", nullptr, duplicates);
    if (hidden)
        parts << tr("%n row(s) hidden in the file are left out.", nullptr, hidden);
    parts << m_preview.hiddenNotes;
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_import->setText(tr("Import %n question(s)", nullptr, selected));
    m_import->setEnabled((selected > 0 || m_allowNothing) && !m_session->isReadOnly());
}

void QuestionImportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // After the layout has given the table its new width.
    QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents);
}

void QuestionImportDialog::addPanel(QWidget *panel)
{
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_summary), panel);
}

void QuestionImportDialog::allowImportingNothing()
{
    m_allowNothing = true;
    updateSummary();
}

void QuestionImportDialog::showMessage(const QString &text)
{
    m_summary->setText(text);
}

void QuestionImportDialog::accept()
{
    if (selectedQuestions().isEmpty())
        return;
    if (const auto done = import::commitImport(*m_session, batch(), {}))
        QDialog::accept();
    else
        m_summary->setText(done.error());
}

} // namespace dd
