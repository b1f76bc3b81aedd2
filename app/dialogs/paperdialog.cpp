#include "dialogs/paperdialog.h"

#include "dialogs/cardfilter.h"
#include "dialogs/mailsenddialog.h"
#include "dialogs/reporttextdialog.h"

#include "documents/paperrenderer.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "edit/paperedits.h"
#include "services/paperservice.h"
#include "widgets/screenfit.h"

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

// Badges, place cards and labels: cards on sheets, neither numbered nor dated.
bool isCards(PaperKind k)
{
    return k == PaperKind::Badges || k == PaperKind::PlaceCards || k == PaperKind::Labels;
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

    // The covering letter goes to one agency: those with questions forwarded to them first.
    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("agencyCombo"));

    // The signing date: remembered per paper; unticked, the line is left blank to be dated
    // by hand when the paper is signed.
    m_dated = new QCheckBox(tr("Dated"), this);
    m_dated->setObjectName(QStringLiteral("issueDateCheck"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("issueDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    connect(m_dated, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    // A signing date after the deadline for questions is warned about as it is chosen.
    connect(m_dated, &QCheckBox::toggled, this, &PaperDialog::updateSummary);
    connect(m_date, &QDateEdit::dateChanged, this, &PaperDialog::updateSummary);
    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_dated);
    dateLayout->addWidget(m_date, 1);
    m_answerRow = new QWidget(this);
    m_answerDated = new QCheckBox(tr("By a date"), m_answerRow);
    m_answerDated->setObjectName(QStringLiteral("answerByCheck"));
    m_answerBy = new QDateEdit(QDate::currentDate().addDays(7), m_answerRow);
    m_answerBy->setObjectName(QStringLiteral("answerByEdit"));
    m_answerBy->setCalendarPopup(true);
    m_answerBy->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    connect(m_answerDated, &QCheckBox::toggled, m_answerBy, &QWidget::setEnabled);
    auto *answerLayout = new QHBoxLayout(m_answerRow);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_answerDated);
    answerLayout->addWidget(m_answerBy, 1);
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
    m_dateWarning = new QLabel(this);
    m_dateWarning->setObjectName(QStringLiteral("dateWarning"));
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Paper:"), m_kind);
    m_form->addRow(tr("Letters &to:"), m_lettersTo);
    m_form->addRow(tr("&Agency:"), m_agency);
    m_form->addRow(tr("&Group by:"), m_groupBy);
    m_form->addRow(tr("&Unit:"), m_unit);
    m_form->addRow(tr("Rol&e:"), m_cardFilter = new CardFilter(this));
    m_form->addRow(QString(), m_onePerUnit);
    m_form->addRow(QString(), m_includeDeclined);
    m_form->addRow(tr("Signing &date:"), dateRow);
    m_form->addRow(tr("Answers asked:"), m_answerRow);
    m_form->addRow(tr("Number:"), m_takeNumber);
    m_reportText = new QPushButton(ReportTextDialog::actionText(), this);
    m_reportText->setObjectName(QStringLiteral("reportTextButton"));
    connect(m_reportText, &QPushButton::clicked, this,
            [this] { ReportTextDialog::run(m_session, this); });
    m_form->addRow(tr("Your words:"), m_reportText);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_odtButton = buttons->addButton(tr("Save as &ODT…"), QDialogButtonBox::ActionRole);
    m_odtButton->setObjectName(QStringLiteral("saveOdtButton"));
    m_odtButton->setToolTip(tr("An OpenDocument text to make a last change in LibreOffice or "
                               "Word before signing; the PDF stays the reference."));
    m_folderButton
        = buttons->addButton(tr("One PDF per unit into a &folder…"), QDialogButtonBox::ActionRole);
    m_folderButton->setObjectName(QStringLiteral("saveFolderButton"));
    m_mailButton = MailSendDialog::addButton(buttons, m_session, [this] {
        return MailSendDialog::Request { this->kind(), dates(), options().unitId };
    });
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &PaperDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &PaperDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, qOverload<>(&PaperDialog::saveAsPdf));
    connect(m_odtButton, &QPushButton::clicked, this, &PaperDialog::saveAsOdt);
    connect(m_folderButton, &QPushButton::clicked, this, qOverload<>(&PaperDialog::saveToFolder));
    m_previewButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addWidget(m_dateWarning);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    fillUnits();
    m_toSelected->setEnabled(!m_selection.isEmpty());
    (m_selection.isEmpty() ? m_toNotInvited : m_toSelected)->setChecked(true);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PaperDialog::updateForKind);
    for (QComboBox *c : { m_groupBy, m_unit, m_letterUnit, m_agency })
        connect(c, &QComboBox::currentIndexChanged, this, &PaperDialog::updateSummary);
    for (QCheckBox *c : { m_onePerUnit, m_includeDeclined })
        connect(c, &QCheckBox::toggled, this, &PaperDialog::updateSummary);
    connect(m_who, &QButtonGroup::buttonToggled, this, &PaperDialog::updateSummary);
    connect(m_cardFilter, &CardFilter::changed, this, &PaperDialog::updateSummary);
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
    // Agencies: those with questions for them first, then the guests, then the others.
    const qint64 current = m_agency->currentData().toLongLong();
    m_agency->blockSignals(true);
    m_agency->clear();
    QList<qint64> agencies;
    for (const Question &q : std::as_const(m_data.questions))
        if (q.forwardedToUnitId != 0 && !agencies.contains(q.forwardedToUnitId))
            agencies << q.forwardedToUnitId;
    for (const EventUnit &eu : std::as_const(m_data.eventUnits))
        if (eu.role == UnitRole::Guest && !agencies.contains(eu.unitId))
            agencies << eu.unitId;
    for (qint64 id : std::as_const(agencies)) {
        const int open = int(documents::papers::forwardedTo(m_data, id).size());
        m_agency->addItem(tr("%1 (%n question(s))", nullptr, open).arg(m_data.unitName(id)), id);
    }
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(current)));
    m_agency->blockSignals(false);
}

