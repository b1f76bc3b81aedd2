#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace dd {

// Runs a blocking mail job (libcurl waits on the network) in a worker thread while a progress
// dialog with Cancel keeps the window responsive. The job touches no database: it reports
// through `progress` and returns; the caller reads its result afterwards on the GUI thread.
class MailWorker
{
public:
    // (done, total, text); false once the user pressed Cancel: the job should stop.
    using Progress = std::function<bool(int done, int total, const QString &text)>;
    using Job = std::function<void(const Progress &progress)>;

    // Returns once the job has finished; true unless the user cancelled.
    static bool run(QWidget *parent, const QString &title, const Job &job);
};

} // namespace dd
