package site

import (
	"reflect"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
)

// articleKey lists the fields of the article view by hand; a field added
// to the view must be added to the key too, or the memo would hand out
// pages that lack it. This test fails until both agree.
func TestArticleKeyCoversTheView(t *testing.T) {
	for _, c := range []struct {
		v    any
		want int
	}{
		{articleView{}, 12},
		{articlePage{}, 2},
		{page{}, 2},
		{siteView{}, 6},
		{Mark{}, 5},
		// monthKey's
		{monthPage{}, 6},
		{monthView{}, 4},
		{groupView{}, 4},
		{eventView{}, 14},
		{sourceView{}, 11},
		{badgeView{}, 3},
		{monthLink{}, 4},
		{filterView{}, 3},
	} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.want {
			t.Errorf("%T has %d fields, the memo keys know %d: update articleKey or monthKey, then this test", c.v, n, c.want)
		}
	}
	// Events on an article page show these fields of eventView.
	s := &Site{}
	a := articlePage{Article: articleView{Events: []eventView{{ID: "e-1", Title: "x", DateLabel: "Dec. 1", DateTime: "2014-12-01", Href: "index.html#e-1"}}}}
	b := a
	b.Article.Events = []eventView{{ID: "e-1", Title: "x", DateLabel: "Dec. 1", DateTime: "2014-12-01", Href: "months/2014-12.html#e-1"}}
	if s.articleKey(a, nil, &articleForKey) == s.articleKey(b, nil, &articleForKey) {
		t.Error("an event moving to another page does not change the key")
	}
}

var articleForKey = article.Article{Body: "On Monday."}
