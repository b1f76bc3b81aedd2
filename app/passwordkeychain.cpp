#include "passwordkeychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace dd::passwordkeychain {

namespace {

constexpr auto kService = "DialogueDesk";

// Runs a keychain job to its end (they report through the event loop).
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString read(const QString &address)
{
    QKeychain::ReadPasswordJob job { QString::fromLatin1(kService) };
    job.setKey(address);
    run(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

QString write(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job { QString::fromLatin1(kService) };
    job.setKey(address);
    job.setTextData(password);
    run(job);
    if (job.error() == QKeychain::NoError)
        return {};
    return QCoreApplication::translate("dd::PasswordKeychain",
                                       "The password could not be kept in this computer's "
                                       "keychain (%1); it will be asked for again.")
        .arg(job.errorString());
}

void forget(const QString &address)
{
    QKeychain::DeletePasswordJob job { QString::fromLatin1(kService) };
    job.setKey(address);
    run(job);
}

} // namespace dd::passwordkeychain
