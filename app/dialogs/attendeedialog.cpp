#include "dialogs/attendeedialog.h"

#include "dialogs/discardguard.h"

#include "domain/inputrules.h"
#include "edit/attendeeactions.h"
#include "text/vietnamese.h"
#include "widgets/birthyearedit.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/screenfit.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDate>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

AttendeeDialog::AttendeeDialog(Session *session, const Attendee &attendee, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_attendee(attendee)
{
    setObjectName(QStringLiteral("attendeeDialog"));
    m_guard = new DiscardGuard(this);
    setWindowTitle(attendee.id ? tr("Edit attendee") : tr("Add attendee"));
    m_fullName = named(new QLineEdit(attendee.fullName(), this), "fullNameEdit");
    m_fullName->setPlaceholderText(tr("e.g. Nguyễn Thị Ánh Hồng"));
    m_family = named(new QLineEdit(attendee.familyName, this), "familyNameEdit");
    m_middle = named(new QLineEdit(attendee.middleName, this), "middleNameEdit");
    m_given = named(new QLineEdit(attendee.givenName, this), "givenNameEdit");
    m_gender = named(new QComboBox(this), "genderCombo");
    for (Gender g : { Gender::Unknown, Gender::Male, Gender::Female })
        m_gender->addItem(g == Gender::Unknown ? tr("(not given)") : genderLabel(g), int(g));
    m_gender->setCurrentIndex(m_gender->findData(int(attendee.gender)));
    m_birthYear = named(new BirthYearEdit(this), "birthYearEdit");
    m_birthYear->setYear(attendee.birthYear);
    m_position = named(new QLineEdit(attendee.position, this), "positionEdit");
    m_unit = named(new QComboBox(this), "unitCombo");
    m_unit->addItem(tr("(no unit)"), 0);
    for (const Unit &u : session->units().list())
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(attendee.unitId)));
    m_workplace = named(new QLineEdit(attendee.workplace, this), "workplaceEdit");
    m_workplace->setPlaceholderText(tr("e.g. Chi đoàn Công ty TNHH Giày Da Phước Minh"));
    m_workplace->setToolTip(tr("Where the person works or lives: their company, branch or chi "
                               "hội. The unit above is the union that sends them."));
    // Shown grouped for reading; stored as digits (the repository applies the rule).
    m_phone = named(new QLineEdit(inputrules::displayPhone(attendee.phone), this), "phoneEdit");
    m_email = named(new QLineEdit(attendee.email, this), "emailEdit");
    m_role = named(new QComboBox(this), "roleCombo");
    for (AttendeeRole r : { AttendeeRole::Delegate, AttendeeRole::Chair, AttendeeRole::CoChair,
                            AttendeeRole::Guest, AttendeeRole::Press, AttendeeRole::Staff })
        m_role->addItem(attendeeRoleLabel(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(attendee.role)));
    m_status = named(new QComboBox(this), "statusCombo");
    for (InvitationStatus s :
         { InvitationStatus::NotInvited, InvitationStatus::Invited, InvitationStatus::Confirmed,
           InvitationStatus::Declined, InvitationStatus::Replaced })
        m_status->addItem(invitationStatusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(attendee.status)));
    m_note = named(new QLineEdit(attendee.note, this), "noteEdit");
    m_reserve = named(new QCheckBox(tr("Reserve delegate: comes only if a delegate cannot"), this),
                      "reserveCheck");
    m_reserve->setChecked(attendee.reserve);
    m_reserve->setToolTip(tr("A reserve counts against no quota and is not invited with the "
                             "delegates; Substitute… puts them in a delegate's place."));
    m_error = makeErrorLabel(this);

    auto *parts = new QHBoxLayout;
    parts->addWidget(m_family);
    parts->addWidget(m_middle);
    parts->addWidget(m_given);
    m_family->setPlaceholderText(tr("Family name"));
    m_middle->setPlaceholderText(tr("Middle name"));
    m_given->setPlaceholderText(tr("Given name"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("Family, middle, given:"), parts);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&Birth year:"), m_birthYear);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Workplace:"), m_workplace);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Invitation:"), m_status);
    form->addRow(QString(), m_reserve);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = makeDialogButtons(this, tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_fullName, &QLineEdit::textEdited, this, &AttendeeDialog::splitName);
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

void AttendeeDialog::splitName()
{
    const text::NameParts n = text::splitFullName(m_fullName->text());
    m_family->setText(n.family);
    m_middle->setText(n.middle);
    m_given->setText(n.given);
}

Attendee AttendeeDialog::attendee() const
{
    Attendee a = m_attendee;
    a.eventId = m_session->eventId();
    a.familyName = text::clean(m_family->text());
    a.middleName = text::clean(m_middle->text());
    a.givenName = text::clean(m_given->text());
    a.gender = Gender(m_gender->currentData().toInt());
    a.birthYear = m_birthYear->year();
    a.position = text::clean(m_position->text());
    a.workplace = text::clean(m_workplace->text());
    a.unitId = m_unit->currentData().toLongLong();
    a.phone = m_phone->text().trimmed();
    a.email = m_email->text().trimmed();
    a.role = AttendeeRole(m_role->currentData().toInt());
    attendeeactions::applyStatus(a, InvitationStatus(m_status->currentData().toInt()),
                                 QDate::currentDate());
    a.note = m_note->text().trimmed();
    a.reserve = m_reserve->isChecked();
    return a;
}

void AttendeeDialog::accept()
{
    emit m_birthYear->editingFinished(); // judged now when typed and not yet left
    const Attendee a = attendee();
    QString problem;
    if (!m_birthYear->isAccepted()) {
        problem = m_birthYear->problem();
        m_birthYear->setFocus();
    } else if (a.givenName.isEmpty() && a.position.isEmpty())
        problem
            = tr("Enter the person's name (or at least a position, for a seat still to be named).");
    else if (!a.phone.isEmpty() && inputrules::isTooShortForPhone(a.phone))
        problem = tr("The phone number “%1” is too short.").arg(a.phone);
    else if (!a.email.isEmpty() && !inputrules::isEmailAddress(a.email))
        problem = tr("“%1” is not an e-mail address.").arg(a.email);
    acceptUnless(this, m_error, problem);
}

void AttendeeDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace dd
