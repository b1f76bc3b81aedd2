#include "models/unitdirectorymodel.h"

#include "domain/documentsettings.h"
#include "text/vietnamese.h"

#include <QColor>

#include <algorithm>

namespace dd {

UnitDirectoryModel::UnitDirectoryModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Units), parent)
{
    reload();
}

QStringList UnitDirectoryModel::headers() const
{
    return { tr("Unit"),   tr("Short name"),     tr("Kind"),  tr("Part in this event"), tr("Quota"),
             tr("E-mail"), tr("Contact person"), tr("Phone"), tr("Last sent by e-mail") };
}

void UnitDirectoryModel::load()
{
    m_rows = session()->units().list();
    m_parts.clear();
    for (const EventUnit &eu : session()->units().eventUnits(session()->eventId()))
        m_parts.insert(eu.unitId, eu);
    m_lastMail.clear();
    for (const MailLogEntry &e : session()->mail().log(session()->eventId()))
        m_lastMail.insert(e.unitId, e); // in sending order: the last one stays
    // The units of this event first, each group in Vietnamese order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Unit &a, const Unit &b) {
        const bool ia = m_parts.contains(a.id), ib = m_parts.contains(b.id);
        if (ia != ib)
            return ia;
        return text::compare(a.name, b.name) < 0;
    });
}

void UnitDirectoryModel::applyChanges(const ChangeSet &)
{
    QList<Unit> rows = m_rows;
    load();
    std::swap(rows, m_rows);
    syncRows(m_rows, rows, [](const Unit &u) { return u.id; });
}

QVariant UnitDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Unit &u = m_rows.at(index.row());
    if (role == IdRole)
        return u.id;
    const auto part = m_parts.constFind(u.id);
    // The note of the unit's part (who it sends, or why it is there) on the part's cell.
    if (role == Qt::ToolTipRole && index.column() == PartColumn && part != m_parts.cend())
        return part->quotaNote.isEmpty() ? QVariant() : QVariant(part->quotaNote);
    const auto mail = m_lastMail.constFind(u.id);
    if (role == Qt::ToolTipRole && index.column() == MailColumn && mail != m_lastMail.cend())
        return (mail->failed ? tr("%1 to %2\nNot sent: %3") : tr("%1 to %2\nServer's answer: %3"))
            .arg(mail->subject, mail->recipient, mail->serverReply);
    // A message that did not go stands out in red until one goes.
    if (role == Qt::ForegroundRole && index.column() == MailColumn && mail != m_lastMail.cend()
        && mail->failed)
        return QColor(0xb0, 0x00, 0x20);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case ShortNameColumn:
        return u.shortName;
    case KindColumn:
        return unitKindLabel(u.kind);
    case PartColumn:
        return part == m_parts.cend() ? QString() : unitRoleLabel(part->role);
    case QuotaColumn:
        return part == m_parts.cend() || part->quota < 0 ? QVariant() : QVariant(part->quota);
    case EmailColumn:
        return u.email;
    case ContactColumn:
        return u.contactPerson;
    case MailColumn:
        if (mail == m_lastMail.cend())
            return {};
        return (mail->failed ? tr("%1 · %2 · not sent: %3") : tr("%1 · %2 · %3"))
            .arg(paperKindLabel(paperKindFromKey(mail->paper)),
                 mail->sentAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")), mail->serverReply);
    case PhoneColumn:
        return u.phone;
    }
    return {};
}

} // namespace dd
