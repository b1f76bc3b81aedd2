#include "models/attendeetablemodel.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QLocale>

namespace dd {

AttendeeTableModel::AttendeeTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Attendees) | unsigned(Entity::Units), parent)
{
    load();
}

QStringList AttendeeTableModel::headers() const
{
    return {tr("Full name"), tr("Gender"), tr("Born"),   tr("Position"),   tr("Unit"),
            tr("Phone"),     tr("E-mail"), tr("Role"),   tr("Invitation"), tr("Checked in"),
            tr("Note")};
}

void AttendeeTableModel::load()
{
    m_unitNames.clear();
    QHash<qint64, QString> unitFolded;
    for (const Unit &u : session()->units().list()) {
        m_unitNames.insert(u.id, u.name);
        unitFolded.insert(u.id, text::fold(u.name + QLatin1Char(' ') + u.shortName));
    }
    m_rows = session()->attendees().list(session()->eventId());
    m_search.clear();
    m_search.reserve(m_rows.size());
    m_names.clear();
    for (const Attendee &a : m_rows) {
        m_search << AttendeeRepository::searchText(a) + QLatin1Char(' ') + unitFolded.value(a.unitId);
        m_names.insert(a.id, a.fullName());
    }
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attendee &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == SearchRole)
        return m_search.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return a.nameSortKey;
        case UnitColumn:
            return text::sortKey(m_unitNames.value(a.unitId));
        case BirthYearColumn:
            return a.birthYear;
        case CheckedInColumn:
            return a.checkedInAt;
        default:
            return text::sortKey(data(index, Qt::DisplayRole).toString());
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case GenderColumn:
            return int(a.gender);
        case RoleColumn:
            return int(a.role);
        case StatusColumn:
            return int(a.status);
        case UnitColumn:
            return a.unitId;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && a.substituteForId)
        return tr("Replaces %1").arg(m_names.value(a.substituteForId));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return a.fullName();
    case GenderColumn:
        return genderLabel(a.gender);
    case BirthYearColumn:
        return a.birthYear ? QVariant(a.birthYear) : QVariant(role == Qt::EditRole ? 0 : QVariant());
    case PositionColumn:
        return a.position;
    case UnitColumn:
        return m_unitNames.value(a.unitId);
    case PhoneColumn:
        return a.phone;
    case EmailColumn:
        return a.email;
    case RoleColumn:
        return attendeeRoleLabel(a.role) + (a.walkIn ? tr(" (walk-in)") : QString());
    case StatusColumn: {
        QString s = invitationStatusLabel(a.status);
        if (a.status == InvitationStatus::Invited && a.invitedOn.isValid())
            s += QStringLiteral(" ") + QLocale().toString(a.invitedOn, QLocale::ShortFormat);
        if (a.substituteForId)
            s += QStringLiteral(" · ") + tr("substitute");
        return s;
    }
    case CheckedInColumn:
        return a.checkedInAt.isValid() ? a.checkedInAt.toString(QStringLiteral("HH:mm")) : QString();
    case NoteColumn:
        return a.note;
    }
    return {};
}

Qt::ItemFlags AttendeeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    switch (index.column()) {
    case NameColumn:
    case BirthYearColumn:
    case PositionColumn:
    case PhoneColumn:
    case EmailColumn:
    case NoteColumn:
        if (!session()->isReadOnly())
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool AttendeeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Attendee a = m_rows.at(index.row());
    const QString s = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn: {
        const text::NameParts n = text::splitFullName(s);
        a.familyName = n.family;
        a.middleName = n.middle;
        a.givenName = n.given;
        break;
    }
    case BirthYearColumn:
        a.birthYear = value.toInt();
        break;
    case PositionColumn:
        a.position = s;
        break;
    case PhoneColumn:
        a.phone = s;
        break;
    case EmailColumn:
        a.email = s;
        break;
    case NoteColumn:
        a.note = s;
        break;
    default:
        return false;
    }
    return session()->push(commands::editAttendees(session(), {a}));
}

AttendeeFilterModel::AttendeeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
}

void AttendeeFilterModel::setSearchText(const QString &text)
{
    const QStringList tokens = text::queryTokens(text);
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    invalidateFilter();
}

void AttendeeFilterModel::setUnitFilter(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

void AttendeeFilterModel::setRoleFilter(int role)
{
    m_role = role;
    invalidateFilter();
}

void AttendeeFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateFilter();
}

void AttendeeFilterModel::setCheckedInFilter(CheckedIn c)
{
    m_checkedIn = c;
    invalidateFilter();
}

bool AttendeeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *m = static_cast<const AttendeeTableModel *>(sourceModel());
    const Attendee &a = m->attendee(sourceRow);
    if (m_unitId && a.unitId != m_unitId)
        return false;
    if (m_role >= 0 && int(a.role) != m_role)
        return false;
    if (m_status >= 0 && int(a.status) != m_status)
        return false;
    if (m_checkedIn == CheckedIn::Yes && !a.checkedInAt.isValid())
        return false;
    if (m_checkedIn == CheckedIn::No && a.checkedInAt.isValid())
        return false;
    return text::matchesTokens(m->searchText(sourceRow), m_tokens);
}

bool AttendeeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == AttendeeTableModel::NameColumn) {
        // Straight from the rows: no QVariant per comparison, so 100,000 names sort fast.
        const auto *m = static_cast<const AttendeeTableModel *>(sourceModel());
        const Attendee &a = m->attendee(left.row());
        const Attendee &b = m->attendee(right.row());
        const int c = a.nameSortKey.compare(b.nameSortKey);
        return c != 0 ? c < 0 : a.id < b.id;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QByteArray)
        return l.toByteArray() < r.toByteArray();
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace dd
