#include "mail/curltransfer.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <cstring>

namespace dd::mail {

namespace {

// No one waits longer than this for a server that does not answer.
constexpr long kConnectSeconds = 20;
constexpr long kLowSpeedSeconds = 60;

size_t appendTo(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

struct Upload
{
    const QByteArray *bytes = nullptr;
    qsizetype offset = 0;
};

size_t readFrom(char *buffer, size_t size, size_t count, void *source)
{
    auto *up = static_cast<Upload *>(source);
    const qsizetype n
        = std::min<qsizetype>(qsizetype(size * count), up->bytes->size() - up->offset);
    std::memcpy(buffer, up->bytes->constData() + up->offset, size_t(n));
    up->offset += n;
    return size_t(n);
}

// The server's answers ("< 250 …"), for the log and the error messages.
int traceReplies(CURL *, curl_infotype type, char *data, size_t size, void *target)
{
    if (type == CURLINFO_HEADER_IN)
        static_cast<QByteArray *>(target)->append(data, qsizetype(size));
    return 0;
}

// A fresh request on the kept connection, with what every request sets: its address, the login
// (an SMTP server on this machine may need none), TLS, the time limits and where the server's
// answers go. libcurl copies the strings it is given.
void startRequest(CURL *c, const MailServer &server, const QByteArray &url, char *errorBuffer,
                  QByteArray *replies)
{
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    if (!server.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, server.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, server.password.toUtf8().constData());
    }
    if (server.security == Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!server.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, server.caFile.toLocal8Bit().constData());
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &traceReplies);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, replies);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, kConnectSeconds);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, kLowSpeedSeconds);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    errorBuffer[0] = 0;
}

} // namespace

struct CurlTransfer::Handle
{
    CURL *curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
};

CurlTransfer::CurlTransfer(const MailServer &server)
    : m_handle(std::make_unique<Handle>())
    , m_server(server)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
    m_handle->curl = curl_easy_init();
}

CurlTransfer::~CurlTransfer()
{
    if (m_handle->curl)
        curl_easy_cleanup(m_handle->curl);
}

QString CurlTransfer::describe(int code, const QByteArray &detail, const QByteArray &reply)
{
    const QString host = m_server.host;
    const QList<QByteArray> lines = reply.trimmed().split('\n');
    const QString said = QString::fromUtf8(lines.value(lines.size() - 1)).trimmed();
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        m_failure = MailFailure::Unreachable;
        return QCoreApplication::translate("Mail",
                                           "The mail server %1 (port %2) cannot be reached: "
                                           "check the address, the port and the connection.")
            .arg(host)
            .arg(m_server.port);
    case CURLE_LOGIN_DENIED:
        m_failure = MailFailure::Login;
        return QCoreApplication::translate(
                   "Mail",
                   "The mail server %1 refused the user name or the password of %2. "
                   "For Gmail, use an app password (see the README).")
            .arg(host, m_server.user);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        m_failure = MailFailure::Certificate;
        return QCoreApplication::translate(
                   "Mail",
                   "The certificate of the mail server %1 is not valid or belongs to "
                   "another server, so nothing was sent or read (%2).")
            .arg(host, QString::fromUtf8(detail));
    case CURLE_USE_SSL_FAILED:
        m_failure = MailFailure::Certificate;
        return QCoreApplication::translate("Mail",
                                           "The mail server %1 does not offer an encrypted "
                                           "connection (STARTTLS); nothing was sent or read.")
            .arg(host);
    case CURLE_FILESIZE_EXCEEDED:
        m_failure = MailFailure::TooLarge;
        return QCoreApplication::translate("Mail", "The message is larger than 25 MB.");
    default:
        break;
    }
    m_failure = MailFailure::Other;
    return QCoreApplication::translate("Mail", "The mail server %1 answered: %2")
        .arg(host, said.isEmpty() ? QString::fromUtf8(detail) : said);
}

Result<QByteArray> CurlTransfer::imap(const QByteArray &path, const QByteArray &command)
{
    CURL *c = m_handle->curl;
    if (!c)
        return Error(QCoreApplication::translate("Mail", "The mail library could not start."));
    QByteArray data;
    QByteArray replies;
    startRequest(c, m_server, m_server.baseUrl() + '/' + path, m_handle->error, &replies);
    if (!command.isEmpty())
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, command.constData());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &appendTo);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &data);
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return Error(describe(int(code), QByteArray(m_handle->error), replies));
    m_failure = MailFailure::None;
    return data;
}

Result<QString> CurlTransfer::smtp(const QByteArray &from, const QList<QByteArray> &recipients,
                                   const QByteArray &message)
{
    CURL *c = m_handle->curl;
    if (!c)
        return Error(QCoreApplication::translate("Mail", "The mail library could not start."));
    QByteArray replies;
    startRequest(c, m_server, m_server.baseUrl(), m_handle->error, &replies);
    const QByteArray fromAngle = '<' + from + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, fromAngle.constData());
    curl_slist *rcpt = nullptr;
    QList<QByteArray> angles;
    for (const QByteArray &r : recipients)
        angles << '<' + r + '>';
    for (const QByteArray &r : std::as_const(angles))
        rcpt = curl_slist_append(rcpt, r.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    Upload up { &message, 0 };
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readFrom);
    curl_easy_setopt(c, CURLOPT_READDATA, &up);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    const CURLcode code = curl_easy_perform(c);
    curl_slist_free_all(rcpt);
    const QList<QByteArray> lines = replies.trimmed().split('\n');
    const QString last = QString::fromUtf8(lines.value(lines.size() - 1)).trimmed();
    if (code != CURLE_OK) {
        // The server's refusal of this message (a recipient, its size): its last 4xx or 5xx
        // answer. Not the last line: curl says QUIT after it, and "221 Bye" comes last.
        QString refusal;
        for (auto it = lines.crbegin(); it != lines.crend() && refusal.isEmpty(); ++it)
            if (const QByteArray l = it->trimmed(); l.startsWith('4') || l.startsWith('5'))
                refusal = QString::fromUtf8(l);
        if (code == CURLE_SEND_ERROR && !refusal.isEmpty()) {
            m_failure = MailFailure::Recipient;
            return Error(QCoreApplication::translate("Mail",
                                                     "The mail server %1 refused the "
                                                     "message: %2")
                             .arg(m_server.host, refusal));
        }
        return Error(describe(int(code), QByteArray(m_handle->error), replies));
    }
    m_failure = MailFailure::None;
    return last;
}

Status CurlTransfer::smtpLogin()
{
    CURL *c = m_handle->curl;
    if (!c)
        return Error(QCoreApplication::translate("Mail", "The mail library could not start."));
    QByteArray replies;
    startRequest(c, m_server, m_server.baseUrl(), m_handle->error, &replies);
    // The greeting, EHLO, STARTTLS and AUTH are the connection phase: nothing is sent after.
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return Error(describe(int(code), QByteArray(m_handle->error), replies));
    m_failure = MailFailure::None;
    return {};
}

} // namespace dd::mail
