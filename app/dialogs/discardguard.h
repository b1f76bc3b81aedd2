#pragma once

#include <QObject>
#include <QStringList>

class QDialog;

namespace dd {

// Asks before a form with typed changes is closed by Esc, Cancel or the window's ×: a clerk
// who has typed a long question and brushes Esc should not lose it without a word. What the
// fields held when the dialog was first shown (or after takeSnapshot()) counts as unchanged.
class DiscardGuard : public QObject
{
    Q_OBJECT
public:
    explicit DiscardGuard(QDialog *dialog);

    // The fields as they are now become the unchanged state (after a "save and add another").
    void takeSnapshot();
    bool changed() const;
    // Whether the dialog may close: nothing was changed, or the clerk chose to discard it.
    bool allowClose();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList fields() const;

    QDialog *m_dialog;
    QStringList m_snapshot;
    bool m_taken = false;
};

} // namespace dd
