#pragma once

#include <QCompleter>

namespace dd {

// Completes names as the rest of the program searches: any part of the name, accents and case
// ignored ("hong" and "Hồng" both offer "Đoàn Thị Hồng").
class FoldingCompleter : public QCompleter
{
    Q_OBJECT
public:
    FoldingCompleter(const QStringList &names, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    static constexpr int kFoldedRole = Qt::UserRole + 1;
};

} // namespace dd
