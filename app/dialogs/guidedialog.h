#pragma once

#include <QDialog>

class QTextBrowser;

namespace dd {

// Help ▸ User guide: the short illustrated guide to the day-to-day tasks, in the language of
// the window, shipped in the program's resources.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    // Shows the guide beside the window (one at a time), at its first page.
    static void show(QWidget *parent);

private:
    QTextBrowser *m_browser;
};

} // namespace dd
