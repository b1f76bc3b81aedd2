#include "dialogs/questionimportdialog.h"

#include "edit/commands.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

QuestionImportDialog::QuestionImportDialog(Session *session, QuestionImportBatch batch,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_batch(std::move(batch))
{
    setObjectName(QStringLiteral("questionImportDialog"));
    setWindowTitle(tr("Import questions"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("questionPreviewTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Import"), tr("Source"), tr("Unit"), tr("Kind"),
                                         tr("Question"), tr("Received"), tr("Problems") });
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    // The question's text gets what is left: on a 1024 px screen the fixed columns must leave
    // it readable (at 170/210/100/90/260 px it was one word wide).
    m_table->setColumnWidth(ImportColumn, 60);
    m_table->setColumnWidth(SourceColumn, 150);
    m_table->setColumnWidth(UnitColumn, 190);
    m_table->setColumnWidth(KindColumn, 90);
    m_table->setColumnWidth(DateColumn, 85);
    m_table->setColumnWidth(ProblemColumn, 200);
    // Row heights follow the text's width once the dialog has its size.
    connect(h, &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == ImportColumn)
            updateSummary();
    });

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
    auto *hint
        = new QLabel(tr("Check the questions before they are added. Rows with a problem are not "
                        "ticked; choose the unit of an unknown sender to import its questions."),
                     this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1180, 640));
    fill();
}

void QuestionImportDialog::fill()
{
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_batch.rows.size()));
    QList<std::pair<QString, qint64>> units;
    for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId()))
        if (const auto u = m_session->units().get(eu.unitId); u && eu.role != UnitRole::Guest)
            units.append({ u->name, u->id });
    QHash<qint64, QString> names;
    for (const Unit &u : m_session->units().list())
        names.insert(u.id, u.name);
    for (int r = 0; r < m_batch.rows.size(); ++r) {
        const QuestionImportRow &row = m_batch.rows.at(r);
        auto *check = new QTableWidgetItem;
        check->setFlags(row.blocking
                            ? Qt::ItemIsSelectable
                            : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(row.ready() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, ImportColumn, check);
        auto *source = new QTableWidgetItem(row.source);
        source->setToolTip(row.sender.isEmpty() ? row.source
                                                : row.source + QLatin1Char('\n') + row.sender);
        m_table->setItem(r, SourceColumn, source);
        if (row.needsUnit) {
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("rowUnitCombo%1").arg(r));
            combo->addItem(tr("(choose the unit)"), 0);
            for (const auto &[name, id] : units)
                combo->addItem(name, id);
            combo->setCurrentIndex(qMax(0, combo->findData(row.question.unitId)));
            connect(combo, &QComboBox::activated, this,
                    [this, r, combo] { setRowUnit(r, combo->currentData().toLongLong()); });
            // Centred in its cell rather than stretched over a tall row.
            auto *cell = new QWidget(m_table);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(2, 0, 2, 0);
            cellLayout->addWidget(combo, 0, Qt::AlignVCenter);
            combo->setParent(cell);
            m_table->setCellWidget(r, UnitColumn, cell);
        } else {
            m_table->setItem(r, UnitColumn, new QTableWidgetItem(names.value(row.question.unitId)));
        }
        m_table->setItem(
            r, KindColumn,
            new QTableWidgetItem(row.blocking ? QString() : questionKindLabel(row.question.kind)));
        auto *text = new QTableWidgetItem(row.question.text);
        text->setToolTip(row.question.text);
        m_table->setItem(r, TextColumn, text);
        m_table->setItem(r, DateColumn,
                         new QTableWidgetItem(
                             row.question.receivedOn.isValid()
                                 ? row.question.receivedOn.toString(QStringLiteral("dd/MM/yyyy"))
                                 : QString()));
        auto *problem = new QTableWidgetItem(row.message());
        problem->setToolTip(row.message());
        if (row.blocking || row.needsUnit)
            problem->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (row.duplicate)
            problem->setForeground(QColor(0x8a, 0x5a, 0x00));
        m_table->setItem(r, ProblemColumn, problem);
    }
    // No problem on any row: the column would only take the text's room.
    m_table->setColumnHidden(
        ProblemColumn,
        std::all_of(m_batch.rows.cbegin(), m_batch.rows.cend(), [](const QuestionImportRow &r) {
            return r.message().isEmpty() && !r.needsUnit;
        }));
    m_table->resizeRowsToContents();
    m_filling = false;
    updateSummary();
}

