#pragma once

#include <QLayout>
#include <QList>

namespace dd {

// A row of buttons that wraps onto the next line when the window is narrow (1024×600), so that
// no button is cut; Qt's Flow Layout example, with heightForWidth.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, with testOnly) and returns the height.
    int place(const QRect &rect, bool testOnly) const;
    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace dd
