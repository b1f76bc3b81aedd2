#pragma once

#include "import/attendeepreview.h"
#include "import/rememberedmapping.h"
#include "io/sheet.h"
#include "io/textdecoder.h"
#include "session/session.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace dd {

class ImportPreviewModel;

// Import of a delegate list: the file is read and the preview built off the GUI thread (a
// list of 100,000 rows keeps the window responsive, with progress and cancel); the sending
// union is taken from the file's title when it names one, and asked for otherwise; the user
// corrects the mapping, decides on duplicates and possible duplicates, and says what becomes
// of the units a unit column names that are not in the directory (created, or one of the
// directory, or the sender); Import writes everything as one undoable step. Nothing is
// written before that.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Session *session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file (in the background) and shows its preview.
    void openFile(const QString &path);
    // The sending union, chosen before the file is read (a list fetched from its e-mail).
    void setSendingUnit(qint64 unitId);
    bool isBusy() const { return m_busy; }
    const import::ImportPreview &preview() const { return m_preview; }
    ImportPreviewModel *previewModel() const { return m_model; }

signals:
    // The preview on screen is up to date (also after a file that could not be read).
    void previewReady();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

public:
    void reject() override;

private:
    void chooseFile();
    void readFile();
    void fileRead();
    void sheetChosen();
    void rebuildMapping();
    void buildPreview();
    void previewBuilt();
    void updateCounts();
    void doImport();
    void cancelWork();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    import::ColumnMapping currentMapping() const;
    import::UnitChoices unitChoices() const;
    void showUnknownUnits();
    void showSender();
    void showHidden();

    Session *m_session;
    QString m_path;
    io::Workbook m_workbook;
    import::ImportContext m_context;
    import::HeaderInfo m_header;
    import::Sender m_sender; // what the file says of its sender
    bool m_senderChosen = false; // the user chose "Sent by" themselves
    int m_listSheets = 0; // the visible sheets of the file that hold a list
    QStringList m_hiddenLists; // the hidden sheets that hold one
    import::ImportPreview m_preview;
    bool m_busy = false;
    int m_generation = 0; // results of superseded work are dropped
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel *m_fileLabel;
    QPushButton *m_fileButton;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QComboBox *m_unit;
    QTableWidget *m_mapping;
    QTableView *m_table;
    ImportPreviewModel *m_model;
    QTableWidget *m_unknownUnits;
    QLabel *m_unknownTitle;
    QWidget *m_unknownSide; // the title and the table, hidden when every unit is known
    QLabel *m_senderNote;
    QWidget *m_hiddenSide; // what the file hides: the note and the check box
    QLabel *m_hiddenNote;
    QCheckBox *m_includeHidden;
    QLabel *m_counts;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_importButton;
};

} // namespace dd
