#include "widgets/decisiondelegate.h"

#include "models/importpreviewmodel.h"

#include <QComboBox>

namespace dd {

QWidget *DecisionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("decisionCombo"));
    for (const QVariant &v : index.data(ImportPreviewModel::kChoicesRole).toList())
        combo->addItem(import::decisionLabel(import::Decision(v.toInt())), v);
    return combo;
}

void DecisionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findText(index.data().toString())));
}

void DecisionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace dd
