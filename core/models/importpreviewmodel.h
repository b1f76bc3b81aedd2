#pragma once

#include "import/attendeepreview.h"

#include <QAbstractTableModel>

namespace dd {

// The rows of an attendee import's preview as they will be written, with their problems and
// decisions; the decision of a duplicate is edited in place. The preview belongs to the
// caller (the import dialog), who calls reset() when it is built anew.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        ProblemColumn,
        DecisionColumn,
        NameColumn,
        GenderColumn,
        YearColumn,
        PositionColumn,
        UnitColumn,
        WorkplaceColumn,
        PhoneColumn,
        EmailColumn,
        RoleColumn,
        NoteColumn,
        ColumnCount
    };
    // The decisions a duplicate row offers (a list of import::Decision as int), for the editor.
    static constexpr int kChoicesRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(import::ImportPreview *preview, QObject *parent = nullptr);
    // The preview was replaced as a whole.
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void decisionChanged();

private:
    import::ImportPreview *m_preview;
};

} // namespace dd
