#include "widgets/readablecolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace dd {

ReadableColumn::ReadableColumn(QTableView *view, int column, int minWidth)
    : QObject(view)
    , m_view(view)
    , m_column(column)
    , m_minWidth(minWidth)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Stretch);
    view->viewport()->installEventFilter(this);
    // Another column resized, shown or hidden changes what is left for this one.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            fit();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ReadableColumn::fit);
}

bool ReadableColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ReadableColumn::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const bool roomy = m_view->viewport()->width() - others >= m_minWidth;
    header->setSectionResizeMode(m_column, roomy ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!roomy)
        header->resizeSection(m_column, m_minWidth);
    m_fitting = false;
}

} // namespace dd
