#include "pages/attendeespage.h"

#include "edit/checkinlookup.h"

#include "domain/attendeecode.h"
#include "serverdesk.h"

#include "widgets/emptyhint.h"
#include "widgets/flowlayout.h"
#include "widgets/tableselection.h"

#include "dialogs/attendeedialog.h"
#include "dialogs/dialogbuttons.h"
#include "dialogs/importdialog.h"
#include "dialogs/paperdialog.h"
#include "dialogs/unitsdialog.h"
#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "io/readlimits.h"
#include "models/attendeetablemodel.h"
#include "models/simplemodels.h"
#include "services/attendeeexport.h"
#include "text/vietnamese.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

namespace {
// The search field's width, and the room its clear button and frame take beside the hint.
constexpr int kSearchWidth = 300;
constexpr int kSearchRoom = 48;

// The hint of the search field is read whole, whatever its font (the filter row wraps).
void widenToHint(QLineEdit *search)
{
    search->setMinimumWidth(
        qMax(kSearchWidth,
             search->fontMetrics().horizontalAdvance(search->placeholderText()) + kSearchRoom));
}
} // namespace

AttendeesPage::AttendeesPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attendeesPage"));
    m_model = new AttendeeTableModel(session, this);
    m_filter = new AttendeeFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_quotas = new UnitQuotaModel(session, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("attendeeSearch"));
    m_search->setPlaceholderText(
        tr("Search name, unit, position, phone, e-mail (accents not needed)"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter = new QComboBox(this);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(tr("All roles"), -1);
    for (AttendeeRole r : { AttendeeRole::Chair, AttendeeRole::CoChair, AttendeeRole::Guest,
                            AttendeeRole::Delegate, AttendeeRole::Press, AttendeeRole::Staff })
        m_roleFilter->addItem(attendeeRoleLabel(r), int(r));
    m_roleFilter->addItem(tr("Reserve delegates"), AttendeeFilterModel::kReservesOnly);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All invitations"), -1);
    for (InvitationStatus s :
         { InvitationStatus::NotInvited, InvitationStatus::Invited, InvitationStatus::Confirmed,
           InvitationStatus::Declined, InvitationStatus::Replaced })
        m_statusFilter->addItem(invitationStatusLabel(s), int(s));
    m_checkedInFilter = new QComboBox(this);
    m_checkedInFilter->setObjectName(QStringLiteral("checkedInFilter"));
    m_checkedInFilter->addItem(tr("Present or not"), int(AttendeeFilterModel::CheckedIn::Any));
    m_checkedInFilter->addItem(tr("Checked in"), int(AttendeeFilterModel::CheckedIn::Yes));
    m_checkedInFilter->addItem(tr("Not checked in"), int(AttendeeFilterModel::CheckedIn::No));
    m_checkInMode = new QCheckBox(tr("Check-in mode"), this);
    m_checkInMode->setObjectName(QStringLiteral("checkInModeCheck"));
    m_checkInMode->setToolTip(
        tr("On the day: type a few letters of a name, press Enter to check the "
           "person in; Ctrl+Enter adds a walk-in with the typed name."));

    // The filters wrap too on a small screen (1024×600), rather than widening the window.
    auto *filterRow = new QWidget(this);
    auto *filters = new FlowLayout(filterRow);
    widenToHint(m_search);
    m_unitFilter->setMinimumContentsLength(18);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_search);
    filters->addWidget(m_unitFilter);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_checkedInFilter);
    filters->addWidget(m_checkInMode);
    const QList<PaperKind> papers = { PaperKind::DelegateList, PaperKind::SignInSheet,
                                      PaperKind::PersonInvitation, PaperKind::UnitInvitation };
    filters->addWidget(PaperDialog::printButton(session, papers, this, "printAttendeesButton",
                                                [this] { return selectedIds(); }));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendeeTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttendeeTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(AttendeeTableModel::NameColumn, 190);
    m_table->setColumnWidth(AttendeeTableModel::GenderColumn, 60);
    m_table->setColumnWidth(AttendeeTableModel::BirthYearColumn, 60);
    m_table->setColumnWidth(AttendeeTableModel::PositionColumn, 200);
    m_table->setColumnWidth(AttendeeTableModel::UnitColumn, 200);
    m_table->setColumnWidth(AttendeeTableModel::WorkplaceColumn, 220);
    m_table->setColumnWidth(AttendeeTableModel::RoleColumn, 110);
    m_table->setColumnWidth(AttendeeTableModel::StatusColumn, 110);
    m_table->setColumnWidth(AttendeeTableModel::CheckedInColumn, 70);
    // What the clerk works with (role, invitation, check-in) comes right after the name,
    // position and unit, so that it is seen without scrolling on a 1024 px screen; gender,
    // birth year, workplace, phone and e-mail (for the printed lists) follow. Only the view's
    // order: the model's columns, the exports and the CLI stay as they are.
    {
        QHeaderView *header = m_table->horizontalHeader();
        int to = 1;
        for (int c : { AttendeeTableModel::PositionColumn, AttendeeTableModel::UnitColumn,
                       AttendeeTableModel::RoleColumn, AttendeeTableModel::StatusColumn,
                       AttendeeTableModel::CheckedInColumn })
            header->moveSection(header->visualIndex(c), to++);
    }
    // A selected row draws every header in bold (check-in mode always has one): no column
    // may be narrower than its bold header, or "Năm sinh" loses its first letter.
    for (int c = 0; c < m_filter->columnCount(); ++c)
        m_table->setColumnWidth(
            c, std::max(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    new EmptyHint(m_table, [this] {
        return m_model->rowCount() == 0
            ? tr("No one on the list yet. Import the lists the district unions sent (Import "
                 "from file…, or drop the files here), or add a person by hand (Add…).")
            : tr("No one matches the search or the filters above.");
    });

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_editButtons = new QWidget(this);
    // Wraps onto a second line on a small screen rather than cutting the buttons.
    auto *buttons = new FlowLayout(m_editButtons);
    buttons->addWidget(button(tr("&Add…"), "addAttendeeButton", [this] { addAttendee(); }));
    buttons->addWidget(button(tr("Edit…"), "editAttendeeButton", [this] { editSelected(); }));
    buttons->addWidget(button(tr("&Delete"), "deleteAttendeeButton", [this] { deleteSelected(); }));
    buttons->addWidget(button(tr("Mark &invited"), "inviteButton",
                              [this] { setStatusOfSelected(int(InvitationStatus::Invited)); }));
    buttons->addWidget(button(tr("C&onfirmed"), "confirmButton",
                              [this] { setStatusOfSelected(int(InvitationStatus::Confirmed)); }));
    buttons->addWidget(button(tr("Dec&lined"), "declineButton",
                              [this] { setStatusOfSelected(int(InvitationStatus::Declined)); }));
    buttons->addWidget(
        button(tr("&Substitute…"), "substituteButton", [this] { substituteSelected(); }));
    buttons->addWidget(button(tr("Chec&k in"), "checkInButton", [this] { checkInSelected(true); }));
    buttons->addWidget(
        button(tr("Undo check-in"), "uncheckButton", [this] { checkInSelected(false); }));
    buttons->addWidget(
        button(tr("I&mport from file…"), "importAttendeesButton", [this] { importFile(); }));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportAttendeesButton"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Whole list…"), this, [this] { exportList(0); });
    exportMenu->addAction(tr("Filtered view…"), this, [this] { exportList(1); });
    exportMenu->addAction(tr("One unit…"), this, [this] { exportList(2); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Import template for a unit…"), this, &AttendeesPage::exportTemplate);
    exportButton->setMenu(exportMenu);
    buttons->addWidget(exportButton);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("attendeeCountLabel"));
    buttons->addWidget(m_count);

    auto *del = new QAction(tr("Delete"), m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &AttendeesPage::deleteSelected);
    m_table->addAction(del);
    auto *edit = new QAction(tr("Edit…"), m_table);
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &AttendeesPage::editSelected);
    m_table->addAction(edit);

    m_quotaTable = new QTableView(this);
    m_quotaTable->setObjectName(QStringLiteral("quotaTable"));
    m_quotaTable->setModel(m_quotas);
    m_quotaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quotaTable->horizontalHeader()->setSectionResizeMode(UnitQuotaModel::UnitColumn,
                                                           QHeaderView::Stretch);
    m_quotaTable->verticalHeader()->hide();
    m_quotaTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(QStringLiteral("capacityLabel"));
    m_capacity->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_checkInBanner = new QLabel(top);
    m_checkInBanner->setObjectName(QStringLiteral("checkInBanner"));
    m_checkInBanner->setTextFormat(Qt::RichText);
    m_checkInBanner->setWordWrap(true);
    m_checkInBanner->hide();
    m_scan = new QLineEdit(top);
    m_scan->setObjectName(QStringLiteral("checkinScanField"));
    m_scan->setPlaceholderText(tr("Scan the code of a letter or badge (or type it), then Enter"));
    m_scan->setClearButtonEnabled(true);
    QFont scanFont = m_scan->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.5);
    m_scan->setFont(scanFont);
    m_scan->hide();
    connect(m_scan, &QLineEdit::returnPressed, this, &AttendeesPage::checkInScanned);
    topLayout->addWidget(filterRow);
    topLayout->addWidget(m_scan);
    topLayout->addWidget(m_checkInBanner);
    topLayout->addWidget(m_table);
    topLayout->addWidget(m_editButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *quotaTitle
        = new QLabel(tr("<b>Seats per unit</b> (double-click a quota to change it)"), bottom);
    auto *units = new QPushButton(tr("&Units…"), bottom);
    units->setObjectName(QStringLiteral("unitsButton"));
    units->setToolTip(tr("Add units, change their e-mail, part and quota"));
    connect(units, &QPushButton::clicked, this, [this] {
        UnitsDialog dialog(m_session, this);
        dialog.exec();
    });
    auto *quotaHead = new QHBoxLayout;
    quotaHead->addWidget(quotaTitle, 1);
    quotaHead->addWidget(units);
    bottomLayout->addLayout(quotaHead);
    bottomLayout->addWidget(m_quotaTable);
    bottomLayout->addWidget(m_capacity);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AttendeeFilterModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_checkInMode->isChecked())
            checkInHighlighted();
    });
    auto *walkIn = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_search);
    walkIn->setContext(Qt::WidgetShortcut);
    connect(walkIn, &QShortcut::activated, this, &AttendeesPage::addWalkIn);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUnitFilter(m_unitFilter->currentData().toLongLong()); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoleFilter(m_roleFilter->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_checkedInFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCheckedInFilter(
            AttendeeFilterModel::CheckedIn(m_checkedInFilter->currentData().toInt()));
    });
    connect(m_checkInMode, &QCheckBox::toggled, this, &AttendeesPage::setCheckInMode);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AttendeesPage::refreshCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AttendeesPage::refreshCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AttendeesPage::refreshCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AttendeesPage::refreshCounts);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AttendeesPage::refreshCounts);
    // The models have taken the change by the time this runs (they were connected first).
    connect(session, &Session::dataChanged, this, [this](unsigned e) {
        if (e & unsigned(Entity::Units))
            refreshFilters();
        refreshCounts();
    });
    connect(session, &Session::eventChanged, this, &AttendeesPage::refreshFilters);
    refreshFilters();
    refreshCounts();
    if (session->isReadOnly())
        m_editButtons->setEnabled(false);
    setAcceptDrops(true);
}

