#pragma once

#include <QWidget>

namespace dd {

// Horizontal bars: one row per label with a value against a target (a quota, a minimum).
// The target is drawn as a mark; bars over their target are red, short of it amber. A label
// too long for its column (a unit's whole name in a narrow box on a 1024 px screen) is
// wrapped onto the next lines (three at most) rather than cut: "Huyện đoàn…Minh Châu" names
// no one.
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
    // The lines the label of bar `i` is shown on at the chart's present width (one to three;
    // the last is elided only when three lines cannot hold it).
    QStringList shownLabel(int i) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int labelWidth(int width) const;
    QStringList labelLines(const QString &label, int room) const;
    int rowHeight(int lines) const;

    QList<Bar> m_bars;
};

} // namespace dd
