// A model of the HTML5 tree builder's stack of open elements, as gumbo 0.10.1 builds it: how deep a page nests.
#pragma once

#include <QtGlobal>

#include <gumbo.h>

#include <memory>

namespace md {

// Fed the tags of a page in order (names of unknown elements as hashes), it follows the tree-construction
// rules that decide depth: implied end tags, scopes, tables and cells, selects, forms, the reopening of
// unclosed formatting elements ("Noah's Ark" included) and the adoption agency, the way gumbo 0.10.1
// implements them. Where it simplifies, it errs on the deep side. Linear in the page (each step looks at
// no more than the depth limit's worth of open elements).
class HtmlNestingSimulator
{
public:
    explicit HtmlNestingSimulator(int maxDepth);
    ~HtmlNestingSimulator();
    HtmlNestingSimulator(const HtmlNestingSimulator &) = delete;
    HtmlNestingSimulator &operator=(const HtmlNestingSimulator &) = delete;

    void startTag(GumboTag tag, quint32 name, quint32 attributes);
    void endTag(GumboTag tag, quint32 name);
    void text(); // character data in the body

    bool tooDeep() const;         // nesting passed maxDepth; the model stops growing
    bool tooManyReopened() const; // more than kMaxReopenedElements formatting elements reopened
    bool failed() const { return tooDeep() || tooManyReopened(); }
    int deepest() const;
    qint64 reopened() const;

    // The tree builder reopens unclosed formatting elements (<b>, <font>, ...) where text continues; broken
    // markup can make that repeat without end. Real pages stay in the hundreds.
    static constexpr qint64 kMaxReopenedElements = 200000;

private:
    class Model;
    std::unique_ptr<Model> d;
};

} // namespace md
