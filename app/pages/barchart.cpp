#include "pages/barchart.h"

#include <QPainter>

namespace dd {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    return { 420, int(m_bars.size()) * (fontMetrics().height() + 10) + 8 };
}

QSize BarChart::minimumSizeHint() const
{
    return { 260, sizeHint().height() };
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    int maxValue = 1;
    for (const Bar &b : m_bars) {
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(b.label));
        maxValue = qMax(maxValue, qMax(b.value, b.target));
    }
    labelWidth = qMin(labelWidth + 8, width() / 2);
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("000 / 000")) + 8;
    const int barLeft = labelWidth;
    const int barWidth = qMax(20, width() - barLeft - numberWidth);
    const int rowHeight = fm.height() + 10;
    int y = 4;
    for (const Bar &b : m_bars) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth - 6));
        const int w = int(double(b.value) / maxValue * barWidth);
        QColor color(0x42, 0x85, 0xf4);
        if (b.target >= 0) {
            const bool bad = b.higherIsBad ? b.value > b.target : b.value < b.target;
            if (bad)
                color = b.higherIsBad ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0x7c, 0x00);
            else if (!b.higherIsBad || b.value == b.target)
                color = QColor(0x2e, 0x7d, 0x32);
        }
        p.fillRect(QRect(barLeft, y + 4, qMax(w, 1), rowHeight - 8), color);
        if (b.target >= 0) {
            const int x = barLeft + int(double(b.target) / maxValue * barWidth);
            p.setPen(QPen(palette().color(QPalette::WindowText), 2));
            p.drawLine(x, y + 1, x, y + rowHeight - 1);
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QString number = b.target >= 0 ? QStringLiteral("%1 / %2").arg(b.value).arg(b.target)
                                             : QString::number(b.value);
        p.drawText(QRect(barLeft + barWidth + 6, y, numberWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, number);
        y += rowHeight;
    }
}

} // namespace dd
