#include "dialogs/unitdialog.h"

#include "dialogs/dialogbuttons.h"
#include "domain/inputrules.h"
#include "text/vietnamese.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

UnitDialog::UnitDialog(Session *session, const Unit &unit, std::optional<EventUnit> part,
                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(unit.id ? tr("Edit unit") : tr("Add unit"));
    m_name = named(new QLineEdit(unit.name, this), "unitNameEdit");
    m_name->setPlaceholderText(tr("e.g. Huyện đoàn Tân Châu"));
    m_shortName = named(new QLineEdit(unit.shortName, this), "unitShortNameEdit");
    m_kind = named(new QComboBox(this), "unitKindCombo");
    for (UnitKind k :
         { UnitKind::District, UnitKind::Affiliated, UnitKind::Branch, UnitKind::GuestAgency,
           UnitKind::Press, UnitKind::Provincial, UnitKind::Other })
        m_kind->addItem(unitKindLabel(k), int(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(unit.kind))));
    m_parent = named(new QComboBox(this), "unitParentCombo");
    m_parent->addItem(tr("(none)"), 0);
    for (const Unit &u : session->units().list())
        if (u.id != unit.id)
            m_parent->addItem(u.name, u.id);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(unit.parentId)));
    m_email = named(new QLineEdit(unit.email, this), "unitEmailEdit");
    m_email->setToolTip(tr("Questions sent from this address are matched to the unit."));
    m_contact = named(new QLineEdit(unit.contactPerson, this), "unitContactEdit");
    m_phone = named(new QLineEdit(unit.phone, this), "unitPhoneEdit");
    m_part = named(new QComboBox(this), "unitPartCombo");
    m_part->addItem(tr("(not part of this event)"), -1);
    for (UnitRole r : { UnitRole::Participant, UnitRole::Host, UnitRole::Guest, UnitRole::Press,
                        UnitRole::Organiser })
        m_part->addItem(unitRoleLabel(r), int(r));
    m_part->setCurrentIndex(part ? qMax(0, m_part->findData(int(part->role))) : 0);
    m_quota = named(new QSpinBox(this), "unitQuotaSpin");
    m_quota->setRange(-1, 10000);
    m_quota->setSpecialValueText(tr("(no quota)"));
    m_quota->setValue(part ? part->quota : -1);
    m_note = named(new QLineEdit(part ? part->quotaNote : QString(), this), "unitNoteEdit");
    m_note->setPlaceholderText(tr("e.g. Đồng chí Bí thư hoặc Phó Bí thư"));
    m_note->setToolTip(tr("Who the unit sends, as the letters say it; or why the unit is here."));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Belongs &to:"), m_parent);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Contact person:"), m_contact);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Part in this event:"), m_part);
    form->addRow(tr("&Quota (seats):"), m_quota);
    form->addRow(tr("N&ote:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeDialogButtons(this, tr("Save")));
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

Unit UnitDialog::unit() const
{
    Unit u = m_unit;
    u.name = text::clean(m_name->text());
    u.shortName = text::clean(m_shortName->text());
    u.kind = UnitKind(m_kind->currentData().toInt());
    u.parentId = m_parent->currentData().toLongLong();
    u.email = m_email->text().trimmed();
    u.contactPerson = text::clean(m_contact->text());
    u.phone = m_phone->text().trimmed();
    return u;
}

std::optional<EventUnit> UnitDialog::part() const
{
    const int role = m_part->currentData().toInt();
    if (role < 0)
        return std::nullopt;
    EventUnit eu;
    eu.eventId = m_session->eventId();
    eu.unitId = m_unit.id;
    eu.role = UnitRole(role);
    eu.quota = m_quota->value();
    eu.quotaNote = text::clean(m_note->text());
    return eu;
}

void UnitDialog::accept()
{
    const Unit u = unit();
    QString problem;
    if (u.name.isEmpty())
        problem = tr("Enter the unit's name.");
    else if (!u.email.isEmpty() && !inputrules::isEmailAddress(u.email))
        problem = tr("“%1” is not an e-mail address.").arg(u.email);
    else if (const auto same = m_session->units().findByName(u.name); same && same->id != u.id)
        problem = tr("A unit called “%1” is already in the directory.").arg(same->name);
    acceptUnless(this, m_error, problem);
}

} // namespace dd
