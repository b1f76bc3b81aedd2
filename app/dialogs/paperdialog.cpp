#include "dialogs/paperdialog.h"

#include "documents/paperrenderer.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "edit/attendeeactions.h"
#include "services/paperservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dd {

namespace {

bool isList(PaperKind k)
{
    return k == PaperKind::DelegateList || k == PaperKind::SignInSheet;
}

bool isLetter(PaperKind k)
{
    return k == PaperKind::PersonInvitation || k == PaperKind::UnitInvitation;
}

const QString kFolderKey = QStringLiteral("papers/lastFolder");

} // namespace

PaperDialog::PaperDialog(Session *session, PaperKind kind, const QList<qint64> &selectedAttendees,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_data(paperservice::paperData(*session))
    , m_selection(selectedAttendees)
{
    setObjectName(QStringLiteral("paperDialog"));
    setWindowTitle(tr("Print a paper"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("paperKindCombo"));
    for (PaperKind k : kAllPaperKinds)
        m_kind->addItem(paperKindLabel(k), int(k));

    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(36);
    m_onePerUnit = new QCheckBox(tr("Start a new sheet for each unit"), this);
    m_onePerUnit->setObjectName(QStringLiteral("onePerUnitCheck"));
    m_includeDeclined = new QCheckBox(tr("Also list those who declined or were replaced"), this);
    m_includeDeclined->setObjectName(QStringLiteral("includeDeclinedCheck"));

    // Personal letters go to the selection, to a unit, or to everyone not invited yet.
    m_lettersTo = new QWidget(this);
    m_who = new QButtonGroup(this);
    m_toSelected = new QRadioButton(m_lettersTo);
    m_toSelected->setObjectName(QStringLiteral("toSelectedRadio"));
    m_toUnit = new QRadioButton(tr("Everyone of one u&nit:"), m_lettersTo);
    m_toUnit->setObjectName(QStringLiteral("toUnitRadio"));
    m_toNotInvited = new QRadioButton(m_lettersTo);
    m_toNotInvited->setObjectName(QStringLiteral("toNotInvitedRadio"));
    m_toEveryone = new QRadioButton(m_lettersTo);
    m_toEveryone->setObjectName(QStringLiteral("toEveryoneRadio"));
    m_letterUnit = new QComboBox(m_lettersTo);
    m_letterUnit->setObjectName(QStringLiteral("letterUnitCombo"));
    m_letterUnit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_letterUnit->setMinimumContentsLength(30);
    for (QRadioButton *b : { m_toSelected, m_toUnit, m_toNotInvited, m_toEveryone })
        m_who->addButton(b);
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(m_toUnit);
    unitRow->addWidget(m_letterUnit, 1);
    auto *whoLayout = new QVBoxLayout(m_lettersTo);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(m_toSelected);
    whoLayout->addLayout(unitRow);
    whoLayout->addWidget(m_toNotInvited);
    whoLayout->addWidget(m_toEveryone);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("issueDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_takeNumber = new QCheckBox(this);
    m_takeNumber->setObjectName(QStringLiteral("takeNumberCheck"));
    if (m_session->isReadOnly()) {
        m_takeNumber->setEnabled(false);
        m_takeNumber->setToolTip(tr("The data file is open read-only, so no number can be taken."));
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paperSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paperMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Paper:"), m_kind);
    m_form->addRow(tr("Letters &to:"), m_lettersTo);
    m_form->addRow(tr("&Group by:"), m_groupBy);
    m_form->addRow(tr("&Unit:"), m_unit);
    m_form->addRow(QString(), m_onePerUnit);
    m_form->addRow(QString(), m_includeDeclined);
    m_form->addRow(tr("&Date:"), m_date);
    m_form->addRow(tr("Number:"), m_takeNumber);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_folderButton
        = buttons->addButton(tr("One PDF per unit into a &folder…"), QDialogButtonBox::ActionRole);
    m_folderButton->setObjectName(QStringLiteral("saveFolderButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &PaperDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &PaperDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, qOverload<>(&PaperDialog::saveAsPdf));
    connect(m_folderButton, &QPushButton::clicked, this, qOverload<>(&PaperDialog::saveToFolder));
    m_previewButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    fillUnits();
    m_toSelected->setEnabled(!m_selection.isEmpty());
    (m_selection.isEmpty() ? m_toNotInvited : m_toSelected)->setChecked(true);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PaperDialog::updateForKind);
    for (QComboBox *c : { m_groupBy, m_unit, m_letterUnit })
        connect(c, &QComboBox::currentIndexChanged, this, &PaperDialog::updateSummary);
    for (QCheckBox *c : { m_onePerUnit, m_includeDeclined })
        connect(c, &QCheckBox::toggled, this, &PaperDialog::updateSummary);
    connect(m_who, &QButtonGroup::buttonToggled, this, &PaperDialog::updateSummary);
    connect(m_letterUnit, &QComboBox::activated, this, [this] { m_toUnit->setChecked(true); });

    setKind(kind);
    updateForKind();
    setMinimumWidth(620);
}

void PaperDialog::run(Session *session, PaperKind kind, const QList<qint64> &selectedAttendees,
                      QWidget *parent)
{
    if (!session || session->eventId() <= 0)
        return;
    PaperDialog dialog(session, kind, selectedAttendees, parent);
    dialog.exec();
}

QPushButton *PaperDialog::printButton(Session *session, const QList<PaperKind> &kinds,
                                      QWidget *page, const char *objectName,
                                      std::function<QList<qint64>()> selection)
{
    auto *button = new QPushButton(tr("P&rint…"), page);
    button->setObjectName(QLatin1String(objectName));
    // Never squeezed by a crowded row: the label must stay readable.
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const auto open = [session, page, selection](PaperKind k) {
        run(session, k, selection ? selection() : QList<qint64>(), page);
    };
    if (kinds.size() == 1) {
        button->setToolTip(
            tr("Preview, print or save as PDF: %1").arg(paperKindLabel(kinds.first())));
        connect(button, &QPushButton::clicked, page, [open, k = kinds.first()] { open(k); });
        return button;
    }
    auto *menu = new QMenu(button);
    for (PaperKind k : kinds) {
        QAction *a = menu->addAction(paperKindLabel(k) + QStringLiteral("…"), page,
                                     [open, k] { open(k); });
        a->setObjectName(QStringLiteral("printAction_") + paperKindKey(k));
    }
    button->setMenu(menu);
    return button;
}

PaperKind PaperDialog::kind() const
{
    return PaperKind(m_kind->currentData().toInt());
}

void PaperDialog::setKind(PaperKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PaperDialog::fillUnits()
{
    // The units of the event in their order, then any other unit a person belongs to.
    QList<qint64> ids;
    for (const EventUnit &eu : std::as_const(m_data.eventUnits))
        if (!ids.contains(eu.unitId))
            ids << eu.unitId;
    for (const Attendee &a : std::as_const(m_data.attendees))
        if (a.unitId != 0 && !ids.contains(a.unitId))
            ids << a.unitId;
    m_unit->clear();
    m_unit->addItem(QString(), 0);
    m_letterUnit->clear();
    for (qint64 id : std::as_const(ids)) {
        const QString name = m_data.unitName(id);
        if (name.isEmpty())
            continue;
        m_unit->addItem(name, id);
        m_letterUnit->addItem(name, id);
    }
}

void PaperDialog::updateForKind()
{
    const PaperKind k = kind();
    const qint64 group = m_groupBy->currentData().toLongLong();
    m_groupBy->blockSignals(true);
    m_groupBy->clear();
    if (isList(k)) {
        m_groupBy->addItem(tr("Unit"), int(documents::PaperOptions::GroupBy::Unit));
        m_groupBy->addItem(tr("Role"), int(documents::PaperOptions::GroupBy::Role));
    } else if (k == PaperKind::QuestionSummary) {
        m_groupBy->addItem(tr("Topic"), int(documents::PaperOptions::GroupBy::Topic));
        m_groupBy->addItem(tr("Agency the questions are forwarded to"),
                           int(documents::PaperOptions::GroupBy::Agency));
    }
    m_groupBy->setCurrentIndex(qMax(0, m_groupBy->findData(group)));
    m_groupBy->blockSignals(false);
    m_unit->setItemText(
        0, k == PaperKind::UnitInvitation ? tr("Every unit with a seat quota") : tr("All units"));

    m_form->setRowVisible(m_lettersTo, k == PaperKind::PersonInvitation);
    m_form->setRowVisible(m_groupBy, isList(k) || k == PaperKind::QuestionSummary);
    m_form->setRowVisible(
        m_unit, isList(k) || k == PaperKind::QuestionSummary || k == PaperKind::UnitInvitation);
    m_form->setRowVisible(m_onePerUnit, k == PaperKind::SignInSheet);
    m_form->setRowVisible(m_includeDeclined, isList(k));
    m_folderButton->setVisible(isLetter(k));

    const QString symbol = documents::papertext::numberingSymbol(m_data.settings, k);
    const int next = qMax(1, m_data.settings.numbering.value(k).nextNumber);
    m_takeNumber->setText(
        tr("Take the next number (%1)").arg(documents::papertext::numberLine(next, symbol)));
    setWindowTitle(tr("Print: %1").arg(paperKindLabel(k)));
    updateSummary();
    adjustSize();
}

documents::PaperOptions PaperDialog::options() const
{
    documents::PaperOptions o;
    const PaperKind k = kind();
    if (isList(k) || k == PaperKind::QuestionSummary)
        o.groupBy = documents::PaperOptions::GroupBy(m_groupBy->currentData().toInt());
    else
        o.groupBy = documents::PaperOptions::GroupBy::Unit;
    if (isList(k) || k == PaperKind::QuestionSummary || k == PaperKind::UnitInvitation)
        o.unitId = m_unit->currentData().toLongLong();
    o.onePerUnit = k == PaperKind::SignInSheet && m_onePerUnit->isChecked();
    o.includeDeclined = isList(k) && m_includeDeclined->isChecked();
    if (k == PaperKind::PersonInvitation)
        o.attendeeIds = letterRecipients();
    return o;
}

QDate PaperDialog::issueDate() const
{
    return m_date->date();
}

QList<qint64> PaperDialog::letterRecipients() const
{
    documents::PaperOptions listed;
    if (m_toUnit->isChecked())
        listed.unitId = m_letterUnit->currentData().toLongLong();
    const QSet<qint64> selected(m_selection.cbegin(), m_selection.cend());
    // Selected people get their letter whatever their status; the other choices leave out
    // those who declined or were replaced.
    const bool bySelection = m_toSelected->isChecked();
    const QList<Attendee> pool
        = bySelection ? m_data.attendees : documents::papers::listedAttendees(m_data, listed);
    QList<qint64> ids;
    // In the order of the list (Vietnamese name order), not the order of clicking.
    for (const Attendee &a : pool) {
        if (bySelection && !selected.contains(a.id))
            continue;
        if (m_toUnit->isChecked() && listed.unitId == 0)
            continue;
        if (m_toNotInvited->isChecked() && a.status != InvitationStatus::NotInvited)
            continue;
        ids << a.id;
    }
    return ids;
}

void PaperDialog::updateSummary()
{
    const PaperKind k = kind();
    if (k == PaperKind::PersonInvitation) {
        const QSet<qint64> selected(m_selection.cbegin(), m_selection.cend());
        int nSelected = 0;
        int nNotInvited = 0;
        const QList<Attendee> listed = documents::papers::listedAttendees(m_data, {});
        for (const Attendee &a : std::as_const(m_data.attendees))
            nSelected += selected.contains(a.id);
        for (const Attendee &a : listed)
            nNotInvited += a.status == InvitationStatus::NotInvited;
        m_toSelected->setText(
            nSelected > 0 ? tr("The %n people selected on the Attendees tab", nullptr, nSelected)
                          : tr("The people selected on the Attendees tab (nobody is selected)"));
        m_toNotInvited->setText(tr("Everyone not yet invited (%n)", nullptr, nNotInvited));
        m_toEveryone->setText(tr("Everyone on the list (%n)", nullptr, int(listed.size())));
        const int n = int(letterRecipients().size());
        m_summary->setText(tr("%n letter(s), one page each.", nullptr, n));
    } else if (k == PaperKind::UnitInvitation) {
        const int n = int(documents::papers::invitedUnits(m_data, options()).size());
        m_summary->setText(tr("%n letter(s), one to each unit.", nullptr, n));
    } else if (isList(k)) {
        const int n = int(documents::papers::listedAttendees(m_data, options()).size());
        m_summary->setText(tr("%n people on the list.", nullptr, n));
    } else {
        m_summary->clear();
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    checkPrintable();
}

bool PaperDialog::checkPrintable()
{
    documents::PaperOptions o = options();
    Status s = paperservice::canPrint(kind(), m_data, o);
    // An empty choice of persons would mean "everyone" to the renderer: refuse it here.
    if (s && kind() == PaperKind::PersonInvitation && o.attendeeIds.isEmpty())
        s = Error(tr("There is nobody to write an invitation to with this choice. Select "
                     "people on the Attendees tab or choose another option."));
    if (!s) {
        showMessage(s.error(), true);
    } else if (m_message->property("error").toBool()) {
        showMessage(QString(), false);
    }
    for (QPushButton *b : { m_previewButton, m_printButton, m_saveButton, m_folderButton })
        b->setEnabled(bool(s));
    return bool(s);
}

void PaperDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void PaperDialog::preview()
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return;
    const PaperKind k = kind();
    const documents::PaperOptions o = options();
    // The preview shows the number the paper will get, without taking it yet.
    documents::PaperData data = m_data;
    if (m_takeNumber->isChecked())
        data.number = qMax(1, data.settings.numbering.value(k).nextNumber);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documents::paperTitle(k, data));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("paperPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: %1").arg(paperKindLabel(k)));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (Status s = documents::renderPaper(k, data, o, *p); !s)
            failure = s.error();
    });
    dialog.resize(900, 700);
    // The preview's own Print button prints and accepts: the paper has then gone out.
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        showMessage(failure, true);
        return;
    }
    if (!printed)
        return;
    if (m_takeNumber->isChecked() && !m_session->isReadOnly()) {
        const Result<int> n = m_session->events().takeNextNumber(m_session->eventId(), k);
        if (!n)
            showMessage(n.error(), true);
    }
    showMessage(tr("Sent to the printer."), false);
    offerToMarkInvited();
    m_data = paperservice::paperData(*m_session, issueDate());
    updateForKind();
}

void PaperDialog::print()
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documents::paperTitle(kind(), m_data));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("paperPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> number = paperservice::printPaper(*m_session, kind(), options(), printer,
                                                        m_takeNumber->isChecked(), issueDate());
    if (!number) {
        showMessage(number.error(), true);
        return;
    }
    showMessage(*number > 0 ? tr("Sent to the printer with the number %1.").arg(*number)
                            : tr("Sent to the printer."),
                false);
    offerToMarkInvited();
    m_data = paperservice::paperData(*m_session, issueDate());
    updateForKind();
}

