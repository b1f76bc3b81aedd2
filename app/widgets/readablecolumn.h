#pragma once

#include <QObject>

class QTableView;

namespace dd {

// Keeps a stretching column at least `minWidth` wide. A stretched column gets what the other
// columns leave; on a 1024 px screen the question table left its text about 100 px ("Đề nghị
// Tỉnh / đoàn phối hợ…"). Below the minimum the column keeps it and the table scrolls sideways.
class ReadableColumn : public QObject
{
    Q_OBJECT
public:
    ReadableColumn(QTableView *view, int column, int minWidth);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableView *m_view;
    int m_column;
    int m_minWidth;
    bool m_fitting = false;
};

} // namespace dd
