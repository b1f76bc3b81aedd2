#include "serverdesk.h"

#include "dialogs/connectserverdialog.h"
#include "passwordkeychain.h"
#include "storage/serveraddress.h"
#include "storage/storecopy.h"

#include <QFileInfo>

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>

namespace dd {

namespace {
constexpr auto kDeskNameKey = "deskName";
}

ServerDesk::ServerDesk(Database &db, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_label(label)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("serverDesk"));
    m_db.setDeskName(deskName()); // a new name in Preferences shows from the next connection
    m_timer->setInterval(kPresenceIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ServerDesk::refresh);
    m_timer->start();
    refresh();
}

QString ServerDesk::deskName()
{
    const QString name = QSettings().value(QLatin1String(kDeskNameKey)).toString().simplified();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

void ServerDesk::setDeskName(const QString &name)
{
    QSettings().setValue(QLatin1String(kDeskNameKey), name.simplified());
}

void ServerDesk::refresh()
{
    const QStringList others = m_db.otherDesks();
    m_label->setText(others.isEmpty()
                         ? tr("No other desk connected")
                         : tr("Also connected: %1").arg(others.join(QStringLiteral(", "))));
}

Database::OpenResult ServerDesk::open(const QString &path, Database::Access access)
{
    if (!ServerAddress::isServerUri(path))
        return Database::open(path, access);
    auto address = ServerAddress::parse(path);
    if (address && address->password.isEmpty()) {
        address->password = passwordkeychain::read(address->toString());
        if (!address->password.isEmpty())
            return Database::open(address->toString(true), access);
    }
    return Database::open(path, access);
}

QString ServerDesk::displayName(Database &db)
{
    if (!db.isServer())
        return QFileInfo(db.path()).fileName();
    const auto address = ServerAddress::parse(db.path());
    return address ? address->displayName() : db.path();
}

void ServerDesk::copyTo(QWidget *parent, Database &source)
{
    const QString title = tr("Copy to server");
    const auto uri = ask(parent, title);
    if (!uri)
        return;
    Database::OpenResult target = open(*uri);
    if (!target.database) {
        QMessageBox::warning(parent, title, target.message);
        return;
    }
    const auto copied = StoreCopy::copy(source, *target.database);
    if (!copied) {
        QMessageBox::warning(parent, title, copied.error());
        return;
    }
    QStringList lines;
    for (const StoreCopy::TableCount &t : *copied)
        lines << tr("%1: %n row(s)", nullptr, int(t.rows)).arg(t.table);
    QMessageBox::information(parent, title,
                             tr("Everything was copied to %1:").arg(displayName(*target.database))
                                 + QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
}

std::optional<QString> ServerDesk::ask(QWidget *parent, const QString &title,
                                       const QString &previous)
{
    const auto known = ServerAddress::parse(previous);
    ConnectServerDialog dialog(title, known ? &*known : nullptr, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ServerAddress address = dialog.address();
    const QString key = address.toString();
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        if (const QString why = passwordkeychain::write(key, dialog.password()); !why.isEmpty())
            QMessageBox::information(parent, title, why);
    } else if (!dialog.rememberPassword()) {
        passwordkeychain::forget(key);
    }
    address.password = dialog.password();
    return address.toString(true);
}

} // namespace dd
