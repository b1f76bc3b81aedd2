#pragma once

#include <QStyledItemDelegate>

namespace dd {

// The decision of an import preview's row (ImportPreviewModel::DecisionColumn), chosen in a
// combo box among the row's choices: a duplicate person's, or Import / Skip for a question.
class DecisionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace dd
