/**
 * The page's resolved colour theme, for the charts (a canvas cannot read CSS variables). The theme
 * itself is chosen, saved and applied by the script in app.html, on every page and before first
 * paint; this only follows the `data-theme` attribute that script sets.
 */
import { createContext } from "svelte";

export type ResolvedTheme = "light" | "dark";

export class Theme {
  resolved = $state<ResolvedTheme>("light");

  /** Follows the document's theme; call in the browser. Returns the disconnect. */
  connect(): () => void {
    const root = document.documentElement;
    const read = () =>
      (this.resolved = root.dataset.theme === "dark" ? "dark" : "light");
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, {
      attributes: true,
      attributeFilter: ["data-theme"],
    });
    return () => observer.disconnect();
  }
}

const [getTheme, setTheme] = createContext<Theme>();

export { getTheme, setTheme };