QString PaperDialog::suggestedFileName() const
{
    QString name = documents::paperTitle(kind(), m_data).section(QStringLiteral(" – "), 0, 0);
    if (kind() == PaperKind::UnitInvitation)
        name += QStringLiteral(" đơn vị");
    return paperservice::safeFileName(
        QStringLiteral("%1 %2").arg(name, issueDate().toString(QStringLiteral("yyyy-MM-dd"))));
}

QString PaperDialog::lastFolder() const
{
    QString dir = QSettings().value(kFolderKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir;
}

void PaperDialog::rememberFolder(const QString &path)
{
    QSettings().setValue(kFolderKey, path);
}

void PaperDialog::saveAsPdf()
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        QDir(lastFolder()).filePath(suggestedFileName() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    rememberFolder(QFileInfo(path).absolutePath());
    saveTo(path);
}

bool PaperDialog::saveTo(const QString &path)
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return false;
    const auto written = paperservice::printPaperToPdf(*m_session, kind(), options(), path,
                                                       m_takeNumber->isChecked(), issueDate());
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(tr("Saved %1 (%n page(s)).", nullptr, written->pages)
                    .arg(QDir::toNativeSeparators(written->path)),
                false);
    offerToMarkInvited();
    m_data = paperservice::paperData(*m_session, issueDate());
    updateForKind();
    return true;
}

