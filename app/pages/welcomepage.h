#pragma once

#include <QWidget>

namespace dd {

// What a data file without any event shows: the three ways to begin, instead of a sample
// created unasked.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(bool readOnly, QWidget *parent = nullptr);

signals:
    void sampleRequested();
    void newEventRequested();
    void openFileRequested();
};

} // namespace dd
