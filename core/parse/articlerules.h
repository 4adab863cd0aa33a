// Rules that tell article blocks apart where there are no tags: sub-heading, related story, paragraph.
#pragma once

#include "core/timestamp.h"

#include <QString>
#include <QStringView>

namespace md {

// Ends like a sentence ('.', '!', '?', '…', ':' or ';', possibly inside closing quotes or brackets).
bool endsLikeSentence(QStringView text);

int countWords(QStringView text);
// countWords(text) <= most, read no further than the word past most.
bool hasAtMostWords(QStringView text, int most);

// "BEIRUT: Rebel forces ..." → "BEIRUT"; "NEW YORK/KARACHI: ..." → "NEW YORK/KARACHI"; empty otherwise.
QString datelineOf(QStringView paragraph);

enum class LineRole { Paragraph, Subheading, Related };

// The role of one line of article text between paragraphs. A line that ends like a sentence is a
// paragraph; a short title-like line (at most kMaxSubheadingWords words) is a sub-heading; a longer
// headline-like line (up to kMaxRelatedWords words) without sentence punctuation is a related story;
// anything longer is a paragraph that lost its full stop.
LineRole classifyArticleLine(QStringView line);

constexpr int kMaxSubheadingWords = 4;
constexpr int kMaxRelatedWords = 25;
constexpr int kMinLeadWords = 12;

// A lead set large (a heading or a paragraph between the title and the text): a sentence of kMinLeadWords
// words or more, not a section's name or another story's title.
bool readsAsLead(QStringView line);

// A headline: no sentence punctuation at the end, between 2 and 30 words.
// The words that lead a pointer to another story, as a regular expression's alternatives, in the
// languages the pages are written in: English, Urdu ("یہ بھی پڑھیں", "یہ بھی پڑھیے", "مزید پڑھیں") and the
// European languages of the real pages we measure against ("Lea también", "Mehr zum Thema", "Lire aussi"). A new
// lead's first word goes in mayOpenWithRelatedLead too.
QString relatedLeadWords();
// False when the line's first word is none of those leads' first words, so no pattern built on them can match at
// its start (a cheap test before such a pattern).
bool mayOpenWithRelatedLead(QStringView line);
// A line that is only such a lead ("Also read:", "یہ بھی پڑھیے"): it heads a link box, it is not text.
bool isRelatedLeadLine(QStringView line);

// The desk, reporter or agency a lead paragraph credits in brackets after its place ("کراچی (اسٹاف رپورٹر)
// …" gives "اسٹاف رپورٹر", "KARACHI (APP): …" gives "APP"); empty when it credits no one.
QString creditInLead(QStringView paragraph);

bool looksLikeHeadline(QStringView line);

// Lines a page prints around a story that are never its headline nor its text, by kind (issue 20): these
// are shapes of line, not one site's strings.
enum class FurnitureKind {
    None,
    Credit,       // an image or chart credit or caption label: "Photo: AFP", "Source: Pakistan Stock Exchange",
                  // "File photo", "News Image", "Image credit: Reuters"
    Prompt,       // a share, follow or print button: "Follow us", "Share on whatsapp", "Print Story"
    MediaTime,    // a player's clock: "0:00", "1:24 / 3:05"
    BylineLabel,  // a print edition's reporter label in capitals: "RECORDER REPORT", "OUR CORRESPONDENT", "APP";
                  // or a desk's label capitalised word by word: "Staff Reporter", "Business Desk"
};
FurnitureKind furnitureKindOf(QStringView line);

// A print label's author as a name is written ("RECORDER REPORT" → "Recorder Report"; agencies stay in
// capitals: "APP"); empty for a line that is not a BylineLabel.
QString authorOfBylineLabel(QStringView line);

// A desk's or a news agency's credit as a byline prints it first in its line ("Web Desk | January 29, 2025",
// "Reuters · Jan 29, 2025"): a BylineLabel, or an agency's name however it is cased ("Reuters", "Xinhua").
bool isDeskOrAgencyCredit(QStringView piece);

// A sign-off after an opinion piece's body, which names its author and is not body: "The writer is a former
// finance secretary." gives "The writer is a former finance secretary"; "— Farah Qureshi" gives "Farah
// Qureshi". Empty for any other line.
QString signOffAuthor(QStringView line);

// "About Author", "About the Author": the label of the author box a page prints under the story, the writer's name
// on the line above it.
bool isAuthorBoxLabel(QStringView line);

// Footer lines that are never article text ("Copyright Business Recorder, 2024", "© 2024 ...", a print
// story's "Published in Dawn, December 2nd, 2023").
bool isArticleFooter(QStringView line);

// The date of a print story's footnote ("Published in Dawn, January 5th, 2023" gives 2023-01-05); invalid for any
// other line.
Timestamp printFootnoteDateOf(QStringView line);

// The heading over readers' comments, or the line saying they are closed, in the languages of the pages we
// read: "3 Comments", "Leave a Reply", "Kommentare", "Schreibe einen Kommentar", "Comments are closed".
bool opensComments(QStringView line);

// A short call to the reader in a page's markup after or inside the story: "Sign up for … alerts",
// "Follow us on …", "Subscribe to …" (a text copy keeps such lines for a warning instead).
bool isCallToReader(QStringView line);

// Most words in a notice line (isPageNotice).
constexpr int kMaxNoticeWords = 40;

// A notice the page prints with a post that is not its text: an advertising mark ("*Werbung. …", "Anzeige, enthält
// Affiliate Links"), the affiliate links declared or the fee earned from them, a disclaimer of the facts ("Alle Angaben
// ohne Gewähr"), a suggested citation of the post, the editors' distance from a guest's opinion ("The views
// expressed …", "… gibt die Meinung des Autors wieder"), a blog's line on where the post was filed ("This entry
// was posted in …", "Der Beitrag wurde am … veröffentlicht"), the site's Creative Commons licence, a line ending
// in "All rights reserved", a picture's caption ending in its credit ("… | © Agency/Getty Images"), initials signing
// the story off ("aja/PAP"), a download's link line ("Bild (jpeg, 1MB)"), a tag list ("Tags: Bilt, Cent"), the
// post's permanent address ("Permalink https://…"), a caption under its label ("Abbildung: …"). Forty words at most.
bool isPageNotice(QStringView line);

// A link's words that call the reader on to another page's story: "Weiterlesen", "Read more", "Artikel lesen", "Link
// zum Artikel", "Continue reading", "Lire la suite", "Leer más" (arrows or an ellipsis around them allowed).
bool isReadOnCall(QStringView line);

// isArticleFooter, isCallToReader or isPageNotice, with what their patterns ask of the line read once for all three.
bool isFooterCallOrNotice(QStringView line);

} // namespace md