void PaperDialog::loadDates()
{
    const PaperNumbering n = m_data.settings.numbering.value(kind());
    m_dated->setChecked(n.signedOn.isValid());
    m_date->setEnabled(n.signedOn.isValid());
    m_date->setDate(n.signedOn.isValid() ? n.signedOn : QDate::currentDate());
    const QDate answer = m_data.settings.numbering.value(PaperKind::ForwardLetter).answerBy;
    m_answerDated->setChecked(answer.isValid());
    m_answerBy->setEnabled(answer.isValid());
    m_answerBy->setDate(answer.isValid() ? answer : QDate::currentDate().addDays(7));
}

paperservice::PaperDates PaperDialog::dates() const
{
    paperservice::PaperDates d;
    d.signedOn = issueDate();
    if (kind() == PaperKind::ForwardLetter)
        d.answerBy = answerBy();
    return d;
}

void PaperDialog::recordPrinted(const QList<qint64> &forwarded)
{
    if (m_session->isReadOnly())
        return;
    const paperservice::PaperDates d = dates();
    const QDate day = issueDate().isValid() ? issueDate() : QDate::currentDate();
    if (QUndoCommand *cmd = paperedits::printed(m_session, kind(), d.signedOn, d.answerBy,
                                                options().unitId, forwarded, day);
        cmd && !m_session->push(cmd))
        showMessage(m_session->lastError(), true);
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
    m_unit->setItemText(0,
                        k == PaperKind::UnitInvitation ? tr("Every unit taking part")
                            : k == PaperKind::OnlineNotice
                            ? tr("All district and directly affiliated unions")
                            : tr("All units"));

    m_form->setRowVisible(m_lettersTo, k == PaperKind::PersonInvitation);
    m_form->setRowVisible(m_agency, k == PaperKind::ForwardLetter);
    m_form->setRowVisible(m_answerRow, k == PaperKind::ForwardLetter);
    m_form->setRowVisible(m_groupBy, isList(k) || k == PaperKind::QuestionSummary);
    m_form->setRowVisible(m_unit,
                          isList(k) || k == PaperKind::QuestionSummary
                              || k == PaperKind::UnitInvitation || k == PaperKind::OnlineNotice
                              || isCards(k));
    m_form->setRowVisible(m_dated->parentWidget(), !isCards(k));
    m_form->setRowVisible(m_onePerUnit, k == PaperKind::SignInSheet);
    m_form->setRowVisible(m_takeNumber, paperCarriesNumber(k) && !isCards(k));
    m_form->setRowVisible(m_includeDeclined, isList(k));
    m_form->setRowVisible(m_reportText, k == PaperKind::Report);
    m_form->setRowVisible(m_cardFilter, isCards(k));
    m_folderButton->setVisible(isLetter(k));
    MailSendDialog::updateButton(m_mailButton, k);

    const QString symbol = documents::papertext::numberingSymbol(m_data.settings, k);
    const int next = qMax(1, m_data.settings.numbering.value(k).nextNumber);
    m_takeNumber->setText(
        tr("Take the next number (%1)").arg(documents::papertext::numberLine(next, symbol)));
    setWindowTitle(tr("Print: %1").arg(paperKindLabel(k)));
    loadDates();
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
    if (isList(k) || k == PaperKind::QuestionSummary || k == PaperKind::UnitInvitation
        || k == PaperKind::OnlineNotice || isCards(k))
        o.unitId = m_unit->currentData().toLongLong();
    if (k == PaperKind::ForwardLetter)
        o.unitId = m_agency->currentData().toLongLong();
    o.onePerUnit = k == PaperKind::SignInSheet && m_onePerUnit->isChecked();
    o.includeDeclined = isList(k) && m_includeDeclined->isChecked();
    if (k == PaperKind::PersonInvitation)
        o.attendeeIds = letterRecipients();
    if (isCards(k))
        o.role = m_cardFilter->role();
    return o;
}

