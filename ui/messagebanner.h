// A non-modal message strip above the dashboard: files that failed to open and why, other warnings, alerts.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace md::ui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Warning, Error, Information };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows a heading and one line per problem; replaces what was shown.
    void showMessages(Level level, const QString &heading, const QStringList &lines);
    QString text() const;

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Level m_level = Level::Warning;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace md::ui
