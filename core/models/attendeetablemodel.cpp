#include "models/attendeetablemodel.h"

#include "domain/inputrules.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QDate>
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
    reload();
}

QStringList AttendeeTableModel::headers() const
{
    return { tr("Full name"), tr("Gender"),     tr("Born"),       tr("Position"),
             tr("Unit"),      tr("Workplace"),  tr("Phone"),      tr("E-mail"),
             tr("Role"),      tr("Invitation"), tr("Checked in"), tr("Note") };
}

void AttendeeTableModel::loadUnits()
{
    m_unitNames.clear();
    m_unitSearch.clear();
    for (const Unit &u : session()->units().list()) {
        m_unitNames.insert(u.id, u.name);
        m_unitSearch.insert(u.id, text::fold(u.name + QLatin1Char(' ') + u.shortName).toUtf8());
    }
}

AttendeeTableModel::Row AttendeeTableModel::makeRow(Attendee a)
{
    static const QStringEncoder::Flags flags = QStringEncoder::Flag::Stateless;
    QStringEncoder utf8(QStringEncoder::Utf8, flags);
    const QString s = AttendeeRepository::searchText(a);
    const qsizetype at = m_search.size();
    m_search.resize(at + utf8.requiredSpace(s.size()));
    m_search.resize(utf8.appendToBuffer(m_search.data() + at, s) - m_search.constData());
    return Row { std::move(a), qint32(at), qint32(m_search.size() - at) };
}

void AttendeeTableModel::load()
{
    loadUnits();
    QList<Attendee> people = session()->attendees().list(session()->eventId());
    m_search.clear();
    m_search.reserve(people.size() * 80);
    m_rows.clear();
    m_rows.reserve(people.size());
    for (Attendee &a : people)
        m_rows << makeRow(std::move(a));
    m_search.squeeze();
}

bool AttendeeTableModel::inOrder(const Attendee &a, const Attendee &b) const
{
    // The repository's order: (name_sort_key, id).
    const int c = a.nameSortKey.compare(b.nameSortKey);
    return c != 0 ? c < 0 : a.id < b.id;
}

void AttendeeTableModel::applyChanges(const ChangeSet &changes)
{
    // A handful of people (a typed cell, a check-in) are read one by one; more, or people
    // not named, by reading the list again.
    constexpr qsizetype kMostReadOneByOne = 500;
    if (changes.touches(Entity::Units)) {
        loadUnits();
        if (!m_rows.isEmpty()) // every row shows its unit's name
            emit dataChanged(index(0, UnitColumn), index(int(m_rows.size()) - 1, UnitColumn));
    }
    if (!changes.touches(Entity::Attendees))
        return;
    const QSet<qint64> ids = changes.ids(Entity::Attendees);
    if (changes.allRows(Entity::Attendees) || ids.size() > kMostReadOneByOne)
        refreshPeople(std::nullopt);
    else
        refreshPeople(ids);
}

