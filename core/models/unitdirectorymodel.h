#pragma once

#include "domain/mail.h"
#include "domain/unit.h"
#include "models/sessiontablemodel.h"

namespace dd {

// The directory of units (reused by every event) with each unit's part and quota in the
// current event.
class UnitDirectoryModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        PartColumn,
        QuotaColumn,
        EmailColumn,
        ContactColumn,
        PhoneColumn,
        MailColumn, // the last paper sent by e-mail: which, when, the server's answer
        ColumnCount
    };
    explicit UnitDirectoryModel(Session *session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    qint64 versionAt(int row) const override { return m_rows.at(row).rowVersion; }
    const Unit &unit(int row) const { return m_rows.at(row); }

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<Unit> m_rows;
    QHash<qint64, EventUnit> m_parts;
    QHash<qint64, MailLogEntry> m_lastMail; // per unit, in this event
};

} // namespace dd
