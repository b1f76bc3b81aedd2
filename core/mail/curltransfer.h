#pragma once

#include "mail/mailserver.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

// One connection to a mail server through libcurl, reused for every request made with it.
namespace dd::mail {

// What went wrong, so that the caller can say it in the user's words and tests can tell.
enum class MailFailure {
    None,
    Unreachable, // no answer, name unknown, refused, timed out
    Login, // user or password refused
    Certificate, // the certificate is not valid or names another host
    Folder, // the folder or label does not exist
    TooLarge, // a message over the limit
    Recipient, // the server refused a recipient
    Other,
};

struct MailError
{
    MailFailure failure = MailFailure::Other;
    QString message; // in the user's words
};

// Called before each message of a fetch or a sending (done of total); false stops it (the
// Cancel button of the window).
using MailProgress = std::function<bool(int done, int total)>;

class CurlTransfer
{
public:
    explicit CurlTransfer(const MailServer &server);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    // Performs `url` (after the server's base URL) with an optional custom IMAP command;
    // returns what the server sent back as data.
    Result<QByteArray> imap(const QByteArray &path, const QByteArray &command = {});
    // Sends one message; returns the server's last answer ("250 2.0.0 Ok: queued as …").
    Result<QString> smtp(const QByteArray &from, const QList<QByteArray> &recipients,
                         const QByteArray &message);

    // Connects and logs in to an SMTP server without sending anything (Preferences ▸ "test
    // the connection").
    Status smtpLogin();

    // The kind of the last failure (None after a success).
    MailFailure lastFailure() const { return m_failure; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    MailServer m_server;
    MailFailure m_failure = MailFailure::None;
    QString describe(int code, const QByteArray &detail, const QByteArray &reply);
};

} // namespace dd::mail
