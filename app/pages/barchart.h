#pragma once

#include <QWidget>

namespace dd {

// Horizontal bars: one row per label with a value against a target (a quota, a minimum).
// The target is drawn as a mark; bars over their target are red, short of it amber.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        int value = 0;
        int target = -1; // -1: none
        bool higherIsBad = true; // over a quota is bad; under a minimum is bad otherwise
    };
    explicit BarChart(QWidget *parent = nullptr);
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
};

} // namespace dd
