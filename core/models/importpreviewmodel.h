#pragma once

#include "import/attendeepreview.h"

#include <QAbstractTableModel>

namespace dd {

// The rows of an import's preview as they will be written, with their problems and decisions,
// for either kind: a delegate list shows the person's fields, a question list its source, unit,
// kind, topic, text and date. The first three columns are the same for both. The decision of a
// duplicate person, or of any question that can be imported (Import or Skip), is edited in
// place. The preview belongs to the caller (the import dialog), who calls reset() when it is
// built anew.
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
    // The columns of a question list: the first three as above.
    enum QuestionColumn {
        SourceColumn = RowColumn,
        QuestionUnitColumn = DecisionColumn + 1,
        KindColumn,
        TopicColumn,
        TextColumn,
        DateColumn,
        QuestionNoteColumn,
        QuestionColumnCount
    };
    // The decisions a duplicate row offers (a list of import::Decision as int), for the editor.
    static constexpr int kChoicesRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(import::ImportPreview *preview, QObject *parent = nullptr);
    // The preview was replaced as a whole.
    void reset();
    // Rows whose values changed in the preview (a unit chosen for them).
    void rowsChanged(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void decisionChanged();

private:
    bool questions() const { return m_preview->kind == import::ImportKind::Questions; }
    QVariant questionData(const import::ImportRow &r, int column) const;
    import::ImportPreview *m_preview;
};

} // namespace dd
