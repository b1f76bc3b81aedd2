#include "mailworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace dd {

bool MailWorker::run(QWidget *parent, const QString &title, const Job &job)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("mailProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setRange(0, 0); // busy until the job knows how many messages there are
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled, &dialog] {
        *cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("MailWorker", "Cancelling…"));
    });
    const Progress progress = [cancelled, &dialog](int done, int total, const QString &text) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total, text] {
                dialog.setRange(0, total);
                dialog.setValue(done);
                if (!text.isEmpty())
                    dialog.setLabelText(text);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&job, &progress] { job(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    dialog.show();
    loop.exec();
    thread->wait();
    return !cancelled->load();
}

} // namespace dd