void QuestionImportDialog::setRowUnit(int row, qint64 unitId)
{
    if (row < 0 || row >= m_batch.rows.size())
        return;
    // An unknown sender sends all the rows of its e-mail: the choice applies to them all.
    const QString sender = m_batch.rows.at(row).sender;
    const QString file = m_batch.rows.at(row).source.section(QLatin1Char(','), 0, 0);
    for (int r = 0; r < m_batch.rows.size(); ++r) {
        QuestionImportRow &other = m_batch.rows[r];
        const bool same = r == row
            || (other.needsUnit && !sender.isEmpty() && other.sender == sender
                && other.source.section(QLatin1Char(','), 0, 0) == file);
        if (!same)
            continue;
        other.question.unitId = unitId;
        if (auto *combo = m_table->cellWidget(r, UnitColumn)
                ? m_table->cellWidget(r, UnitColumn)->findChild<QComboBox *>()
                : nullptr)
            combo->setCurrentIndex(qMax(0, combo->findData(unitId)));
        if (QTableWidgetItem *check = m_table->item(r, ImportColumn); check && !other.blocking)
            check->setCheckState(other.ready() ? Qt::Checked : Qt::Unchecked);
        if (QTableWidgetItem *problem = m_table->item(r, ProblemColumn)) {
            problem->setText(other.message());
            problem->setToolTip(other.message());
        }
    }
    updateSummary();
}

void QuestionImportDialog::addFiles(const QStringList &paths)
{
    QuestionImportBatch more = importQuestionsFromFiles(*m_session, paths);
    m_batch.rows << more.rows;
    markQuestionDuplicates(*m_session, m_batch);
    fill();
}

QList<Question> QuestionImportDialog::selectedQuestions() const
{
    QList<Question> out;
    for (int r = 0; r < m_batch.rows.size(); ++r) {
        const QuestionImportRow &row = m_batch.rows.at(r);
        const QTableWidgetItem *check = m_table->item(r, ImportColumn);
        if (!row.blocking && check && check->checkState() == Qt::Checked
            && !row.question.text.trimmed().isEmpty())
            out << row.question;
    }
    return out;
}

void QuestionImportDialog::updateSummary()
{
    const int selected = int(selectedQuestions().size());
    int blocked = 0, unknown = 0, duplicates = 0;
    for (const QuestionImportRow &row : m_batch.rows) {
        blocked += row.blocking;
        unknown += !row.blocking && row.needsUnit && !row.question.unitId;
        duplicates += row.duplicate;
    }
    QStringList parts { tr("%n question(s) will be imported.", nullptr, selected) };
    if (blocked)
        parts << tr("%n row(s) cannot be imported (see Problems).", nullptr, blocked);
    if (unknown)
        parts << tr("%n row(s) wait for a unit to be chosen.", nullptr, unknown);
    if (duplicates)
        parts << tr("%n row(s) are already recorded or repeated.", nullptr, duplicates);
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_import->setText(tr("Import %n question(s)", nullptr, selected));
    m_import->setEnabled((selected > 0 || m_allowNothing) && !m_session->isReadOnly());
}

void QuestionImportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // After the layout has given the table its new width.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
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
    const QList<Question> rows = selectedQuestions();
    if (rows.isEmpty())
        return;
    if (m_session->push(commands::addQuestions(
            m_session, rows, tr("import %n question(s)", nullptr, int(rows.size())))))
        QDialog::accept();
    else
        m_summary->setText(m_session->lastError());
}

} // namespace dd
