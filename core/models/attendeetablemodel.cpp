#include "models/attendeetablemodel.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QLocale>
#include <QStringEncoder>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>

namespace dd {

AttendeeTableModel::AttendeeTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Attendees) | unsigned(Entity::Units), parent)
{
    load();
}

QStringList AttendeeTableModel::headers() const
{
    return { tr("Full name"), tr("Gender"),     tr("Born"),       tr("Position"),
             tr("Unit"),      tr("Workplace"),  tr("Phone"),      tr("E-mail"),
             tr("Role"),      tr("Invitation"), tr("Checked in"), tr("Note") };
}

void AttendeeTableModel::load()
{
    m_unitNames.clear();
    m_unitSearch.clear();
    for (const Unit &u : session()->units().list()) {
        m_unitNames.insert(u.id, u.name);
        m_unitSearch.insert(u.id, text::fold(u.name + QLatin1Char(' ') + u.shortName).toUtf8());
    }
    m_rowOfId.clear();
    m_rows = session()->attendees().list(session()->eventId());
    m_search.clear();
    m_search.reserve(m_rows.size() * 80);
    m_searchAt.clear();
    m_searchAt.reserve(m_rows.size() + 1);
    m_searchAt << 0;
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (const Attendee &a : m_rows) {
        const QString s = AttendeeRepository::searchText(a);
        const qsizetype at = m_search.size();
        m_search.resize(at + utf8.requiredSpace(s.size()));
        m_search.resize(utf8.appendToBuffer(m_search.data() + at, s) - m_search.constData());
        m_searchAt << qint32(m_search.size());
    }
    m_search.squeeze();
}

QString AttendeeTableModel::searchText(int row) const
{
    const QByteArrayView unit = unitSearchText(m_rows.at(row).unitId);
    return QString::fromUtf8(personSearchText(row)) + QLatin1Char(' ') + QString::fromUtf8(unit);
}

QByteArrayView AttendeeTableModel::unitSearchText(qint64 unitId) const
{
    const auto it = m_unitSearch.constFind(unitId);
    return it == m_unitSearch.cend() ? QByteArrayView() : QByteArrayView(*it);
}

QString AttendeeTableModel::replacedName(qint64 id) const
{
    if (m_rowOfId.isEmpty()) {
        m_rowOfId.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows.at(r).id, r);
    }
    const int row = m_rowOfId.value(id, -1);
    return row < 0 ? QString() : m_rows.at(row).fullName();
}

QString AttendeeTableModel::text(const Attendee &a, int column, int role) const
{
    switch (column) {
    case NameColumn:
        return a.fullName();
    case GenderColumn:
        return genderLabel(a.gender);
    case BirthYearColumn:
        return a.birthYear ? QString::number(a.birthYear) : QString();
    case PositionColumn:
        return a.position;
    case UnitColumn:
        return m_unitNames.value(a.unitId);
    case WorkplaceColumn:
        return a.workplace;
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
        return a.checkedInAt.isValid() ? a.checkedInAt.toString(QStringLiteral("HH:mm"))
                                       : QString();
    case NoteColumn:
        return a.note;
    }
    Q_UNUSED(role)
    return {};
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attendee &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == SearchRole)
        return searchText(index.row());
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
            return text::sortKey(text(a, index.column(), Qt::DisplayRole));
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
        return tr("Replaces %1").arg(replacedName(a.substituteForId));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == BirthYearColumn)
        return a.birthYear ? QVariant(a.birthYear)
                           : QVariant(role == Qt::EditRole ? 0 : QVariant());
    return text(a, index.column(), role);
}

