#include "mainwindow.h"

#include "serverdesk.h"
#include "storage/serveraddress.h"

#include "autobackup.h"

#include "dialogs/backupsdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/documentsettingsdialog.h"
#include "dialogs/eventdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/mailfetchdialog.h"
#include "dialogs/paperdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/reporttextdialog.h"
#include "dialogs/unitsdialog.h"
#include "edit/personaldataactions.h"
#include "pages/agendapage.h"
#include "pages/attendeespage.h"
#include "pages/budgetpage.h"
#include "pages/overviewpage.h"
#include "pages/planspage.h"
#include "pages/questionspage.h"
#include "pages/welcomepage.h"
#include "services/personaldataerasure.h"
#include "services/sampleevent.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace dd {

namespace {
// The status bar gives the file name at most this width, so that the plan always shows whole.
constexpr int kFileLabelWidth = 260;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("DialogueDesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(QStringLiteral("activePlanLabel"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_desksLabel = new QLabel(this);
    m_desksLabel->setObjectName(QStringLiteral("desksLabel"));
    statusBar()->addPermanentWidget(m_desksLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_planLabel);

    createActions();
    rebuildPages();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Never larger than the screen (a 1024×600 laptop), even where nothing maximizes it.
        const QSize screenSize = screen() ? screen()->availableGeometry().size() : QSize(1280, 760);
        resize(QSize(1280, 760).boundedTo(screenSize));
        setWindowState(Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    if (m_session) // closing the session clears its stack: no reminder from a window going away
        m_session->undoStack()->disconnect(this);
    // Pages hold models on the session; they go first.
    delete m_tabs;
    m_tabs = nullptr;
}

QString MainWindow::defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/dialoguedesk.sqlite");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(tr("&New data file…"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(tr("Connect to &server…"), this,
                    [this] {
                        if (const auto uri = ServerDesk::ask(this, tr("Connect to server")))
                            openFile(*uri);
                    })
        ->setObjectName(QStringLiteral("connectServerAction"));
    m_copyToServerAction = file->addAction(tr("Cop&y to server…"), this, [this] {
        if (m_session)
            ServerDesk::copyTo(this, m_session->database());
    });
    m_copyToServerAction->setObjectName(QStringLiteral("copyToServerAction"));
    m_saveCopyAction = file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_backupsAction = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    m_erasePersonalDataAction
        = file->addAction(tr("Erase personal data…"), this, &MainWindow::erasePersonalData);
    m_erasePersonalDataAction->setObjectName(QStringLiteral("erasePersonalDataAction"));
    file->addSeparator();
    m_newEventAction = file->addAction(tr("New &event…"), this, &MainWindow::newEvent);
    m_newEventAction->setObjectName(QStringLiteral("newEventAction"));
    file->addSeparator();
    // What the tabs import and export, also reachable from the menu.
    m_fileDataMenu = file->addMenu(tr("&Import and export"));
    m_fileDataMenu->setObjectName(QStringLiteral("importExportMenu"));
    m_fileDataMenu
        ->addAction(tr("Import &attendees…"), this,
                    [this] {
                        if (m_attendees) {
                            showTab(AttendeesTab);
                            m_attendees->importFile();
                        }
                    })
        ->setObjectName(QStringLiteral("importAttendeesAction"));
    m_fileDataMenu
        ->addAction(tr("E&xport attendees…"), this,
                    [this] {
                        if (m_attendees) {
                            showTab(AttendeesTab);
                            m_attendees->exportList(0);
                        }
                    })
        ->setObjectName(QStringLiteral("exportAttendeesAction"));
    m_fileDataMenu->addSeparator();
    m_fileDataMenu
        ->addAction(tr("Import &questions (e-mails)…"), this,
                    [this] {
                        if (m_questions) {
                            showTab(QuestionsTab);
                            m_questions->importDialog();
                        }
                    })
        ->setObjectName(QStringLiteral("importQuestionsAction"));
    m_fileDataMenu
        ->addAction(tr("Questions from the &mailbox…"), this,
                    [this] {
                        if (m_questions) {
                            showTab(QuestionsTab);
                            MailFetchDialog::fetchAndPreview(session(), this);
                        }
                    })
        ->setObjectName(QStringLiteral("fetchMailAction"));
    m_fileDataMenu
        ->addAction(tr("Export q&uestions for an agency…"), this,
                    [this] {
                        if (m_questions) {
                            showTab(QuestionsTab);
                            m_questions->exportForAgencyDialog();
                        }
                    })
        ->setObjectName(QStringLiteral("exportQuestionsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = edit->addAction(tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo });
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_unitsAction = edit->addAction(tr("&Units…"), this, [this] {
        if (!m_session)
            return;
        UnitsDialog dialog(m_session.get(), this);
        dialog.exec();
    });
    m_unitsAction->setObjectName(QStringLiteral("unitsAction"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList names = { tr("&Overview"),  tr("&Attendees"), tr("&Questions"),
                                tr("&Programme"), tr("P&lans"),     tr("&Budget") };
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showTab(Tab(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    m_papersMenu = menuBar()->addMenu(tr("&Papers"));
    m_papersMenu->setObjectName(QStringLiteral("papersMenu"));
    const QList<QPair<PaperKind, QString>> papers = {
        { PaperKind::PersonInvitation, tr("&Invitation letters…") },
        { PaperKind::UnitInvitation, tr("&Unit invitation letters…") },
        { PaperKind::DelegateList, tr("&Delegate list…") },
        { PaperKind::SignInSheet, tr("&Sign-in sheet…") },
        { PaperKind::Programme, tr("P&rogramme…") },
        { PaperKind::QuestionSummary, tr("&Compiled questions…") },
        { PaperKind::ForwardLetter, tr("Covering letter to an &agency…") },
        { PaperKind::OnlineNotice, tr("&Online notice…") },
        { PaperKind::Plan, tr("P&lan…") },
        { PaperKind::Budget, tr("&Budget estimate…") },
        { PaperKind::Badges, tr("Bad&ges…") },
        { PaperKind::PlaceCards, tr("&Place cards…") },
        { PaperKind::Labels, tr("&Envelope labels…") },
        { PaperKind::Report, tr("Results report after t&he day…") },
    };
    for (const auto &[kind, text] : papers) {
        QAction *a = m_papersMenu->addAction(text, this, [this, kind = kind] {
            PaperDialog::run(m_session.get(), kind,
                             m_attendees ? m_attendees->selectedIds() : QList<qint64>(), this);
        });
        a->setObjectName(QStringLiteral("paperAction_") + paperKindKey(kind));
    }
    m_papersMenu
        ->addAction(ReportTextDialog::actionText(), this,
                    [this] { ReportTextDialog::run(m_session.get(), this); })
        ->setObjectName(QStringLiteral("reportTextAction"));
    connect(m_papersMenu, &QMenu::aboutToShow, this, [this] {
        const bool hasEvent = m_session && m_session->eventId() > 0;
        for (QAction *a : m_papersMenu->actions())
            a->setEnabled(hasEvent);
    });
    m_papersMenu->addSeparator();
    QAction *settings = m_papersMenu->addAction(tr("Paper se&ttings…"), this, [this] {
        if (m_session && m_session->eventId() > 0)
            DocumentSettingsDialog(m_session.get(), this).exec();
    });
    settings->setObjectName(QStringLiteral("paperSettingsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About DialogueDesk"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));

    QToolBar *bar = addToolBar(tr("Event"));
    m_eventBar = bar;
    bar->setObjectName(QStringLiteral("eventToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Event:") + QLatin1Char(' '), bar));
    m_eventSelector = new QComboBox(bar);
    m_eventSelector->setObjectName(QStringLiteral("eventSelector"));
    m_eventSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventSelector->setMinimumContentsLength(60);
    bar->addWidget(m_eventSelector);
    bar->addAction(m_newEventAction);
    connect(m_eventSelector, &QComboBox::activated, this, [this](int index) {
        if (!m_session)
            return;
        const qint64 id = m_eventSelector->itemData(index).toLongLong();
        if (id == m_session->eventId())
            return;
        if (!settlePendingEdits()) {
            m_eventSelector->setCurrentIndex(m_eventSelector->findData(m_session->eventId()));
            return;
        }
        m_session->setEventId(id);
    });
    updateRecentMenu();
}

void MainWindow::rebuildPages()
{
    if (m_session) { // built again on the same file (after the welcome page): connect once
        m_session->disconnect(this);
        m_session->undoStack()->disconnect(this);
    }
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_overview = nullptr;
    m_attendees = nullptr;
    m_questions = nullptr;
    m_agenda = nullptr;
    m_plans = nullptr;
    m_budget = nullptr;
    const bool open = m_session != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_copyToServerAction->setEnabled(open);
    m_backupsAction->setEnabled(open);
    m_erasePersonalDataAction->setEnabled(open && !m_session->isReadOnly());
    m_unitsAction->setEnabled(open);
    m_papersMenu->setEnabled(open);
    m_fileDataMenu->setEnabled(open);
    m_newEventAction->setEnabled(open && !m_session->isReadOnly());
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    if (!open) {
        auto *none = WelcomePage::noFile(m_openError, m_tabs);
        connect(none, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
        connect(none, &WelcomePage::newFileRequested, this, &MainWindow::newFile);
        m_tabs->addTab(none, tr("Welcome"));
        refreshStatus();
        return;
    }
    Session *s = m_session.get();
    if (s->events().list().isEmpty()) {
        // First start on an empty file: the user chooses how to begin.
        auto *welcome = new WelcomePage(s->isReadOnly(), m_tabs);
        connect(welcome, &WelcomePage::sampleRequested, this, [this] {
            auto id = ensureSampleEvent(m_session->database());
            if (!id) {
                QMessageBox::warning(this, tr("Sample event"), id.error());
                return;
            }
            m_session->setEventId(*id);
            QMetaObject::invokeMethod(this, &MainWindow::rebuildPages, Qt::QueuedConnection);
        });
        connect(welcome, &WelcomePage::newEventRequested, this, &MainWindow::newEvent);
        connect(welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
        m_tabs->addTab(welcome, tr("Welcome"));
        m_papersMenu->setEnabled(false);
        m_fileDataMenu->setEnabled(false);
        refreshEvents();
        refreshStatus();
        return;
    }
    m_overview = new OverviewPage(s, m_tabs);
    m_attendees = new AttendeesPage(s, m_tabs);
    m_questions = new QuestionsPage(s, m_tabs);
    m_agenda = new AgendaPage(s, m_tabs);
    m_plans = new PlansPage(s, m_tabs);
    m_budget = new BudgetPage(s, m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_attendees, tr("Attendees"));
    m_tabs->addTab(m_questions, tr("Questions"));
    m_tabs->addTab(m_agenda, tr("Programme"));
    m_tabs->addTab(m_plans, tr("Plans"));
    m_tabs->addTab(m_budget, tr("Budget"));
    connect(m_overview, &OverviewPage::showTabRequested, this,
            [this](int tab) { showTab(Tab(tab)); });

    QUndoStack *stack = s->undoStack();
    auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                               : tr("Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                               : tr("Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    connect(s, &Session::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    ConflictDialog::attach(s, this); // another desk changed a row this edit read
    connect(s, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities & (unsigned(Entity::Events) | unsigned(Entity::Plans))) {
            refreshEvents();
            refreshStatus();
        }
        // Another desk's change of a quota or a plan is taken in quietly (a modal reminder would
        // interrupt the door desks); this desk's own edits are reminded of below. Deferred: an
        // own edit's index change comes after its data.
        if (entities
            & (unsigned(Entity::Events) | unsigned(Entity::Plans) | unsigned(Entity::Units)))
            QTimer::singleShot(0, this, [this] { m_planFacts = PlanFacts::of(*m_session); });
    });
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] {
        if (m_session && stack == m_session->undoStack()) // not a file being closed
            remindPlanText();
    });
    connect(s, &Session::eventChanged, this, [this] {
        m_planFacts = PlanFacts::of(*m_session);
        refreshEvents();
        refreshStatus();
    });
    m_planFacts = PlanFacts::of(*s);
    refreshEvents();
    refreshStatus();
}

void MainWindow::remindPlanText()
{
    const PlanFacts now = PlanFacts::of(*m_session);
    const QStringList reminders = now.event.id == m_planFacts.event.id
        ? planTextReminders(m_planFacts, now)
        : QStringList();
    m_planFacts = now;
    if (reminders.isEmpty())
        return;
    statusBar()->showMessage(reminders.first(), 30000);
    auto *box = new QMessageBox(QMessageBox::Information, tr("The plan's text"),
                                reminders.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("planTextReminder"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::refreshEvents()
{
    m_eventSelector->clear();
    if (!m_session)
        return;
    for (const Event &e : m_session->events().list()) {
        QString label = e.title;
        if (e.sample)
            label = tr("[Sample] %1").arg(label);
        if (e.date.isValid())
            label += QStringLiteral(" (%1)").arg(e.date.toString(QStringLiteral("dd/MM/yyyy")));
        else if (e.plannedYear)
            label += QStringLiteral(" (%1/%2)").arg(e.plannedMonth).arg(e.plannedYear);
        m_eventSelector->addItem(label, e.id);
        m_eventSelector->setItemData(m_eventSelector->count() - 1, e.title, Qt::ToolTipRole);
    }
    m_eventSelector->setCurrentIndex(m_eventSelector->findData(m_session->eventId()));
    // A long title is cut at the toolbar's width, with its date: the whole label on hover.
    m_eventSelector->setToolTip(m_eventSelector->currentText());
}

void MainWindow::refreshStatus()
{
    if (!m_session) {
        m_planLabel->clear();
        m_fileLabel->clear();
        setWindowTitle(QStringLiteral("DialogueDesk"));
        return;
    }
    const auto event = m_session->event();
    // The plan alone ("Phương án 1: trực tiếp") is what must stay readable at 1024 px; the
    // words around it are in the tooltip.
    m_planLabel->setText(event ? planKindLabel(event->activePlan) : tr("No event"));
    m_planLabel->setToolTip(event ? tr("Active plan: %1").arg(planKindLabel(event->activePlan))
                                  : QString());
    // A long name is shortened in the middle and never pushes the plan out (a server: no password).
    const QString path = QDir::toNativeSeparators(m_session->database().path());
    const QString name = ServerDesk::displayName(m_session->database());
    const QString shown = m_session->isReadOnly() ? tr("%1 (read-only)").arg(name) : name;
    m_fileLabel->setText(
        m_fileLabel->fontMetrics().elidedText(shown, Qt::ElideMiddle, kFileLabelWidth));
    m_fileLabel->setToolTip(m_session->isReadOnly() ? tr("%1 (read-only)").arg(path) : path);
    setWindowTitle(
        event ? QStringLiteral("%1 — %2 — DialogueDesk").arg(name, planKindLabel(event->activePlan))
              : QStringLiteral("%1 — DialogueDesk").arg(name));
}

void MainWindow::showTab(Tab tab)
{
    if (tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::openInitial(const QString &path, bool sample, qint64 eventId)
{
    QString file = path;
    if (file.isEmpty())
        file = QSettings().value(QStringLiteral("lastFile")).toString();
    if (file.isEmpty() || (!QFileInfo::exists(file) && path.isEmpty()))
        file = defaultDataFile();
    if (!openFile(file))
        return;
    if (sample && !m_session->isReadOnly()) {
        auto id = ensureSampleEvent(m_session->database());
        if (id) {
            m_session->setEventId(*id);
            rebuildPages();
        } else {
            QMessageBox::warning(this, tr("Sample event"), id.error());
        }
    }
    if (eventId > 0 && m_session->events().get(eventId))
        m_session->setEventId(eventId);
}

bool MainWindow::openFile(const QString &path, bool allowReadOnlyOffer, bool backUp)
{
    if (!settlePendingEdits())
        return false;
    auto result = ServerDesk::open(path);
    if (!result.database && ServerAddress::isServerUri(path) && allowReadOnlyOffer) {
        // A server that refused the password kept (or none): ask for the details again.
        QMessageBox::warning(this, tr("Cannot open the file"), result.message);
        const auto uri = ServerDesk::ask(this, tr("Connect to server"), path);
        return uri && openFile(*uri, false, backUp);
    }
    if (result.error == Database::OpenError::InUse && allowReadOnlyOffer) {
        const auto answer = QMessageBox::question(
            this, tr("File in use"),
            result.message + QStringLiteral("\n\n") + tr("Open it read-only?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        result = Database::open(path, Database::Access::ReadOnly);
    } else if (result.error == Database::OpenError::ReadOnly) {
        // It can still be read: open it so, and say why it cannot be changed.
        const QString why = result.message;
        result = ServerDesk::open(path, Database::Access::ReadOnly);
        if (result.database)
            QMessageBox::information(this, tr("Opened read-only"), why);
    }
    if (!result.database) {
        m_openError = result.message;
        if (!m_session)
            rebuildPages(); // the reason stays on the page once the box is closed
        QMessageBox::warning(this, tr("Cannot open the file"), result.message);
        return false;
    }
    m_openError.clear();
    m_justCreated = result.created;
    auto session = std::make_unique<Session>(std::move(result.database));
    if (!result.backupPath.isEmpty())
        statusBar()->showMessage(tr("The file was upgraded; the old version was kept as %1")
                                     .arg(QDir::toNativeSeparators(result.backupPath)),
                                 20000);
    // The pages refer to the old session: remove them before it goes.
    m_serverDesk.reset();
    m_autoBackup.reset();
    m_session.reset();
    rebuildPages();
    m_session = std::move(session);
    rebuildPages();
    if (!m_session->isReadOnly()) {
        // A file just made holds nothing to protect yet.
        m_autoBackup
            = std::make_unique<AutoBackup>(m_session->database(), backUp && !m_justCreated, this);
        connect(m_autoBackup.get(), &AutoBackup::reported, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    if (m_session->database().isServer())
        m_serverDesk = std::make_unique<ServerDesk>(m_session->database(), m_desksLabel, this);
    else
        m_desksLabel->clear();
    // A server's address without its password (it is in the keychain, if anywhere).
    addRecent(m_session->database().path());
    QSettings().setValue(QStringLiteral("lastFile"), m_session->database().path());
    return true;
}

void MainWindow::newEvent()
{
    if (!m_session)
        return;
    if (!settlePendingEdits())
        return;
    const bool first = m_session->events().list().isEmpty();
    EventDialog dialog(m_session.get(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdEventId())
        m_session->setEventId(dialog.createdEventId());
    if (first && !m_session->events().list().isEmpty())
        QMetaObject::invokeMethod(this, &MainWindow::rebuildPages, Qt::QueuedConnection);
    else
        refreshEvents();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        // Later: the menu that opened the dialog is rebuilt too.
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
}

void MainWindow::retranslate()
{
    // Every text was set with tr() when built: build the menus, the tool bar and the pages
    // again (the data is in the file; the tab shown stays).
    const int tab = m_tabs->currentIndex();
    delete m_eventBar;
    m_eventBar = nullptr;
    delete menuBar();
    createActions();
    rebuildPages();
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::focusSearch()
{
    QWidget *page = m_tabs->currentWidget();
    if (!page)
        return;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>())
        if (edit->objectName().endsWith(QLatin1String("Search")) && edit->isVisible()) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
}

void MainWindow::showGuide()
{
    GuideDialog::show(this);
}

void MainWindow::showAbout()
{
    // QMessageBox::about(), with a name that tests and screenshots can find.
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About DialogueDesk"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setText(
        tr("<h3>DialogueDesk %1</h3><p>Prepares a meeting and dialogue between the "
           "provincial Youth Union leaders and the executive committees of young "
           "workers' union branches: attendees, questions, programme, the in-person "
           "or online plan, and the papers.</p><p>Data file: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_session ? QDir::toNativeSeparators(m_session->database().path()) : tr("none")));
    box.exec();
}

bool MainWindow::settlePendingEdits()
{
    if (!m_plans || !m_plans->hasPendingEdits())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("A field of the Plans tab was changed and not yet applied. Save the "
                       "change?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("pendingEditsBox"));
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    {
        // The box takes the focus: the field being typed in must not apply itself on leaving
        // (that is what the answer decides).
        const QSignalBlocker typing(QApplication::focusWidget());
        m_plans->holdEdits(true);
        box.exec();
        m_plans->holdEdits(false);
    }
    if (box.clickedButton() == save) {
        if (m_plans->applyPendingEdits())
            return true;
        showTab(PlansTab); // a refused value: the field says why
        return false;
    }
    if (box.clickedButton() == discard) {
        m_plans->discardPendingEdits();
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settlePendingEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace dd