void AttendeesPage::refreshFilters()
{
    const qint64 current = m_unitFilter->currentData().toLongLong();
    m_unitFilter->blockSignals(true);
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), 0);
    for (const Unit &u : m_session->units().list())
        m_unitFilter->addItem(u.name, u.id);
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(current)));
    m_unitFilter->blockSignals(false);
    // A unit filtered on that is gone (an undone addition) falls back to all units, shown.
    m_filter->setUnitFilter(m_unitFilter->currentData().toLongLong());
}

void AttendeesPage::refreshCounts()
{
    int present = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_model->attendee(m_filter->mapToSource(m_filter->index(r, 0)).row())
                .checkedInAt.isValid())
            ++present;
    m_count->setText(tr("%1 shown of %2 · %3 present")
                         .arg(m_filter->rowCount())
                         .arg(m_model->rowCount())
                         .arg(present));
    const EventFigures &f = m_quotas->figures();
    QStringList notes;
    if (f.activePlan == PlanKind::Online) {
        notes << tr("Online plan: the hall capacity does not apply; %1 people are expected.")
                     .arg(f.expected);
    } else if (f.capacity > 0) {
        notes << tr("Hall capacity %1 · expected %2 · present %3")
                     .arg(f.capacity)
                     .arg(f.expected)
                     .arg(f.checkedIn);
        if (f.capacityExceeded())
            notes << QStringLiteral("<b style='color:#b00020'>%1</b>")
                         .arg(tr("The capacity is exceeded by %1.").arg(f.expected - f.capacity));
    }
    for (const UnitFigures &u : f.units)
        if (f.activePlan != PlanKind::Online && u.overQuota())
            notes << QStringLiteral("<span style='color:#b00020'>%1</span>")
                         .arg(tr("%1 is over its quota (%2 of %3).")
                                  .arg(u.unitName)
                                  .arg(u.counted)
                                  .arg(u.quota)
                                  .toHtmlEscaped());
    m_capacity->setText(notes.join(QStringLiteral(" · ")));
}

