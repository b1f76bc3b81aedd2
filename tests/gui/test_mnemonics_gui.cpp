// Issue 14.3: no "&" is ever shown, every label with a mnemonic has a buddy, and no window uses
// one accelerator twice. Walks every tab of the window and every dialog, in both languages.
#include "support/dialogwalk.h"
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "util/language.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>

#include <map>

using namespace dd;

namespace {

// The letter after a single "&" (none for "&&" or no "&").
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// What is wrong in `root` as it is shown (its visible widgets, and `extra` such as the menu
// bar): labels that show a "&", and letters used twice.
QStringList problems(QWidget *root, const QString &where, const QList<QWidget *> &extra = {})
{
    QStringList out;
    std::map<QChar, QStringList> used;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << extra;
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && !extra.contains(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            const QChar m = mnemonic(label->text());
            if (m.isNull())
                continue;
            if (!label->buddy())
                out << QStringLiteral("%1: label \"%2\" shows its &").arg(where, label->text());
            else
                used[m] << label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (const QChar m = mnemonic(button->text()); !m.isNull())
                used[m] << button->text();
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (const QChar m = mnemonic(box->title()); !m.isNull())
                used[m] << box->title();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (const QChar m = mnemonic(tabs->tabText(i)); !m.isNull())
                    used[m] << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                if (const QChar m = mnemonic(a->text()); !m.isNull())
                    used[m] << a->text();
        }
    }
    for (const auto &[letter, texts] : used)
        if (texts.size() > 1)
            out << QStringLiteral("%1: Alt+%2 is used by %3")
                       .arg(where, QString(letter), texts.join(QStringLiteral(", ")));
    return out;
}

void checkDialog(QWidget *d, const QString &name, QStringList &all)
{
    d->show();
    QTest::qWait(5);
    all << problems(d, name);
    d->close();
}

} // namespace

TEST_CASE("No window shows a \"&\" or uses an accelerator twice, in Vietnamese and English",
          "[gui][mnemonics]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        testsupport::WindowFixture f(QStringLiteral("mnemonics-%1.sqlite").arg(language));
        Session *s = f.session();
        QStringList all;
        auto *tabs = f.find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(5);
            all << problems(tabs->widget(i), language + QLatin1Char('/') + tabs->tabText(i),
                            { f.window.menuBar(), tabs->tabBar() });
        }
        const QString p = language + QLatin1Char('/');
        testsupport::walkDialogs(
            s, &f.window, [&](QWidget *d, const QString &name) { checkDialog(d, p + name, all); });
        INFO(all.join(QLatin1Char('\n')).toStdString());
        CHECK(all.isEmpty());
    }
    installLanguage(defaultLanguage());
}
