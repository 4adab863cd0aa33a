// Where an HTML page dates its story besides structured data, the meta tags and the title's box: microdata and
// a date printed after a publication label.
#pragma once

#include "core/parse/htmltree.h"
#include "core/timestamp.h"

#include <QByteArrayView>

namespace md {
namespace html {

// The story's date in microdata or RDFa: the first element marked datePublished (`itemprop`, or `property`
// with or without `schema:`) outside lists of other stories and comments, read from its content, datetime or
// title attribute, else its text. A blog's sidebar (<aside>) is looked into. Invalid when there is none.
Timestamp markedPublishedDate(const GumboNode *root);

// A date printed after a publication label in `scope`, outside lists of other stories and comments: in the same
// text ("Datum: 18.10.2021", "Erstellt am: 01.11.2023"), in the label's box ("<li><strong>Date</strong>
// 23.05.2011</li>") or in the next box ("<p>Mise en ligne</p><p>23 mai 2019</p>"). An update's label ("Stand",
// "Aktualisiert", "Updated") dates no publication and is not one of them.
Timestamp labelledDate(const GumboNode *scope);

// A date printed after the story's text `body`, read when nothing else dates the story: a signature's date as
// the body's last line ("Benni<br>10. September 2017"), else, after the body's box in the story's box, a short
// line that is the writer's byline with its date ("Author: Bo2man am 29.12.2010, 13:36 Uhr") or the page's
// update stamp ("Stand 27.01.2022", "Aktualisiert: 30.12.2016", "last edited 2019-11-10"), outside lists of
// other stories, related boxes and comments. Invalid when there is none.
Timestamp dateAfterBody(const GumboNode *body);

// The story's date in the page's script state (a shop's or an app's JSON; not JSON-LD), read from `page`, its
// bytes as saved: the ISO dates after a publication key ("published_at", "publishedAt", "datePublished",
// "publishDate", "publicationDate"), when they all fall on one day; several days are several items' dates (other
// stories, products), and none is taken. Invalid when there is none.
Timestamp dateInPageState(QByteArrayView page);

} // namespace html
} // namespace md
