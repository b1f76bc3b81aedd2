#pragma once

#include <QWidget>

class QPushButton;

namespace dd {

// What a data file without any event shows: the three ways to begin, instead of a sample
// created unasked.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(bool readOnly, QWidget *parent = nullptr);
    // What the window shows when no data file could be opened (at start, the last file is
    // from a newer version, not a data file, or gone with its USB stick): why, kept on the
    // page after the message box is closed, and the two ways on.
    static WelcomePage *noFile(const QString &why, QWidget *parent = nullptr);

signals:
    void sampleRequested();
    void newEventRequested();
    void openFileRequested();
    void newFileRequested();

private:
    WelcomePage(QWidget *parent);
    QPushButton *addButton(const QString &label, const QString &detail, const char *name);
    void build(const QString &title, const QString &text, const QList<QPushButton *> &buttons);
};

} // namespace dd