QDate PaperDialog::issueDate() const
{
    return m_dated->isChecked() ? m_date->date() : QDate();
}

QDate PaperDialog::answerBy() const
{
    return m_answerDated->isChecked() ? m_answerBy->date() : QDate();
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
        if (!documents::papers::getsPersonalLetter(a, m_data))
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
        int nSelected = 0, nSelectedLetters = 0, nNotInvited = 0, nEveryone = 0;
        for (const Attendee &a : std::as_const(m_data.attendees)) {
            const bool letter = documents::papers::getsPersonalLetter(a, m_data);
            nSelected += selected.contains(a.id);
            nSelectedLetters += selected.contains(a.id) && letter;
        }
        // Letters go to named co-chairs, guests, delegates and press of the other units.
        for (const Attendee &a : documents::papers::invitees(m_data, {})) {
            ++nEveryone;
            nNotInvited += a.status == InvitationStatus::NotInvited;
        }
        m_toSelected->setText(
            nSelected > 0 ? tr("The %n people selected on the Attendees tab", nullptr, nSelected)
                          : tr("The people selected on the Attendees tab (nobody is selected)"));
        m_toNotInvited->setText(tr("Everyone not yet invited (%n)", nullptr, nNotInvited));
        m_toEveryone->setText(tr("Everyone who gets a letter (%n)", nullptr, nEveryone));
        const int n = int(letterRecipients().size());
        QString text = tr("%n letter(s), one page each.", nullptr, n);
        if (m_toSelected->isChecked() && nSelectedLetters < nSelected)
            text += QLatin1Char(' ')
                + tr("%n of the people selected get no personal letter: without a name, of the "
                     "organiser's own units, declined, or the signer.",
                     nullptr, nSelected - nSelectedLetters);
        m_summary->setText(text);
    } else if (k == PaperKind::UnitInvitation) {
        const int n = int(documents::papers::invitedUnits(m_data, options()).size());
        m_summary->setText(tr("%n letter(s), one to each unit.", nullptr, n));
    } else if (k == PaperKind::ForwardLetter) {
        const int n = int(
            documents::papers::forwardedTo(m_data, m_agency->currentData().toLongLong()).size());
        m_summary->setText(
            tr("%n question(s) go with the letter; they are recorded as forwarded on the signing "
               "date (today when the letter is not dated).",
               nullptr, n));
    } else if (isList(k)) {
        const int n = int(documents::papers::listedAttendees(m_data, options()).size());
        m_summary->setText(tr("%n people on the list.", nullptr, n));
    } else {
        m_summary->setText(CardFilter::summary(k, m_data, options())); // empty but for cards
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    const QString warning = paperservice::dateWarning(k, m_data, issueDate());
    m_dateWarning->setText(warning);
    m_dateWarning->setVisible(!warning.isEmpty());
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
    for (QPushButton *b :
         { m_previewButton, m_printButton, m_saveButton, m_odtButton, m_folderButton })
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
    m_data = paperservice::paperData(*m_session);
    if (!checkPrintable())
        return;
    const PaperKind k = kind();
    const documents::PaperOptions o = options();
    // The preview shows the number the paper will get, without taking it yet.
    Result<documents::PaperData> prepared
        = paperservice::preparePaper(*m_session, k, o, false, dates());
    if (!prepared) {
        showMessage(prepared.error(), true);
        return;
    }
    documents::PaperData data = *prepared;
    if (m_takeNumber->isChecked() && paperCarriesNumber(k))
        data.number = qMax(1, data.settings.numbering.value(k).nextNumber);
    const QList<qint64> forwarded = k == PaperKind::ForwardLetter
        ? paperservice::unrecordedForwarding(*m_session, o.unitId)
        : QList<qint64>();

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
    resizeWithinScreen(&dialog, QSize(900, 700));
    // The preview's own Print button prints and accepts: the paper has then gone out.
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        showMessage(failure, true);
        return;
    }
    if (!printed)
        return;
    if (m_takeNumber->isChecked() && paperCarriesNumber(k) && !m_session->isReadOnly()) {
        const Result<int> n = paperedits::takeNumber(m_session, k);
        if (!n)
            showMessage(n.error(), true);
    }
    showMessage(tr("Sent to the printer."), false);
    afterPrinting(forwarded);
}

