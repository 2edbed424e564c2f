#include "extract/extract.h"

namespace kg {

ArticleExtraction Extract(const Article& article, const Resources&, const ExtractOptions&) {
  ArticleExtraction x;
  x.article_id = article.id;
  return x;
}

}  // namespace kg