QList<qint64> AttendeesPage::selectedIds() const
{
    return dd::selectedIds(*m_table);
}

void AttendeesPage::addAttendee()
{
    Attendee a;
    a.eventId = m_session->eventId();
    a.unitId = m_unitFilter->currentData().toLongLong();
    AttendeeDialog dialog(m_session, a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->push(commands::addAttendees(m_session, { dialog.attendee() }));
}

void AttendeesPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto a = m_session->attendees().get(ids.first());
    if (!a)
        return;
    AttendeeDialog dialog(m_session, *a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // From the person as the dialog opened: another desk's change meanwhile is refused.
    m_session->push(commands::editAttendeesFrom(m_session, { *a }, { dialog.attendee() }));
}

void AttendeesPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Undo brings them back, so no question is asked. Claimed at the versions the list shows:
    // a person another desk changed after the list last showed them is not removed.
    m_session->push(commands::removeAttendees(m_session, ids, m_model->shownVersions(ids)));
}

void AttendeesPage::setStatusOfSelected(int status)
{
    if (QUndoCommand *cmd = attendeeactions::setStatus(
            m_session, selectedIds(), InvitationStatus(status), QDate::currentDate()))
        m_session->push(cmd);
}

void AttendeesPage::substituteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        QMessageBox::information(this, tr("Substitute"),
                                 tr("Select the one person who is replaced."));
        return;
    }
    const auto replaced = m_session->attendees().get(ids.first());
    if (!replaced)
        return;
    // One of the union's reserves takes the place in one step; or a new person, as before.
    const QList<Attendee> reserves = attendeeactions::reservesFor(*m_session, *replaced);
    if (!reserves.isEmpty()) {
        QDialog choice(this);
        choice.setObjectName(QStringLiteral("reserveChoiceDialog"));
        choice.setWindowTitle(tr("Substitute for %1").arg(replaced->fullName()));
        auto *list = new QListWidget(&choice);
        list->setObjectName(QStringLiteral("reserveList"));
        for (const Attendee &r : reserves) {
            const QString position = r.position.isEmpty() ? r.workplace : r.position;
            auto *item = new QListWidgetItem(
                position.isEmpty() ? r.fullName() : tr("%1 — %2").arg(r.fullName(), position),
                list);
            item->setData(Qt::UserRole, r.id);
        }
        (new QListWidgetItem(tr("A new person…"), list))->setData(Qt::UserRole, 0);
        list->setCurrentRow(0);
        auto *buttons = makeDialogButtons(&choice, tr("Continue"));
        connect(list, &QListWidget::itemDoubleClicked, &choice, &QDialog::accept);
        auto *layout = new QVBoxLayout(&choice);
        auto *label = new QLabel(
            tr("%1 has %n reserve delegate(s). Who takes the place?", nullptr, int(reserves.size()))
                .arg(m_model->unitName(replaced->unitId)),
            &choice);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(list);
        layout->addWidget(buttons);
        if (choice.exec() != QDialog::Accepted || !list->currentItem())
            return;
        const qint64 chosen = list->currentItem()->data(Qt::UserRole).toLongLong();
        for (const Attendee &r : reserves)
            if (r.id == chosen) {
                m_session->push(attendeeactions::substitute(
                    m_session, *replaced,
                    attendeeactions::promoted(*replaced, r, QDate::currentDate())));
                return;
            }
    }
    const Attendee substitute = attendeeactions::substituteFor(*replaced, QDate::currentDate());
    AttendeeDialog dialog(m_session, substitute, this);
    dialog.setWindowTitle(tr("Substitute for %1").arg(replaced->fullName()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->push(attendeeactions::substitute(m_session, *replaced, dialog.attendee()));
}

void AttendeesPage::checkInSelected(bool in)
{
    const QList<qint64> ids = selectedIds();
    if (QUndoCommand *cmd = in
            ? attendeeactions::checkIn(m_session, ids, QDateTime::currentDateTime(),
                                       ServerDesk::deskName())
            : attendeeactions::undoCheckIn(m_session, ids))
        m_session->push(cmd);
}

void AttendeesPage::setCheckInMode(bool on)
{
    QFont f = m_search->font();
    f.setPointSizeF(on ? f.pointSizeF() * 1.8 : QWidget::font().pointSizeF());
    m_search->setFont(f);
    m_search->setPlaceholderText(
        on ? tr("Name, then Enter (Ctrl+Enter: walk-in)")
           : tr("Search name, unit, position, phone, e-mail (accents not needed)"));
    widenToHint(m_search);
    m_checkedInFilter->setCurrentIndex(0);
    m_search->clear();
    m_scan->clear();
    m_scan->setVisible(on);
    // A USB scanner types into the field that has the focus: the scan field, when on.
    (on ? m_scan : m_search)->setFocus();
    m_confirmDeclined = 0;
    if (!on)
        m_checkInBanner->hide();
    else
        showCheckIn(tr("Check-in"), tr("Type a few letters of a name and press Enter."),
                    QStringLiteral("#455a64"));
}

void AttendeesPage::showCheckIn(const QString &headline, const QString &detail,
                                const QString &color)
{
    m_checkInBanner->setText(
        QStringLiteral("<div style='color:%1'><span style='font-size:xx-large; "
                       "font-weight:bold'>%2</span><br><span style='font-size:large'>%3</span>"
                       "</div>")
            .arg(color, headline.toHtmlEscaped(), detail.toHtmlEscaped()));
    m_checkInBanner->show();
}

void AttendeesPage::checkInHighlighted()
{
    if (m_filter->rowCount() == 0)
        return;
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isSelected(index))
        index = m_filter->index(0, 0);
    checkInPerson(index.data(SessionTableModel::IdRole).toLongLong(), m_search);
}

