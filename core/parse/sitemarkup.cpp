// The one table of strings that belong to one site's markup (see sitemarkup.h for where each is used).
#include "core/parse/sitemarkup.h"

namespace md {
namespace html {
namespace site {

// Business Recorder (and Dawn, which shares its story template).
const std::string_view kStoryArticleClass = "story";
const std::string_view kStoryContentClass = "story__content";
const std::string_view kStoryTitleClass = "story__title";
const std::string_view kStoryBylineClass = "story__byline";
const std::string_view kStoryTimeClass = "story__time";
const char *const kTodaysDateTitles[2] = {"Today's Date", "Today\u2019s Date"};
const std::string_view kTickerContainerClass = "js-ticker";
const char kRisePhrase[] = "Increased By";
const char kFallPhrase[] = "Decreased By";
const char kNoChangePhrase[] = "No Change";

// The BBC, The Guardian.
const char *const kPartNameAttributes[2] = {"data-component", "data-gu-name"};

// Reuters.
const std::string_view kParagraphTestIdPrefix = "paragraph";

// The New York Times.
const char kBylineMetaName[] = "byl";

// Mettis Global (mettisglobal.news): its own desk's byline.
const char *const kHouseBylineNames[1] = {"MG News"};

} // namespace site
} // namespace html
} // namespace md
