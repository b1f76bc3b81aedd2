#pragma once

// For the window tests: the real MainWindow on a fresh data file (with the sample event),
// typing as a person (or an input method) does, and answering modal dialogs.
#include "mainwindow.h"
#include "session/session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputMethodEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>

namespace testsupport {

// Types text as an input method commits it (QTest::keyClicks only knows ASCII keys).
inline void typeText(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}

// Drags files onto a widget as the desktop does. Returns false when the widget refuses them
// as they enter; otherwise drops them and returns whether the drop was taken.
inline bool dragFiles(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// Runs `fill` on the next modal dialog with the given objectName once it is shown.
inline void whenDialogOpens(const QString &name, std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [name, fill] {
        QDialog *dialog = nullptr;
        for (int i = 0; i < 300 && !dialog; ++i) {
            if (auto *w = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                w && w->objectName() == name)
                dialog = w;
            else
                QTest::qWait(10);
        }
        REQUIRE(dialog);
        fill(dialog);
    });
}

// Runs `answer` on the next message box once it is shown (the static QMessageBox functions
// give theirs no objectName); with `name`, only on a box of that objectName.
inline void whenMessageBoxOpens(std::function<void(QMessageBox *)> answer, const QString &name = {})
{
    QTimer::singleShot(0, [answer, name] {
        for (int i = 0; i < 300; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                box && (name.isEmpty() || box->objectName() == name)) {
                answer(box);
                return;
            }
            QTest::qWait(10);
        }
    });
}

// Saves a picture of a widget as the user sees it when DD_SHOT_DIR is set, for looking at
// dialogs that no screenshot tool can reach (they are modal and opened by a click).
inline void shoot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("DD_SHOT_DIR"))
        w->grab().save(qEnvironmentVariable("DD_SHOT_DIR") + QLatin1Char('/') + name
                       + QStringLiteral(".png"));
}

// The window on a new data file in a temporary folder, shown and exposed.
struct WindowFixture
{
    QTemporaryDir dir;
    dd::MainWindow window;
    explicit WindowFixture(const QString &fileName = QStringLiteral("gui.sqlite"))
    {
        QSettings().clear();
        REQUIRE(window.openFile(dir.filePath(fileName)));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // A new file opens on the welcome page: the tests work in the sample, as a user
        // trying the program does.
        auto *sample = window.findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        REQUIRE(sample);
        sample->click();
        QTest::qWait(0);
        QCoreApplication::processEvents();
        REQUIRE(window.session()->event());
    }
    template<typename T>
    T *find(const QString &name)
    {
        auto *w = window.findChild<T *>(name);
        REQUIRE(w);
        return w;
    }
    template<typename T>
    T *find(const char *name)
    {
        return find<T>(QLatin1String(name));
    }
    dd::Session *session() { return window.session(); }
    QAction *undo() { return find<QAction>("undoAction"); }
};

} // namespace testsupport
