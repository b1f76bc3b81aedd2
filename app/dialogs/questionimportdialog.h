#pragma once

#include "import/questionimport.h"
#include "session/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

// The preview of a question import (spreadsheets or e-mails): every row with its source and
// problems; an unknown sender gets a unit to choose; the rows to import are ticked. Import is
// one undoable command.
class QuestionImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        ImportColumn,
        SourceColumn,
        UnitColumn,
        KindColumn,
        TextColumn,
        DateColumn,
        ProblemColumn,
        ColumnCount
    };

    QuestionImportDialog(Session *session, QuestionImportBatch batch, QWidget *parent = nullptr);

    // The questions that would be imported now.
    QList<Question> selectedQuestions() const;
    // Chooses the unit of a row (as the combo on that row does).
    void setRowUnit(int row, qint64 unitId);
    void addFiles(const QStringList &paths);
    void accept() override;

protected:
    // Rows are as tall as their text at the width the table gets once laid out.
    void resizeEvent(QResizeEvent *event) override;
    // The rows as the user left them (units chosen for unknown senders).
    const QuestionImportBatch &batch() const { return m_batch; }
    // A panel shown between the table and the summary (the mail fetch's message list).
    void addPanel(QWidget *panel);
    void showMessage(const QString &text);
    Session *sessionPtr() const { return m_session; }
    // Import stays possible with no question ticked (a fetch that only remembers messages).
    void allowImportingNothing();

private:
    void fill();
    void updateSummary();
    Session *m_session;
    QuestionImportBatch m_batch;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_import;
    bool m_filling = false;
    bool m_allowNothing = false;
};

} // namespace dd