QList<qint64> AttendeeTableModel::sortKeys(int column) const
{
    const qsizetype n = m_rows.size();
    QList<qint64> keys(n);
    switch (column) {
    case BirthYearColumn:
        for (qsizetype r = 0; r < n; ++r)
            keys[r] = m_rows.at(r).birthYear;
        return keys;
    case CheckedInColumn:
        for (qsizetype r = 0; r < n; ++r) {
            const QDateTime &t = m_rows.at(r).checkedInAt;
            keys[r] = t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        return keys;
    case NameColumn: {
        // The rows come in (name_sort_key, id) order: the row is its own key.
        auto before = [this](qsizetype x, qsizetype y) {
            const Attendee &a = m_rows.at(x);
            const Attendee &b = m_rows.at(y);
            const int c = a.nameSortKey.compare(b.nameSortKey);
            return c != 0 ? c < 0 : a.id < b.id;
        };
        QList<qsizetype> order(n);
        std::iota(order.begin(), order.end(), 0);
        bool sorted = true;
        for (qsizetype r = 1; r < n && sorted; ++r)
            sorted = before(r - 1, r);
        if (!sorted)
            std::sort(order.begin(), order.end(), before);
        for (qsizetype i = 0; i < n; ++i)
            keys[order.at(i)] = i;
        return keys;
    }
    default:
        break;
    }
    // Text: each distinct text gets its Vietnamese sort key once; the key of a row is the rank
    // of its text among them (equal sort keys, equal rank).
    QHash<QString, qint64> distinct;
    QList<qint64> textOf(n);
    for (qsizetype r = 0; r < n; ++r) {
        const QString t = column == UnitColumn ? m_unitNames.value(m_rows.at(r).unitId)
                                               : text(m_rows.at(r), column, Qt::DisplayRole);
        auto it = distinct.find(t);
        if (it == distinct.end())
            it = distinct.insert(t, distinct.size());
        textOf[r] = *it;
    }
    QList<QByteArray> sortKeyOf(distinct.size());
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it)
        sortKeyOf[*it] = text::sortKey(it.key());
    QList<qint64> byKey(distinct.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(),
              [&](qint64 x, qint64 y) { return sortKeyOf.at(x) < sortKeyOf.at(y); });
    QList<qint64> rank(distinct.size());
    for (qsizetype i = 0; i < byKey.size(); ++i)
        rank[byKey.at(i)] = i > 0 && sortKeyOf.at(byKey.at(i)) == sortKeyOf.at(byKey.at(i - 1))
            ? rank.at(byKey.at(i - 1))
            : i;
    for (qsizetype r = 0; r < n; ++r)
        keys[r] = rank.at(textOf.at(r));
    return keys;
}

Qt::ItemFlags AttendeeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    switch (index.column()) {
    case NameColumn:
    case BirthYearColumn:
    case PositionColumn:
    case WorkplaceColumn:
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
    case WorkplaceColumn:
        a.workplace = s;
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
    return session()->push(commands::editAttendees(session(), { a }));
}

// ---------------------------------------------------------------------------------------
// AttendeeFilterModel

AttendeeFilterModel::AttendeeFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void AttendeeFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_model = qobject_cast<AttendeeTableModel *>(source);
    if (source && !m_model)
        qWarning("AttendeeFilterModel: the source is not an AttendeeTableModel");
    if (m_model) {
        // AttendeeTableModel only ever resets; anything else is taken as a reset too.
        auto *m = m_model;
        auto about = [this] {
            beginSourceChange();
        };
        auto done = [this] {
            endSourceChange();
        };
        m_connections << connect(m, &QAbstractItemModel::modelAboutToBeReset, this, about)
                      << connect(m, &QAbstractItemModel::modelReset, this, done)
                      << connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this, about)
                      << connect(m, &QAbstractItemModel::layoutChanged, this, done)
                      << connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, about)
                      << connect(m, &QAbstractItemModel::rowsInserted, this, done)
                      << connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, about)
                      << connect(m, &QAbstractItemModel::rowsRemoved, this, done)
                      << connect(m, &QAbstractItemModel::rowsAboutToBeMoved, this, about)
                      << connect(m, &QAbstractItemModel::rowsMoved, this, done)
                      << connect(m, &QAbstractItemModel::columnsAboutToBeInserted, this, about)
                      << connect(m, &QAbstractItemModel::columnsInserted, this, done)
                      << connect(m, &QAbstractItemModel::columnsAboutToBeRemoved, this, about)
                      << connect(m, &QAbstractItemModel::columnsRemoved, this, done)
                      << connect(m, &QAbstractItemModel::columnsAboutToBeMoved, this, about)
                      << connect(m, &QAbstractItemModel::columnsMoved, this, done)
                      << connect(m, &QAbstractItemModel::dataChanged, this,
                                 &AttendeeFilterModel::sourceDataChanged)
                      << connect(m, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    m_sortKeys.clear();
    rebuildOrder();
    applyFilter();
    endResetModel();
}

void AttendeeFilterModel::beginSourceChange()
{
    if (m_changing)
        return;
    m_changing = true;
    beginResetModel();
}

void AttendeeFilterModel::endSourceChange()
{
    if (!m_changing)
        return;
    m_sortKeys.clear();
    rebuildOrder();
    applyFilter();
    m_changing = false;
    endResetModel();
}

void AttendeeFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_changing || !topLeft.isValid() || !bottomRight.isValid())
        return;
    int first = -1, last = -1;
    for (int r = topLeft.row(); r <= bottomRight.row() && r < m_proxyRow.size(); ++r) {
        const int p = m_proxyRow.at(r);
        if (p < 0)
            continue;
        first = first < 0 ? p : qMin(first, p);
        last = qMax(last, p);
    }
    if (first >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void AttendeeFilterModel::rebuildOrder()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= AttendeeTableModel::ColumnCount || n < 2)
        return;
    auto it = m_sortKeys.find(m_sortColumn);
    if (it == m_sortKeys.end())
        it = m_sortKeys.insert(m_sortColumn, m_model->sortKeys(m_sortColumn));
    const QList<qint64> &keys = *it;
    // Ties keep the source (name) order, in both directions, as QSortFilterProxyModel does.
    // The name column is its own order: nothing to sort.
    if (m_sortOrder == Qt::AscendingOrder) {
        if (!std::is_sorted(keys.cbegin(), keys.cend()))
            std::stable_sort(m_order.begin(), m_order.end(),
                             [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    } else if (std::adjacent_find(keys.cbegin(), keys.cend(), std::greater_equal<qint64>())
               == keys.cend()) {
        std::reverse(m_order.begin(), m_order.end()); // strictly increasing: no ties
    } else {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&keys](int a, int b) { return keys.at(a) > keys.at(b); });
    }
}

void AttendeeFilterModel::applyFilter()
{
    m_visible.clear();
    m_proxyRow.fill(-1, m_order.size());
    if (!m_model)
        return;
    // Which query words each unit's text holds, once per unit rather than once per row.
    const qsizetype tokenCount = m_tokens.size();
    const bool masks = tokenCount <= 64;
    QHash<qint64, quint64> unitMask;
    if (masks) {
        const auto &units = m_model->unitSearchTexts();
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            quint64 m = 0;
            for (qsizetype t = 0; t < tokenCount; ++t)
                if (text::beginsWord(*it, m_tokens.at(t)))
                    m |= quint64(1) << t;
            unitMask.insert(it.key(), m);
        }
    }
    m_visible.reserve(m_order.size());
    for (const int row : std::as_const(m_order)) {
        const Attendee &a = m_model->attendee(row);
        if (m_unitId && a.unitId != m_unitId)
            continue;
        if (m_role >= 0 && int(a.role) != m_role)
            continue;
        if (m_status >= 0 && int(a.status) != m_status)
            continue;
        if (m_checkedIn == CheckedIn::Yes && !a.checkedInAt.isValid())
            continue;
        if (m_checkedIn == CheckedIn::No && a.checkedInAt.isValid())
            continue;
        if (tokenCount) {
            const QByteArrayView person = m_model->personSearchText(row);
            bool ok = true;
            if (masks) {
                const quint64 inUnit = unitMask.value(a.unitId);
                for (qsizetype t = 0; t < tokenCount && ok; ++t)
                    ok = ((inUnit >> t) & 1) || text::beginsWord(person, m_tokens.at(t));
            } else {
                const QByteArrayView unit = m_model->unitSearchText(a.unitId);
                for (qsizetype t = 0; t < tokenCount && ok; ++t)
                    ok = text::beginsWord(person, m_tokens.at(t))
                        || text::beginsWord(unit, m_tokens.at(t));
            }
            if (!ok)
                continue;
        }
        m_proxyRow[row] = int(m_visible.size());
        m_visible << row;
    }
}

void AttendeeFilterModel::refilter()
{
    beginResetModel();
    applyFilter();
    endResetModel();
}

void AttendeeFilterModel::setSearchText(const QString &text)
{
    QList<QByteArray> tokens = text::queryTokensUtf8(text);
    if (tokens == m_tokens)
        return;
    m_tokens = std::move(tokens);
    refilter();
}

void AttendeeFilterModel::setUnitFilter(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    refilter();
}

void AttendeeFilterModel::setRoleFilter(int role)
{
    if (role == m_role)
        return;
    m_role = role;
    refilter();
}

void AttendeeFilterModel::setStatusFilter(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void AttendeeFilterModel::setCheckedInFilter(CheckedIn c)
{
    if (c == m_checkedIn)
        return;
    m_checkedIn = c;
    refilter();
}

void AttendeeFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex &i : from)
        sourceRows << (i.row() < m_visible.size() ? m_visible.at(i.row()) : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    applyFilter();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype k = 0; k < from.size(); ++k) {
        const int p = sourceRows.at(k) >= 0 ? m_proxyRow.value(sourceRows.at(k), -1) : -1;
        to << (p >= 0 ? createIndex(p, from.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex AttendeeFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AttendeeFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex AttendeeFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int AttendeeFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AttendeeFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool AttendeeFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty() && columnCount() > 0;
}

QVariant AttendeeFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Vertical && section >= 0 && section < m_visible.size())
        return m_model->headerData(m_visible.at(section), orientation, role);
    return m_model->headerData(section, orientation, role);
}

QModelIndex AttendeeFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= m_visible.size())
        return {};
    return m_model->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex AttendeeFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model
        || sourceIndex.row() >= m_proxyRow.size())
        return {};
    const int p = m_proxyRow.at(sourceIndex.row());
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

} // namespace dd