void AttendeesPage::checkInScanned()
{
    const QString text = m_scan->text().trimmed();
    m_scan->clear();
    m_scan->setFocus();
    if (text.isEmpty())
        return;
    const QString refused = QStringLiteral("#b00020");
    if (readAttendeeCode(text) == CodeReading::NotACode) {
        showCheckIn(tr("Not a check-in code"),
                    tr("“%1” is not the code of a letter or badge; find a name with the "
                       "search field instead.")
                        .arg(text),
                    refused);
        return;
    }
    const Result<Attendee> found = checkin::find(*m_session, text);
    if (!found) {
        showCheckIn(tr("Not checked in"), found.error(), refused);
        return;
    }
    checkInPerson(found->id, m_scan);
}

void AttendeesPage::checkInPerson(qint64 id, QLineEdit *field)
{
    const Attendee a = m_model->attendee(m_model->rowOf(id));
    const QString unit = m_model->unitName(a.unitId);
    const QString who = unit.isEmpty() ? a.shownName() : tr("%1 — %2").arg(a.shownName(), unit);
    const auto scrollTo = [this, id] {
        const int row = m_model->rowOf(id);
        const QModelIndex at
            = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (!at.isValid())
            return;
        m_table->setCurrentIndex(at);
        m_table->selectRow(at.row());
        m_table->scrollTo(at, QAbstractItemView::PositionAtCenter);
    };
    if (a.checkedInAt.isValid()) {
        showCheckIn(
            tr("Already checked in at %1").arg(a.checkedInAt.toString(QStringLiteral("HH:mm"))),
            who, QStringLiteral("#e65100"));
        field->clear();
        scrollTo();
        return;
    }
    if ((a.status == InvitationStatus::Declined || a.status == InvitationStatus::Replaced)
        && m_confirmDeclined != id) {
        m_confirmDeclined = id;
        showCheckIn(a.status == InvitationStatus::Declined
                        ? tr("Declined the invitation: press Enter again to check in anyway")
                        : tr("Replaced by a substitute: press Enter again to check in anyway"),
                    who, QStringLiteral("#b00020"));
        return;
    }
    m_confirmDeclined = 0;
    QUndoCommand *cmd = attendeeactions::checkIn(m_session, { id }, QDateTime::currentDateTime(),
                                                 ServerDesk::deskName());
    if (!cmd)
        return;
    if (!m_session->push(cmd))
        return;
    showCheckIn(tr("Checked in"), who, QStringLiteral("#2e7d32"));
    field->clear();
    scrollTo();
    field->setFocus();
}

