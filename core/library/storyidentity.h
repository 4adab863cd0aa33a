// One story saved several times: the identity of a stored article, and the grouping of copies into stories.
#pragma once

#include "core/library/librarytypes.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace md {

// What the library knows of one stored article, enough to tell whether two are the same story.
struct StoryFacts
{
    SnapshotId id = 0;
    QString headlineKey;   // storyHeadlineKey() of the headline
    QByteArray bodyKey;    // storyBodyKey() of the body's text
};

// The headline as compared: case folded, spaces collapsed, typographic quotes and dashes as plain ones.
QString storyHeadlineKey(const QString &headline);
// A digest of the body's paragraphs and sub-headings (tables left out: their cells are read differently from
// a text copy and a page), compared the way storyHeadlineKey() compares headlines. Empty for an empty body.
QByteArray storyBodyKey(const QStringList &blockTexts);
// A page address as compared: no scheme, no "www.", no fragment, no trailing slash; the host in lower case.
// "https://www.brecorder.com/news/40345678/cement/" and "http://brecorder.com/news/40345678/cement" are one.
QString storyAddressKey(const QString &url);

// Two stored articles are the same story when both pages give their address and the addresses are one (the
// canonical URL first: a story updated between two saves is still one story); otherwise when headline and
// body are the same. addressA/addressB are storyAddressKey() values, empty when the page gives none.
bool isSameStory(const StoryFacts &a, const QString &addressA, const StoryFacts &b, const QString &addressB);

// Groups stored articles into stories: for every id in facts, the story it belongs to, named by its
// smallest id (the copy stored first). Only articles that share a headline or a body are compared, so
// addressOf (the storyAddressKey() of a stored page, which may cost a reading of the page) is asked for
// those alone, and not where more than 16 share one (a recurring column's headline: headline and body
// decide there). An article that is its own story maps to itself.
QHash<SnapshotId, SnapshotId> groupStories(const QVector<StoryFacts> &facts,
                                           const std::function<QString(SnapshotId)> &addressOf);

// Two opened snapshots that are one page saved twice (as HTML and MHTML, or two copies of a file): of one kind,
// with the same quotes, indices and session, and the same story (isSameStory()); a page without an article
// (a market-watch board) must also give the same time of its own. A story saved under another moment's
// ticker is another page.
bool isSamePage(const Snapshot &a, const Snapshot &b);

} // namespace md
