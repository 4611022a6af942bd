import { u as createContext } from "../../chunks/server.js";
import "../../chunks/index-server.js";
// src/lib/components/ThemeToggle.svelte
function ThemeToggle($$renderer) {
	$$renderer.push(`<fieldset class="theme-toggle"><legend class="visually-hidden">Colour theme</legend> <label><input type="radio" name="theme" value="system" checked=""/> System</label> <label><input type="radio" name="theme" value="light"/> Light</label> <label><input type="radio" name="theme" value="dark"/> Dark</label></fieldset>`);
}
// src/lib/state/theme.svelte.ts
var Theme = class {
	resolved = "light";
	/** Follows the document's theme; call in the browser. Returns the disconnect. */
	connect() {
		const root = document.documentElement;
		const read = () => this.resolved = root.dataset.theme === "dark" ? "dark" : "light";
		read();
		const observer = new MutationObserver(read);
		observer.observe(root, {
			attributes: true,
			attributeFilter: ["data-theme"]
		});
		return () => observer.disconnect();
	}
};
var [getTheme, setTheme] = createContext();
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		setTheme(new Theme());
		$$renderer.push(`<a class="skip-link" href="#main">Skip to the answer</a> <header class="site-header"><a class="brand" href="./">Breakeven</a> <nav aria-label="Site"><a href="./">Calculator</a> <a href="./methodology" data-sveltekit-reload="">Methodology</a></nav> `);
		ThemeToggle($$renderer, {});
		$$renderer.push(`<!----></header> <main id="main">`);
		children($$renderer);
		$$renderer.push(`<!----></main> <footer class="site-footer"><p>Open-source. Runs entirely in your browser: nothing you type leaves this
    page.</p></footer>`);
	});
}
export { _layout as default };
