#pragma once

#include "import/questionimport.h"
#include "session/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dd {

class ImportPreviewModel;

// The preview of a question import (spreadsheets or e-mails), shown as the attendee import's
// is: the same preview (import::ImportPreview) through the same model (ImportPreviewModel),
// every row with its source, unit, kind, topic, text, date, problems and decision (Import or
// Skip, chosen in place); an unknown sender gets a unit to choose; a workbook with a list on
// each sheet can be narrowed to one sheet. Import is one undoable command
// (import::commitImport, the attendee import's commit).
class QuestionImportDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionImportDialog(Session *session, import::ImportPreview preview,
                         QWidget *parent = nullptr);
    ~QuestionImportDialog() override;

    // The questions that would be imported now.
    QList<Question> selectedQuestions() const;
    // Chooses the unit of a row (as the combo on that row does).
    void setRowUnit(int row, qint64 unitId);
    void addFiles(const QStringList &paths);
    void accept() override;

protected:
    // Rows are as tall as their text at the width the table gets once laid out.
    void resizeEvent(QResizeEvent *event) override;
    // The rows as the user left them (units chosen for unknown senders, decisions, the sheet).
    import::ImportPreview batch() const;
    // A panel shown between the table and the summary (the mail fetch's message list).
    void addPanel(QWidget *panel);
    void showMessage(const QString &text);
    Session *sessionPtr() const { return m_session; }
    // Import stays possible with no question ticked (a fetch that only remembers messages).
    void allowImportingNothing();

private:
    void fill();
    void fillSheets();
    void updateSummary();
    void includeHiddenRows(bool include);
    Session *m_session;
    import::ImportPreview m_preview;
    ImportPreviewModel *m_model;
    QTableView *m_table;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QCheckBox *m_includeHidden; // the rows the files hide, left out until ticked
    QLabel *m_summary;
    QPushButton *m_import;
    bool m_allowNothing = false;
};

} // namespace dd
