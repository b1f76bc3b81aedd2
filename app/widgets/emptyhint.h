#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace dd {

// A line in the middle of an empty table that says why it is empty and what to do
// ("No questions yet: Import… or Add…"), so a clerk facing a blank grid is not left guessing.
// It follows the view's model (rows added or removed, reset, filtered) and the viewport's size;
// `text` is asked each time the table becomes empty, so it can tell "nothing yet" from
// "nothing matches the search".
class EmptyHint : public QLabel
{
    Q_OBJECT
public:
    EmptyHint(QAbstractItemView *view, std::function<QString()> text);

    // Shows or hides the line for the model's current rows.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace dd