void PaperDialog::saveToFolder()
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return;
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for one PDF per unit"), lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    saveToFolder(folder);
}

bool PaperDialog::saveToFolder(const QString &folder)
{
    m_data = paperservice::paperData(*m_session, issueDate());
    if (!checkPrintable())
        return false;
    const PaperKind k = kind();
    QList<qint64> ids;
    if (k == PaperKind::PersonInvitation)
        ids = letterRecipients();
    else if (const qint64 unit = m_unit->currentData().toLongLong(); unit != 0)
        ids << unit;
    const auto written = paperservice::writeLettersPerUnit(*m_session, k, ids, folder,
                                                           m_takeNumber->isChecked(), issueDate());
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(tr("Saved %n file(s) in %1.", nullptr, int(written->size()))
                    .arg(QDir::toNativeSeparators(folder)),
                false);
    offerToMarkInvited();
    m_data = paperservice::paperData(*m_session, issueDate());
    updateForKind();
    return true;
}

void PaperDialog::offerToMarkInvited()
{
    if (kind() != PaperKind::PersonInvitation || m_session->isReadOnly())
        return;
    const QList<qint64> recipients = letterRecipients();
    const int n
        = int(attendeeactions::toMarkInvited(*m_session, recipients, QDate::currentDate()).size());
    if (n == 0)
        return;
    QMessageBox question(QMessageBox::Question, tr("Mark as invited"),
                         tr("Mark these %n people as invited?", nullptr, n),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("markInvitedQuestion"));
    question.setInformativeText(
        tr("Their status becomes \"invited\" with today's date. Edit ▸ Undo reverts it."));
    question.setDefaultButton(QMessageBox::Yes);
    if (question.exec() != QMessageBox::Yes)
        return;
    if (!m_session->push(attendeeactions::markInvited(m_session, recipients, QDate::currentDate())))
        showMessage(m_session->lastError(), true);
}

} // namespace dd