void PaperDialog::print()
{
    m_data = paperservice::paperData(*m_session);
    if (!checkPrintable())
        return;
    const QList<qint64> forwarded = kind() == PaperKind::ForwardLetter
        ? paperservice::unrecordedForwarding(*m_session, options().unitId)
        : QList<qint64>();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documents::paperTitle(kind(), m_data));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("paperPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> number = paperservice::printPaper(*m_session, kind(), options(), printer,
                                                        m_takeNumber->isChecked(), dates());
    if (!number) {
        showMessage(number.error(), true);
        return;
    }
    showMessage(*number > 0 ? tr("Sent to the printer with the number %1.").arg(*number)
                            : tr("Sent to the printer."),
                false);
    afterPrinting(forwarded);
}

void PaperDialog::afterPrinting(const QList<qint64> &forwarded)
{
    recordPrinted(forwarded);
    offerToMarkInvited();
    m_data = paperservice::paperData(*m_session);
    fillUnits();
    updateForKind();
}

QString PaperDialog::suggestedFileName() const
{
    QString name = documents::paperTitle(kind(), m_data).section(QStringLiteral(" – "), 0, 0);
    if (kind() == PaperKind::UnitInvitation)
        name += QStringLiteral(" đơn vị");
    if (kind() == PaperKind::ForwardLetter)
        name += QLatin1Char(' ') + m_data.unitName(m_agency->currentData().toLongLong());
    const QDate day = issueDate().isValid() ? issueDate() : QDate::currentDate();
    return paperservice::safeFileName(
        QStringLiteral("%1 %2").arg(name, day.toString(QStringLiteral("yyyy-MM-dd"))));
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
    saveAs(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
}

void PaperDialog::saveAsOdt()
{
    saveAs(QStringLiteral("odt"), tr("OpenDocument text (*.odt)"));
}

void PaperDialog::saveAs(const QString &extension, const QString &filter)
{
    m_data = paperservice::paperData(*m_session);
    if (!checkPrintable())
        return;
    QString path = QFileDialog::getSaveFileName(
        this, extension == QLatin1String("odt") ? tr("Save as ODT") : tr("Save as PDF"),
        QDir(lastFolder()).filePath(suggestedFileName() + QLatin1Char('.') + extension), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    rememberFolder(QFileInfo(path).absolutePath());
    saveTo(path);
}

bool PaperDialog::saveTo(const QString &path)
{
    m_data = paperservice::paperData(*m_session);
    if (!checkPrintable())
        return false;
    const QList<qint64> forwarded = kind() == PaperKind::ForwardLetter
        ? paperservice::unrecordedForwarding(*m_session, options().unitId)
        : QList<qint64>();
    const auto written = paperservice::writePaper(*m_session, kind(), options(), path,
                                                  m_takeNumber->isChecked(), dates());
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(written->pages > 0 ? tr("Saved %1 (%n page(s)).", nullptr, written->pages)
                                         .arg(QDir::toNativeSeparators(written->path))
                                   : tr("Saved %1.").arg(QDir::toNativeSeparators(written->path)),
                false);
    afterPrinting(forwarded);
    return true;
}

void PaperDialog::saveToFolder()
{
    m_data = paperservice::paperData(*m_session);
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
    m_data = paperservice::paperData(*m_session);
    if (!checkPrintable())
        return false;
    const PaperKind k = kind();
    QList<qint64> ids;
    if (k == PaperKind::PersonInvitation)
        ids = letterRecipients();
    else if (const qint64 unit = m_unit->currentData().toLongLong(); unit != 0)
        ids << unit;
    const auto written = paperservice::writeLettersPerUnit(*m_session, k, ids, folder,
                                                           m_takeNumber->isChecked(), dates());
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(tr("Saved %n file(s) in %1.", nullptr, int(written->size()))
                    .arg(QDir::toNativeSeparators(folder)),
                false);
    afterPrinting({});
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