void AttendeesPage::addWalkIn()
{
    QUndoCommand *cmd = attendeeactions::addWalkIn(m_session, m_search->text(),
                                                   m_unitFilter->currentData().toLongLong(),
                                                   QDateTime::currentDateTime());
    if (!cmd)
        return; // no name typed
    m_session->push(cmd);
    m_search->clear();
}

void AttendeesPage::importFile(const QString &path)
{
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (path.isEmpty())
        QMetaObject::invokeMethod(
            dialog,
            [dialog] {
                dialog->findChild<QPushButton *>(QStringLiteral("chooseFileButton"))->click();
            },
            Qt::QueuedConnection);
    else
        dialog->openFile(path);
}

void AttendeesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_session->isReadOnly() && event->mimeData()->hasUrls()
        && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void AttendeesPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importFile(urls.first().toLocalFile());
}

void AttendeesPage::exportList(int which)
{
    exporting::Selection selection;
    QString suggested = QStringLiteral("danh-sach-dai-bieu");
    if (which == 1) {
        QList<qint64> ids;
        for (int r = 0; r < m_filter->rowCount(); ++r)
            ids << m_filter->index(r, 0).data(SessionTableModel::IdRole).toLongLong();
        selection.ids = ids;
    } else if (which == 2) {
        QStringList names;
        QList<qint64> ids;
        for (const Unit &u : m_session->units().list()) {
            names << u.name;
            ids << u.id;
        }
        const int current = qMax(0, int(ids.indexOf(m_unitFilter->currentData().toLongLong())));
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Export one unit"), tr("Unit:"), names,
                                                   current, false, &ok);
        if (!ok)
            return;
        selection.unitId = ids.value(names.indexOf(name));
        suggested
            += QLatin1Char('-') + text::fold(name).replace(QLatin1Char(' '), QLatin1Char('-'));
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export attendees"), suggested + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status st = exporting::exportAttendees(*m_session, path, selection); !st)
        QMessageBox::warning(this, tr("Export attendees"), st.error());
    // Written, but too large to import again: the user learns it now, not at the import.
    else if (const QString warning = io::importRefusalWarning(path); !warning.isEmpty())
        QMessageBox::warning(this, tr("Export attendees"), warning);
}

void AttendeesPage::exportTemplate()
{
    QStringList names;
    QList<qint64> ids;
    for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId())) {
        if (const auto u = m_session->units().get(eu.unitId)) {
            names << u->name;
            ids << u->id;
        }
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Import template"), tr("For the unit:"),
                                               names, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Import template"),
        QStringLiteral("mau-danh-sach-%1.xlsx")
            .arg(text::fold(name).replace(QLatin1Char(' '), QLatin1Char('-'))),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status st = exporting::exportTemplate(*m_session, path, ids.value(names.indexOf(name)));
        !st)
        QMessageBox::warning(this, tr("Import template"), st.error());
}

} // namespace dd