void AttendeeTableModel::refreshPeople(const std::optional<QSet<qint64>> &ids)
{
    const qint64 eventId = session()->eventId();
    QList<Row> next;
    if (!ids) {
        for (Attendee &a : session()->attendees().list(eventId))
            next << makeRow(std::move(a));
    } else {
        QHash<qint64, std::optional<Attendee>> now;
        for (qint64 id : *ids) {
            auto a = session()->attendees().get(id);
            now.insert(id, a && a->eventId == eventId ? a : std::nullopt);
        }
        // Edited in place when nobody arrives or leaves and nobody's place in the order moves
        // (a check-in, a typed phone): the common case, without copying the list.
        bool inPlace = true;
        for (auto it = now.cbegin(); it != now.cend() && inPlace; ++it) {
            const int row = rowOf(it.key());
            if (!it.value() || row < 0) {
                inPlace = !it.value() && row < 0; // neither here nor there: nothing to do
                continue;
            }
            // Compared with the neighbours as they will be (they may be read again too).
            const auto neighbour = [&](int r) -> const Attendee & {
                const qint64 id = m_rows.at(r).a.id;
                const auto n = now.constFind(id);
                return n != now.cend() && n.value() ? *n.value() : m_rows.at(r).a;
            };
            const Attendee &a = *it.value();
            inPlace = (row == 0 || inOrder(neighbour(row - 1), a))
                && (row + 1 == m_rows.size() || inOrder(a, neighbour(row + 1)));
        }
        if (inPlace) {
            QList<int> edited;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const int row = rowOf(it.key());
                if (row < 0 || !it.value())
                    continue;
                m_rows[row] = makeRow(*it.value());
                edited << row;
            }
            rowsChanged(edited);
            return;
        }
        next.reserve(m_rows.size() + now.size());
        for (const Row &r : std::as_const(m_rows))
            if (!now.contains(r.a.id))
                next << r;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!it.value())
                continue;
            Row row = makeRow(*it.value());
            const auto at = std::lower_bound(
                next.begin(), next.end(), row,
                [this](const Row &x, const Row &y) { return inOrder(x.a, y.a); });
            next.insert(at, std::move(row));
        }
    }
    syncRows(
        m_rows, next, [](const Row &r) { return r.a.id; }, ids ? &*ids : nullptr);
    // The texts of people gone or read again stay behind until they are most of the buffer.
    qsizetype live = 0;
    for (const Row &r : std::as_const(m_rows))
        live += r.searchLength;
    if (m_search.size() > 2 * live + 4096) {
        QByteArray compact;
        compact.reserve(live);
        for (Row &r : m_rows) {
            const qsizetype at = compact.size();
            compact.append(m_search.constData() + r.searchAt, r.searchLength);
            r.searchAt = qint32(at);
        }
        m_search = std::move(compact);
    }
}

QString AttendeeTableModel::searchText(int row) const
{
    const QByteArrayView unit = unitSearchText(m_rows.at(row).a.unitId);
    return QString::fromUtf8(personSearchText(row)) + QLatin1Char(' ') + QString::fromUtf8(unit);
}

QByteArrayView AttendeeTableModel::unitSearchText(qint64 unitId) const
{
    const auto it = m_unitSearch.constFind(unitId);
    return it == m_unitSearch.cend() ? QByteArrayView() : QByteArrayView(*it);
}

