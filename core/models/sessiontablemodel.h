#pragma once

#include "session/session.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace dd {

// The base of the table models: it reloads from the repositories when the session reports
// that something it shows changed, and when another event is chosen. Views never write SQL;
// edits made in a cell go through the session's undo stack.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 id of the row
        SortRole, // value to sort by (Vietnamese sort key for names)
        SearchRole, // folded text the search box looks in
        RawRole, // the domain value behind the cell (an enum key, a date)
    };

    SessionTableModel(Session *session, unsigned watched, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Session *session() const { return m_session; }
    // Re-reads everything from the repositories.
    void reload();
    int rowOf(qint64 id) const;
    virtual qint64 idAt(int row) const = 0;

protected:
    // Subclasses read their rows here (between begin/endResetModel).
    virtual void load() = 0;
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;

private:
    Session *m_session;
    unsigned m_watched;
};

} // namespace dd
