#include "emptyhint.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

namespace dd {

EmptyHint::EmptyHint(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks and drops go to the table beneath (a file dropped on the empty table imports it).
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    // Behind a filter, the text may change without the filter's rows changing: a row the
    // filter already hid can leave the list itself ("nothing matches" becomes "nothing yet").
    QList<QAbstractItemModel *> models { view->model() };
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model()))
        models << proxy->sourceModel();
    for (QAbstractItemModel *model : std::as_const(models)) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(model, signal, this, &EmptyHint::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh);
    }
    refresh();
}

void EmptyHint::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_text());
        place();
    }
    setVisible(empty);
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::place()
{
    // A band across the middle, with a margin, so a long sentence wraps inside the table.
    const QRect area = m_view->viewport()->rect().adjusted(24, 0, -24, 0);
    const int height = heightForWidth(area.width());
    setGeometry(area.left(), (area.height() - height) / 2, area.width(), qMax(height, 0));
}

} // namespace dd
