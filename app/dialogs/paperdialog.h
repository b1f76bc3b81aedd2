#pragma once

#include "documents/paperdata.h"
#include "domain/documentsettings.h"
#include "services/paperservice.h"
#include "session/session.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace dd {

// One paper of the event: what goes on it (grouping, a unit, for letters whom they go to, for
// the covering letter the agency), the signing date (remembered per paper; none leaves the
// line blank) and the number, then preview, print, save as PDF or as OpenDocument text. It
// says before printing when the event has no date yet. After invitation letters are printed
// or saved it offers to mark those people invited, as one undoable edit.
class CardFilter;

class PaperDialog : public QDialog
{
    Q_OBJECT
public:
    // `selectedAttendees`: the people selected on the Attendees tab, for letters to them.
    PaperDialog(Session *session, PaperKind kind, const QList<qint64> &selectedAttendees,
                QWidget *parent = nullptr);

    // Opens the dialog modally for the kind of paper.
    static void run(Session *session, PaperKind kind, const QList<qint64> &selectedAttendees,
                    QWidget *parent);

    // A "Print…" button for a page: opens the dialog on the paper, or offers a menu when the
    // page has several. `selection` gives the people selected on the page, if any.
    static QPushButton *printButton(Session *session, const QList<PaperKind> &kinds, QWidget *page,
                                    const char *objectName,
                                    std::function<QList<qint64>()> selection = {});

    PaperKind kind() const;
    void setKind(PaperKind kind);
    documents::PaperOptions options() const;
    // The signing date chosen (a null date: blank), and the covering letter's answer-by day.
    QDate issueDate() const;
    QDate answerBy() const;
    // Personal invitations: who gets a letter with the current choice, in list order.
    QList<qint64> letterRecipients() const;

    void preview();
    void print();
    // Ask for a file (or a folder), then write.
    void saveAsPdf();
    void saveAsOdt();
    void saveToFolder();
    // The same without the file dialogs (also used by tests): a PDF, or an OpenDocument text
    // when the path ends in .odt. True when written.
    bool saveTo(const QString &path);
    bool saveToFolder(const QString &folder);

private:
    void updateForKind();
    void updateSummary();
    void fillUnits();
    // The remembered dates of the chosen paper into the date fields.
    void loadDates();
    paperservice::PaperDates dates() const;
    // After a paper went out: its dates remembered, a covering letter's questions recorded.
    void recordPrinted(const QList<qint64> &forwarded);
    // What follows a paper that went out: the above, "mark as invited?", the fields again.
    void afterPrinting(const QList<qint64> &forwarded);
    void saveAs(const QString &extension, const QString &filter);
    // Says why nothing can be printed, or clears the message; false when nothing can be.
    bool checkPrintable();
    void showMessage(const QString &text, bool error);
    // After letters went out: "Mark these N people as invited?"
    void offerToMarkInvited();
    QString suggestedFileName() const;
    QString lastFolder() const;
    void rememberFolder(const QString &path);

    Session *m_session;
    documents::PaperData m_data;
    QList<qint64> m_selection;

    QComboBox *m_kind;
    QFormLayout *m_form;
    QComboBox *m_groupBy;
    QComboBox *m_unit;
    QCheckBox *m_onePerUnit;
    QCheckBox *m_includeDeclined;
    QWidget *m_lettersTo;
    QButtonGroup *m_who;
    QRadioButton *m_toSelected;
    QRadioButton *m_toUnit;
    QRadioButton *m_toNotInvited;
    QRadioButton *m_toEveryone;
    QComboBox *m_letterUnit;
    QComboBox *m_agency;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QWidget *m_answerRow;
    QCheckBox *m_answerDated;
    QDateEdit *m_answerBy;
    QLabel *m_dateWarning;
    QCheckBox *m_takeNumber;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    QPushButton *m_odtButton;
    QPushButton *m_folderButton;
    CardFilter *m_cardFilter; // badges, place cards, labels: the role
    QPushButton *m_reportText; // the report's assessment and proposals, in their own dialog
};

} // namespace dd
