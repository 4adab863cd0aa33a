// File ▸ Open URL…: asks for a page's address and how often to refresh it.
#pragma once

#include <QDialog>
#include <QUrl>

#include <chrono>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace md::ui {

// A small self-contained dialog: the caller reads url() and refreshInterval() after exec() returns
// Accepted, then fetches (PageFetcher / AutoRefresh). Open stays disabled until the address is an http(s)
// address; a bare "www.example.org/page" is taken as https.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);

    // The address to open; empty while the text is not a usable address.
    QUrl url() const;
    void setAddressText(const QString &text);

    // Zero: no automatic refresh (the default); otherwise 1 to 1440 minutes.
    std::chrono::minutes refreshInterval() const;
    void setRefreshInterval(std::chrono::minutes interval);

    static constexpr int kMaxRefreshMinutes = 24 * 60;

private:
    void updateState();

    QLineEdit *m_address;
    QSpinBox *m_interval;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace md::ui
