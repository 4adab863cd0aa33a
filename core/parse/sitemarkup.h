// The class names, attribute names and labels that belong to one site's markup, in one table with the site
// each comes from; the rules in the other html*.cpp files are generic and name no site.
#pragma once

#include <string_view>

namespace md {
namespace html {
namespace site {

// Business Recorder's story template (brecorder.com; Dawn's pages print the same classes).
extern const std::string_view kStoryArticleClass; // <article class="story">: the story's <article> among others
extern const std::string_view kStoryContentClass; // div.story__content: the story's text
extern const std::string_view kStoryTitleClass;   // h1.story__title
extern const std::string_view kStoryBylineClass;  // .story__byline
extern const std::string_view kStoryTimeClass;    // .story__time: the printed story time

// Business Recorder's masthead: <span title="Today's Date">, with a straight or a typographic apostrophe.
extern const char *const kTodaysDateTitles[2];

// Business Recorder's ticker: the strip's container, and the screen-reader words each row prints.
extern const std::string_view kTickerContainerClass; // "js-ticker"
extern const char kRisePhrase[];     // "Increased By"
extern const char kFallPhrase[];     // "Decreased By"
extern const char kNoChangePhrase[]; // "No Change"

// The BBC's data-component="byline-block" and The Guardian's data-gu-name="standfirst": attributes that
// name a part of the page as a class would.
extern const char *const kPartNameAttributes[2];

// Reuters' paragraph boxes: `<div data-testid="paragraph-3">`.
extern const std::string_view kParagraphTestIdPrefix;

// The New York Times' <meta name="byl" content="By …">: the byline as a meta tag.
extern const char kBylineMetaName[];

// Names a site prints in the byline of its own stories, which credit no writer (text copies and pages):
// Mettis Global's "MG News" (mettisglobal.news: `MG News | September 18, 2020 at 10:38 AM GMT+05:00`).
extern const char *const kHouseBylineNames[1];

} // namespace site
} // namespace html
} // namespace md
