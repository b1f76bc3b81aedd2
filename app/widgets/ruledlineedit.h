#pragma once

#include <QLineEdit>

class QAction;

namespace dd {

// A line edit whose text an input rule reads: a value it refuses is marked in place (a red
// frame and a warning sign at its end, whose tooltip says why) and the text stays as typed, so
// that nothing typed is lost and the clerk sees what to fix next to the field.
class RuledLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit RuledLineEdit(QWidget *parent = nullptr);

    // Why the text is refused; empty when it is accepted.
    QString problem() const { return m_problem; }
    bool isAccepted() const { return m_problem.isEmpty(); }

signals:
    // The field was left (or Enter pressed) with a changed value the rule accepts.
    void valueEdited();

protected:
    // Reads the text: an empty result accepts it (the subclass then shows it normalized).
    virtual QString check() = 0;
    void setProblem(const QString &why);
    // Reads and marks the text; emits valueEdited() when it was accepted and changed.
    void finish();
    QString m_committed; // the text as it was last shown accepted

private:
    QString m_problem;
    QAction *m_warning;
};

} // namespace dd
