package article

import "testing"

// Each line is classified as the named boilerplate, or as story ("").
func TestBoilerplateRules(t *testing.T) {
	rules := junkRules()
	tests := []struct{ line, want string }{
		{"icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon", "icon names from the page's icon font"},
		{"READ MORE: Another story entirely", "related-story teaser"},
		{"Read more » Something", "related-story teaser"},
		{"Related: Sony hit with suit", "related-story teaser"},
		{"Skip to footer", "navigation link"},
		{"Skip to main content", "navigation link"},
		{"Share this article", "share buttons"},
		{"Facebook | Twitter | Email", "share buttons"},
		{"Tweet", "share buttons"},
		{"Advertisement", "advertisement marker"},
		{"Story continues below advertisement", "advertisement marker"},
		{"By Dana Ruiz", "byline"},
		{"By Dana Ruiz and Lee Park, Metro Wire", "byline"},
		{"Photo: A billboard for the film in Los Angeles. (Metro Wire)", "photo credit"},
		{"Image courtesy of the studio", "photo credit"},
		{"© 2014 Metro Wire. All rights reserved.", "copyright notice"},
		// Story lines, including ones that start like boilerplate, stay.
		{"By Tuesday, theaters had dropped the film.", ""},
		{"Share prices fell 3 percent on the news.", ""},
		{"Related companies also reported breaches, officials said.", ""},
		{"The icon of the studio, a mountain, was hacked.", ""},
		{"Advertisement revenue fell sharply last year, the company said.", ""},
		{"Photographers gathered outside the premiere.", ""},
		{"Skip the sequel, critics said.", ""},
	}
	for _, tt := range tests {
		if got := classifyJunk(rules, tt.line); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
	}
}
