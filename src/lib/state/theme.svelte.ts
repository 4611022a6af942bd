/**
 * Light or dark: follows the system until the user picks one, and remembers the pick. The page
 * applies it before first paint (see app.html) so the theme never flashes.
 */
import { createContext } from "svelte";

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "breakeven:theme";

export class Theme {
  choice = $state<ThemeChoice>("system");
  #systemDark = $state(false);

  readonly resolved = $derived<"light" | "dark">(
    this.choice === "system"
      ? this.#systemDark
        ? "dark"
        : "light"
      : this.choice,
  );

  /** Reads the saved pick and the system preference; call in the browser only. */
  connect(): () => void {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    if (saved === "light" || saved === "dark") this.choice = saved;
    const query = matchMedia("(prefers-color-scheme: dark)");
    this.#systemDark = query.matches;
    const listener = (event: MediaQueryListEvent) =>
      (this.#systemDark = event.matches);
    query.addEventListener("change", listener);
    return () => query.removeEventListener("change", listener);
  }

  set(choice: ThemeChoice) {
    this.choice = choice;
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
    document.documentElement.dataset.theme = this.resolved;
  }
}

const [getTheme, setTheme] = createContext<Theme>();

export { getTheme, setTheme };
