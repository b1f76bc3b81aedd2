#pragma once

#include "services/planfacts.h"
#include "session/session.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

class QToolBar;

namespace dd {

class AutoBackup;
class ServerDesk;
class OverviewPage;
class AttendeesPage;
class QuestionsPage;
class AgendaPage;
class PlansPage;
class BudgetPage;

// The window: five tabs over one open data file, the event selector, the menus and the
// status bar that always shows the active plan. Pages do the work; this class wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, AttendeesTab, QuestionsTab, AgendaTab, PlansTab, BudgetTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // At start: the given file, else the last one used, else the default data file; a new
    // or empty file gets the sample event (as does `sample`).
    void openInitial(const QString &path, bool sample, qint64 eventId);
    // Opens a data file; tells the user in their words when it cannot be opened.
    // A file opened for writing is backed up when it changed since its newest backup.
    bool openFile(const QString &path, bool allowReadOnlyOffer = true, bool backUp = true);
    Session *session() const { return m_session.get(); }
    void showTab(Tab tab);

    static QString defaultDataFile();

    // Before the window closes, another file opens or another event is chosen: a field still
    // being typed in is saved, dropped or kept (the move is then cancelled, false), as the
    // user answers "Save / Discard / Cancel".
    bool settlePendingEdits();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildPages();
    void refreshEvents();
    void refreshStatus();
    // When a fact the plan's text states too has changed, says where the text still has the
    // old value.
    void remindPlanText();
    void updateRecentMenu();
    void addRecent(const QString &path);

    void newFile();
    void openFileDialog();
    void saveCopy();
    void showBackups();
    void erasePersonalData();
    // Closes the file and opens it again (after a restore replaced what it holds).
    void reopen();
    void newEvent();
    void showPreferences();
    void showAbout();
    void showGuide();
    // Puts the cursor in the search box of the tab shown (Ctrl+F).
    void focusSearch();
    // The menus, the tool bar and the pages again, in the language now installed.
    void retranslate();

    std::unique_ptr<Session> m_session;
    PlanFacts m_planFacts; // as they were at the last change
    std::unique_ptr<AutoBackup> m_autoBackup; // while a file is open for writing
    std::unique_ptr<ServerDesk> m_serverDesk; // while a server database is open
    QString m_openError; // why the last file could not be opened, shown while none is
    bool m_justCreated = false; // the open file was made (with the sample) when it was opened
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_eventSelector = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_desksLabel = nullptr; // the other desks on the same server
    QMenu *m_recentMenu = nullptr;
    QMenu *m_papersMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_copyToServerAction = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_erasePersonalDataAction = nullptr;
    QAction *m_unitsAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QMenu *m_fileDataMenu = nullptr; // Import / Export, enabled with an event
    QToolBar *m_eventBar = nullptr;
    OverviewPage *m_overview = nullptr;
    AttendeesPage *m_attendees = nullptr;
    QuestionsPage *m_questions = nullptr;
    AgendaPage *m_agenda = nullptr;
    PlansPage *m_plans = nullptr;
    BudgetPage *m_budget = nullptr;
};

} // namespace dd