QString AttendeeTableModel::replacedName(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows.at(row).a.fullName();
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
    case PhoneColumn: // grouped for reading; edited as stored
        return role == Qt::EditRole ? a.phone : inputrules::displayPhone(a.phone);
    case EmailColumn:
        return a.email;
    case RoleColumn:
        return attendeeRoleLabel(a.role) + (a.walkIn ? tr(" (walk-in)") : QString())
            + (a.reserve ? reserveMark() : QString());
    case StatusColumn: {
        QString s = invitationStatusLabel(a.status);
        if (a.status == InvitationStatus::Invited && a.invitedOn.isValid())
            s += QStringLiteral(" ")
                + QLocale().toString(a.invitedOn, QStringLiteral("dd/MM/yyyy"));
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
    const Attendee &a = m_rows.at(index.row()).a;
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
            keys[r] = m_rows.at(r).a.birthYear;
        return keys;
    case CheckedInColumn:
        for (qsizetype r = 0; r < n; ++r) {
            const QDateTime &t = m_rows.at(r).a.checkedInAt;
            keys[r] = t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        return keys;
    case NameColumn: {
        // The rows come in (name_sort_key, id) order: the row is its own key.
        auto before = [this](qsizetype x, qsizetype y) {
            return inOrder(m_rows.at(x).a, m_rows.at(y).a);
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
        const QString t = column == UnitColumn ? m_unitNames.value(m_rows.at(r).a.unitId)
                                               : text(m_rows.at(r).a, column, Qt::DisplayRole);
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
    Attendee a = m_rows.at(index.row()).a;
    const QString s = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn: {
        const text::NameParts n = text::splitFullName(s);
        a.familyName = n.family;
        a.middleName = n.middle;
        a.givenName = n.given;
        break;
    }
    case BirthYearColumn: {
        // Typed as text, read by the one rule ("95" → 1995); a refused value says why.
        const auto year = inputrules::readBirthYear(s, QDate::currentDate().year());
        if (!year.ok) {
            session()->reportError(year.why);
            return false;
        }
        a.birthYear = year.year;
        break;
    }
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
        if (!s.isEmpty() && !inputrules::isEmailAddress(s)) {
            session()->reportError(tr("“%1” is not an e-mail address.").arg(s));
            return false;
        }
        a.email = s;
        break;
    case NoteColumn:
        a.note = s;
        break;
    default:
        return false;
    }
    // From the row as the list showed it: a row another desk changed since is refused.
    return session()->push(
        commands::editAttendeesFrom(session(), { m_rows.at(index.row()).a }, { a }));
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
        // Each step of the source is taken when it is done; the rows are followed by id.
        auto *m = m_model;
        auto resync = [this] {
            this->resync();
        };
        m_connections << connect(m, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &AttendeeFilterModel::beginResetModel)
                      << connect(m, &QAbstractItemModel::modelReset, this,
                                 &AttendeeFilterModel::sourceReset)
                      << connect(m, &QAbstractItemModel::layoutChanged, this, resync)
                      << connect(m, &QAbstractItemModel::rowsInserted, this, resync)
                      << connect(m, &QAbstractItemModel::rowsRemoved, this, resync)
                      << connect(m, &QAbstractItemModel::rowsMoved, this, resync)
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

void AttendeeFilterModel::sourceReset()
{
    m_sortKeys.clear();
    rebuildOrder();
    applyFilter();
    endResetModel();
}

void AttendeeFilterModel::mapIds()
{
    m_visible.resize(m_visibleIds.size());
    m_proxyRow.fill(-1, m_model ? m_model->rowCount() : 0);
    for (qsizetype p = 0; p < m_visibleIds.size(); ++p) {
        const int row = m_model ? m_model->rowOf(m_visibleIds.at(p)) : -1;
        m_visible[p] = row;
        if (row >= 0)
            m_proxyRow[row] = int(p);
    }
}

void AttendeeFilterModel::resync()
{
    constexpr qsizetype kMostSteps = 64;
    const QList<qint64> before = m_visibleIds;
    m_sortKeys.clear();
    rebuildOrder();
    applyFilter(); // the rows that pass now, by row and by id
    const QList<int> visible = m_visible;
    const QList<int> proxyRow = m_proxyRow;
    const QList<qint64> after = m_visibleIds;
    const RowDiff d = diffRows(before, after);
    if (d.steps() == 0)
        return;
    if (d.steps() > kMostSteps) {
        beginResetModel();
        endResetModel();
        return;
    }
    m_visibleIds = before;
    mapIds();
    for (const auto &[first, last] : d.removals) {
        beginRemoveRows({}, first, last);
        m_visibleIds.remove(first, last - first + 1);
        mapIds();
        endRemoveRows();
    }
    if (d.reordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QList<qint64> ids;
        ids.reserve(from.size());
        for (const QModelIndex &i : from)
            ids << (i.row() < m_visibleIds.size() ? m_visibleIds.at(i.row()) : -1);
        const QSet<qint64> present(m_visibleIds.cbegin(), m_visibleIds.cend());
        QList<qint64> order;
        order.reserve(m_visibleIds.size());
        for (qint64 id : after)
            if (present.contains(id))
                order << id;
        m_visibleIds = order;
        mapIds();
        QHash<qint64, int> rowOfId;
        rowOfId.reserve(order.size());
        for (int p = 0; p < order.size(); ++p)
            rowOfId.insert(order.at(p), p);
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype k = 0; k < from.size(); ++k) {
            const int p = rowOfId.value(ids.at(k), -1);
            to << (p >= 0 ? createIndex(p, from.at(k).column()) : QModelIndex());
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const auto &[first, last] : d.insertions) {
        beginInsertRows({}, first, last);
        for (int p = first; p <= last; ++p)
            m_visibleIds.insert(p, after.at(p));
        mapIds();
        endInsertRows();
    }
    m_visible = visible;
    m_proxyRow = proxyRow;
    m_visibleIds = after;
}

void AttendeeFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // An edit may move the row in the sort, or out of (or into) the filter.
    resync();
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
    m_visibleIds.clear();
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
    m_visibleIds.reserve(m_order.size());
    for (const int row : std::as_const(m_order)) {
        const Attendee &a = m_model->attendee(row);
        if (m_unitId && a.unitId != m_unitId)
            continue;
        if (m_role == kReservesOnly ? !a.reserve : m_role >= 0 && int(a.role) != m_role)
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
        m_visibleIds << a.id;
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
