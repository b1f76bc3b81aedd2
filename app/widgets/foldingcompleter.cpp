#include "widgets/foldingcompleter.h"

#include "text/vietnamese.h"

#include <QStandardItemModel>

namespace dd {

FoldingCompleter::FoldingCompleter(const QStringList &names, QObject *parent)
    : QCompleter(parent)
{
    auto *model = new QStandardItemModel(this);
    for (const QString &name : names) {
        auto *item = new QStandardItem(name);
        item->setData(text::fold(name), kFoldedRole);
        model->appendRow(item);
    }
    setModel(model);
    setCompletionRole(kFoldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return { text::fold(path) };
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace dd
