// HTML to plain text, for articles saved as web pages.
//
//   if (kg::LooksLikeHtml(text)) {
//     kg::HtmlText page = kg::StripHtml(text);
//     article.text = std::move(page.text);   // what offsets index from now on
//     article.title = page.title;
//   }
//
// Not a browser: a single linear pass that is good enough for news pages and can't be
// made slow or deep by hostile input (no recursion, no backtracking, no tree).
//   - tags are removed; block tags (p, div, h1..h6, li, br, tr, ...) become line breaks,
//     table cells a space, inline tags (a, b, span, ...) nothing;
//   - comments, <!DOCTYPE>, <?...?>, and the content of <script>, <style>, <noscript>,
//     <template> and <head>'s <title> are dropped (the title is returned separately);
//   - character references are decoded: numeric (&#233; &#xE9;), the HTML 4 named ones
//     (&amp; &eacute; &mdash; ...); &nbsp; becomes a plain space; unknown names stay as
//     written; invalid code points become U+FFFD;
//   - runs of white space collapse to one space, at most one blank line in a row;
//   - an unterminated tag, comment or script at the end of the input is dropped (as a
//     browser does), so the pass never rescans.
// Input must be valid UTF-8 (decode.h first); the output is valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// True when `text` is clearly an HTML document: after leading white space it starts with
// '<' and its first kilobyte has "<!doctype html", "<html", "<head" or "<body".
bool LooksLikeHtml(std::string_view text);

struct HtmlText {
  std::string text;   // the visible text
  std::string title;  // the <title> text, or "" when there is none
};

HtmlText StripHtml(std::string_view html);

}  // namespace kg
